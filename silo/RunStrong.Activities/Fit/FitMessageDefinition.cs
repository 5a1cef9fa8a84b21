namespace RunStrong.Activities.Fit;

/// <summary>
/// What a definition message says about the data messages of one local message type (FIT Protocol, "Definition
/// Message"): the global message number, the byte order, and each field's number, size and base type. Developer
/// fields are kept only as the bytes they take. Instances are reused when a local type is redefined, so a file that
/// redefines its types on every message allocates nothing.
/// </summary>
internal sealed class FitMessageDefinition
{
    /// <summary>Fields and developer fields per definition are counted in one byte each.</summary>
    public const int MaxFields = 255;

    private const byte Absent = 0;

    // Grown on demand: most messages have a dozen or two fields, the format allows 255.
    private FitFieldDefinition[] fields = new FitFieldDefinition[16];

    // Field number -> index + 1 (0: absent), so looking a field up costs one array read.
    private readonly byte[] slotByFieldNumber = new byte[256];

    public ushort GlobalMessageNumber { get; private set; }

    public bool IsBigEndian { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Bytes of one data message of this type after its record header, developer fields included.</summary>
    public int DataSize { get; private set; }

    public void Reset(ushort globalMessageNumber, bool isBigEndian)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            slotByFieldNumber[fields[i].Number] = Absent;
        }

        GlobalMessageNumber = globalMessageNumber;
        IsBigEndian = isBigEndian;
        FieldCount = 0;
        DataSize = 0;
    }

    public void AddField(byte number, byte size, byte baseType)
    {
        if (FieldCount == fields.Length)
        {
            Array.Resize(ref fields, Math.Min(MaxFields, fields.Length * 2));
        }

        fields[FieldCount] = new FitFieldDefinition(number, size, FitBaseTypes.FromDefinitionByte(baseType), DataSize);
        FieldCount++;

        // A field number defined twice keeps its first place, as the first one is what a reader in field order sees.
        if (slotByFieldNumber[number] == Absent)
        {
            slotByFieldNumber[number] = (byte)FieldCount;
        }

        DataSize += size;
    }

    public void AddDeveloperFieldBytes(int size) => DataSize += size;

    public bool TryFind(byte fieldNumber, out FitFieldDefinition field)
    {
        var slot = slotByFieldNumber[fieldNumber];
        if (slot == Absent)
        {
            field = default;
            return false;
        }

        field = fields[slot - 1];
        return true;
    }

    public FitFieldDefinition FieldAt(int index) => fields[index];
}
