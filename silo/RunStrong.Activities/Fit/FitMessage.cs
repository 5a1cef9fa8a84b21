using System.Buffers.Binary;

namespace RunStrong.Activities.Fit;

/// <summary>
/// One data message as it lies in the decoder's buffer: valid only during the visitor's call. Values are read on
/// demand by field number, in the definition's byte order and base type, so a field whose size or type differs from
/// the profile's is read as what it is. A field holding an array yields its first element.
/// </summary>
internal readonly ref struct FitMessage
{
    private readonly ReadOnlySpan<byte> data;
    private readonly FitMessageDefinition definition;

    public FitMessage(FitMessageDefinition definition, ReadOnlySpan<byte> data, uint? timestamp)
    {
        this.definition = definition;
        this.data = data;
        Timestamp = timestamp;
    }

    public ushort GlobalMessageNumber => definition.GlobalMessageNumber;

    /// <summary>The message's timestamp (field 253), or the one a compressed timestamp header gives it, in FIT seconds.</summary>
    public uint? Timestamp { get; }

    /// <summary>The field's raw (unscaled) value, or false when the message lacks it or holds its invalid sentinel.</summary>
    public bool TryGetRaw(byte fieldNumber, out double value)
    {
        value = 0;
        if (!definition.TryFind(fieldNumber, out var field) || field.Size == 0)
        {
            return false;
        }

        var bytes = data.Slice(field.Offset, field.Size);
        var type = field.BaseType;
        var typeSize = FitBaseTypes.Size(type);

        // A field smaller than its base type (a profile uint32 written in 3 bytes) reads as an unsigned integer of that width.
        var width = bytes.Length >= typeSize ? typeSize : bytes.Length;
        var bigEndian = definition.IsBigEndian;
        if (FitBaseTypes.IsFloat(type) && width == typeSize)
        {
            return TryReadFloat(bytes, typeSize, bigEndian, out value);
        }

        var raw = ReadUnsigned(bytes[..width], bigEndian);
        var allOnes = width == 8 ? ulong.MaxValue : (1UL << (width * 8)) - 1;
        if (FitBaseTypes.IsZeroInvalid(type))
        {
            value = raw;
            return raw != 0;
        }

        if (FitBaseTypes.IsSigned(type) && width == typeSize)
        {
            var signedInvalid = allOnes >> 1;
            if (raw == signedInvalid)
            {
                return false;
            }

            var shift = 64 - (width * 8);
            value = (long)(raw << shift) >> shift; // sign-extend
            return true;
        }

        value = raw;
        return raw != allOnes;
    }

    /// <summary>The field's bytes (for fields that pack several values, like record.compressed_speed_distance).</summary>
    public bool TryGetBytes(byte fieldNumber, out ReadOnlySpan<byte> bytes)
    {
        if (!definition.TryFind(fieldNumber, out var field) || field.Size == 0)
        {
            bytes = default;
            return false;
        }

        bytes = data.Slice(field.Offset, field.Size);
        return true;
    }

    private static ulong ReadUnsigned(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        switch (bytes.Length)
        {
            case 1: return bytes[0];
            case 2: return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            case 4: return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            case 8: return bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }

        ulong value = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bigEndian ? bytes[i] : bytes[bytes.Length - 1 - i];
            value = (value << 8) | b;
        }

        return value;
    }

    private static bool TryReadFloat(ReadOnlySpan<byte> bytes, int size, bool bigEndian, out double value)
    {
        if (size == 4)
        {
            var bits = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            value = BitConverter.UInt32BitsToSingle(bits);
            return bits != uint.MaxValue && double.IsFinite(value);
        }

        var wide = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        value = BitConverter.UInt64BitsToDouble(wide);
        return wide != ulong.MaxValue && double.IsFinite(value);
    }
}
