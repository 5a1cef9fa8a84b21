using System.Buffers.Binary;

namespace RunStrong.Benchmarks.Scenarios.ActivityUpload;

/// <summary>
/// Genuinely new, valid copies of one FIT activity: each has its own <c>file_id.serial_number</c> and a file CRC
/// recomputed to match, so the platform reads it whole (no checksum warning) and, its content hash being new,
/// records it as a new activity. The serial number is found by walking the file's first messages, not assumed.
/// </summary>
public sealed class FitVariants
{
    private const ushort FileIdMessage = 0;
    private const byte SerialNumberField = 3;

    private readonly byte[] template;
    private readonly int serialOffset;
    private readonly bool bigEndian;

    private FitVariants(byte[] template, int serialOffset, bool bigEndian)
    {
        this.template = template;
        this.serialOffset = serialOffset;
        this.bigEndian = bigEndian;
    }

    public int Length => template.Length;

    public static FitVariants Of(byte[] fit)
    {
        if (fit.Length < 14 || fit[8] != '.' || fit[9] != 'F' || fit[10] != 'I' || fit[11] != 'T')
        {
            throw new InvalidOperationException("Not a FIT file ('.FIT' missing from its header).");
        }

        if (FitCrc.Of(fit.AsSpan(0, fit.Length - 2)) != BinaryPrimitives.ReadUInt16LittleEndian(fit.AsSpan(fit.Length - 2)))
        {
            throw new InvalidOperationException("The FIT file's own CRC does not match: it is not a valid template.");
        }

        var (offset, bigEndian) = FindSerialNumber(fit);
        return new FitVariants(fit, offset, bigEndian);
    }

    /// <summary>A fresh copy whose serial number is <paramref name="serial"/> (non-zero: 0 means "none" in a uint32z).</summary>
    public byte[] Create(uint serial)
    {
        var bytes = (byte[])template.Clone();
        Rewrite(bytes, serial);
        return bytes;
    }

    /// <summary>Turns a copy made by <see cref="Create"/> into variant <paramref name="serial"/> in place (no 1 MB allocation per upload).</summary>
    public void Rewrite(byte[] copy, uint serial)
    {
        ArgumentOutOfRangeException.ThrowIfZero(serial);
        var field = copy.AsSpan(serialOffset, 4);
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(field, serial);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(field, serial);
        }

        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(copy.Length - 2), FitCrc.Of(copy.AsSpan(0, copy.Length - 2)));
    }

    /// <summary>Walks definitions and data messages from the header until the first file_id message's serial number.</summary>
    private static (int Offset, bool BigEndian) FindSerialNumber(byte[] fit)
    {
        var definitions = new Dictionary<int, (ushort Global, bool BigEndian, List<(byte Number, byte Size)> Fields, int DeveloperBytes)>();
        int position = fit[0];
        var end = fit.Length - 2;
        while (position < end)
        {
            var header = fit[position];
            var local = (header & 0x80) != 0 ? (header >> 5) & 0x3 : header & 0xF;
            if ((header & 0xC0) == 0x40)
            {
                var bigEndian = fit[position + 2] == 1;
                var global = bigEndian
                    ? BinaryPrimitives.ReadUInt16BigEndian(fit.AsSpan(position + 3))
                    : BinaryPrimitives.ReadUInt16LittleEndian(fit.AsSpan(position + 3));
                var count = fit[position + 5];
                var fields = new List<(byte, byte)>();
                var next = position + 6;
                for (var i = 0; i < count; i++, next += 3)
                {
                    fields.Add((fit[next], fit[next + 1]));
                }

                var developerBytes = 0;
                if ((header & 0x20) != 0)
                {
                    var developerFields = fit[next++];
                    for (var i = 0; i < developerFields; i++, next += 3)
                    {
                        developerBytes += fit[next + 1];
                    }
                }

                definitions[local] = (global, bigEndian, fields, developerBytes);
                position = next;
                continue;
            }

            var definition = definitions.TryGetValue(local, out var known)
                ? known
                : throw new InvalidOperationException($"FIT data message at byte {position} has no definition.");
            var fieldStart = position + 1;
            if (definition.Global == FileIdMessage)
            {
                foreach (var (number, size) in definition.Fields)
                {
                    if (number == SerialNumberField && size == 4)
                    {
                        return (fieldStart, definition.BigEndian);
                    }

                    fieldStart += size;
                }

                throw new InvalidOperationException("The FIT file's file_id message has no 4-byte serial_number to vary.");
            }

            position = fieldStart + definition.Fields.Sum(f => f.Size) + definition.DeveloperBytes;
        }

        throw new InvalidOperationException("The FIT file has no file_id message.");
    }
}
