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
