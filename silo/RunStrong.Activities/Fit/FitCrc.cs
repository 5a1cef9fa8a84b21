using System.Buffers.Binary;

namespace RunStrong.Activities.Fit;

/// <summary>
/// The FIT CRC-16 (FIT Protocol, "CRC": polynomial 0x8005 reflected, initial value 0, i.e. CRC-16/ARC). The protocol
/// document computes it a nibble at a time; tables built from the same polynomial give the same values eight bytes
/// at a time ("slicing-by-8"), which keeps checksumming a small part of decoding.
/// </summary>
internal static class FitCrc
{
    private const ushort ReflectedPolynomial = 0xA001;
    private const int Slices = 8;

    // Tables[k][b]: the CRC contribution of byte b followed by k zero bytes.
    private static readonly ushort[][] Tables = BuildTables();

    public static ushort Update(ushort crc, ReadOnlySpan<byte> bytes)
    {
        var (t0, t1, t2, t3, t4, t5, t6, t7) = (Tables[0], Tables[1], Tables[2], Tables[3], Tables[4], Tables[5], Tables[6], Tables[7]);
        while (bytes.Length >= Slices)
        {
            var first = crc ^ BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            crc = (ushort)(t7[first & 0xFF] ^ t6[first >> 8] ^ t5[bytes[2]] ^ t4[bytes[3]]
                ^ t3[bytes[4]] ^ t2[bytes[5]] ^ t1[bytes[6]] ^ t0[bytes[7]]);
            bytes = bytes[Slices..];
        }

        foreach (var b in bytes)
        {
            crc = (ushort)((crc >> 8) ^ t0[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[][] BuildTables()
    {
        var tables = new ushort[Slices][];
        tables[0] = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ ReflectedPolynomial) : (ushort)(crc >> 1);
            }

            tables[0][i] = crc;
        }

        for (var k = 1; k < Slices; k++)
        {
            tables[k] = new ushort[256];
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[k - 1][i];
                tables[k][i] = (ushort)((previous >> 8) ^ tables[0][previous & 0xFF]);
            }
        }

        return tables;
    }
}
