namespace RunStrong.Activities.Fit;

/// <summary>
/// The FIT CRC-16 (FIT Protocol, "CRC": polynomial 0x8005 reflected, initial value 0, i.e. CRC-16/ARC). The protocol
/// document computes it a nibble at a time; a byte-wide table built from the same polynomial gives the same values at
/// a quarter of the table look-ups, which is what keeps checksumming off the decoder's profile.
/// </summary>
internal static class FitCrc
{
    private const ushort ReflectedPolynomial = 0xA001;

    private static readonly ushort[] Table = BuildTable();

    public static ushort Update(ushort crc, ReadOnlySpan<byte> bytes)
    {
        var table = Table;
        foreach (var b in bytes)
        {
            crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < table.Length; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ ReflectedPolynomial) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
