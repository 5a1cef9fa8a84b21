namespace RunStrong.Benchmarks.Scenarios.ActivityUpload;

/// <summary>The FIT protocol's CRC-16 (the nibble-table form of the FIT SDK), as the file's last two bytes hold it.</summary>
public static class FitCrc
{
    private static readonly ushort[] Table =
        [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];

    public static ushort Of(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var b in bytes)
        {
            crc = Step(crc, b & 0xF);
            crc = Step(crc, b >> 4);
        }

        return crc;
    }

    private static ushort Step(ushort crc, int nibble) =>
        (ushort)(((crc >> 4) & 0x0FFF) ^ Table[crc & 0xF] ^ Table[nibble]);
}
