using RunStrong.Activities.Fit;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>The table-driven CRC against the FIT Protocol document's own nibble-at-a-time computation.</summary>
public sealed class FitCrcTests
{
    private static readonly ushort[] ProtocolNibbleTable =
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    [Fact]
    public void Matches_the_protocols_computation_for_every_length_and_split()
    {
        var random = new Random(2026);
        var data = new byte[300];
        random.NextBytes(data);
        for (var length = 0; length <= data.Length; length++)
        {
            var expected = Nibblewise(data.AsSpan(0, length));
            Assert.Equal(expected, FitCrc.Update(0, data.AsSpan(0, length)));

            var split = length / 3;
            Assert.Equal(expected, FitCrc.Update(FitCrc.Update(0, data.AsSpan(0, split)), data.AsSpan(split, length - split)));
        }
    }

    [Fact]
    public void Checks_the_standard_check_value() =>
        Assert.Equal(0xBB3D, FitCrc.Update(0, "123456789"u8)); // CRC-16/ARC's check value

    private static ushort Nibblewise(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var b in bytes)
        {
            var tmp = ProtocolNibbleTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ ProtocolNibbleTable[b & 0xF]);
            tmp = ProtocolNibbleTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ ProtocolNibbleTable[(b >> 4) & 0xF]);
        }

        return crc;
    }
}
