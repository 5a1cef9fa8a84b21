namespace RunStrong.Activities.Fit;

/// <summary>
/// How a FIT base type stores a value and which raw value means "no value" (FIT Protocol, "Base Types": the low five
/// bits of a field definition's base type byte number the type; the top bit only says whether it has an endianness).
/// </summary>
internal enum FitBaseType : byte
{
    Enum = 0x00,
    SInt8 = 0x01,
    UInt8 = 0x02,
    SInt16 = 0x03,
    UInt16 = 0x04,
    SInt32 = 0x05,
    UInt32 = 0x06,
    String = 0x07,
    Float32 = 0x08,
    Float64 = 0x09,
    UInt8Z = 0x0A,
    UInt16Z = 0x0B,
    UInt32Z = 0x0C,
    Byte = 0x0D,
    SInt64 = 0x0E,
    UInt64 = 0x0F,
    UInt64Z = 0x10,
}

/// <summary>The size and the invalid sentinel of each <see cref="FitBaseType"/>.</summary>
internal static class FitBaseTypes
{
    private const int BaseTypeNumberMask = 0x1F;

    /// <summary>The base type numbered by a definition's base type byte; unknown numbers read as bytes.</summary>
    public static FitBaseType FromDefinitionByte(byte baseType)
    {
        var number = baseType & BaseTypeNumberMask;
        return number <= (int)FitBaseType.UInt64Z ? (FitBaseType)number : FitBaseType.Byte;
    }

    /// <summary>Bytes of one value of the type (a field may hold several: an array).</summary>
    public static int Size(FitBaseType type) => type switch
    {
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16Z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.UInt32Z or FitBaseType.Float32 => 4,
        FitBaseType.Float64 or FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64Z => 8,
        _ => 1,
    };

    public static bool IsSigned(FitBaseType type) =>
        type is FitBaseType.SInt8 or FitBaseType.SInt16 or FitBaseType.SInt32 or FitBaseType.SInt64;

    /// <summary>The "z" types mark "no value" with zero, the others with all ones (signed: the largest value).</summary>
    public static bool IsZeroInvalid(FitBaseType type) =>
        type is FitBaseType.UInt8Z or FitBaseType.UInt16Z or FitBaseType.UInt32Z or FitBaseType.UInt64Z or FitBaseType.String;

    public static bool IsFloat(FitBaseType type) => type is FitBaseType.Float32 or FitBaseType.Float64;
}
