using System.Buffers.Binary;
using RunStrong.Activities.Fit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>Writes small FIT files byte by byte, for the cases no device or encoder writes on purpose.</summary>
internal sealed class FitFileBuilder
{
    private readonly List<byte> data = [];

    public FitFileBuilder Definition(int localType, ushort globalNumber, params (byte Number, byte Size, byte BaseType)[] fields) =>
        Definition(localType, globalNumber, bigEndian: false, fields, developerFieldSizes: []);

    public FitFileBuilder Definition(int localType, ushort globalNumber, bool bigEndian, (byte Number, byte Size, byte BaseType)[] fields, byte[] developerFieldSizes)
    {
        data.Add((byte)(0x40 | (developerFieldSizes.Length > 0 ? 0x20 : 0) | localType));
        data.Add(0);
        data.Add(bigEndian ? (byte)1 : (byte)0);
        data.AddRange(bigEndian ? [(byte)(globalNumber >> 8), (byte)globalNumber] : [(byte)globalNumber, (byte)(globalNumber >> 8)]);
        data.Add((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            data.AddRange([number, size, baseType]);
        }

        if (developerFieldSizes.Length > 0)
        {
            data.Add((byte)developerFieldSizes.Length);
            for (var i = 0; i < developerFieldSizes.Length; i++)
            {
                data.AddRange([(byte)i, developerFieldSizes[i], 0]);
            }
        }

        return this;
    }

    public FitFileBuilder Data(int localType, params byte[] values)
    {
        data.Add((byte)localType);
        data.AddRange(values);
        return this;
    }

    public FitFileBuilder CompressedTimestamp(int localType, int timeOffset, params byte[] values)
    {
        data.Add((byte)(0x80 | (localType << 5) | timeOffset));
        data.AddRange(values);
        return this;
    }

    /// <summary>A file_id of the given type (FIT Profile: file_id.type, field 0, enum).</summary>
    public FitFileBuilder FileId(byte type) => Definition(15, 0, (0, 1, 0x00)).Data(15, type);

    public byte[] Build(bool headerCrc = true, bool breakFileCrc = false)
    {
        var headerSize = headerCrc ? 14 : 12;
        var file = new byte[headerSize + data.Count + 2];
        file[0] = (byte)headerSize;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)data.Count);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (headerCrc)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Update(0, file.AsSpan(0, 12)));
        }

        data.CopyTo(file, headerSize);
        var crc = FitCrc.Update(0, file.AsSpan(0, file.Length - 2));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(file.Length - 2), (ushort)(breakFileCrc ? crc ^ 0x5A5A : crc));
        return file;
    }

    public static byte[] UInt32(uint value) => BitConverter.GetBytes(value);
}
