using System.Buffers;
using System.Buffers.Binary;

namespace RunStrong.Activities.Fit;

/// <summary>
/// Streams a FIT file (or several chained ones) through a pooled buffer and hands each data message to a visitor,
/// following the FIT Protocol (developer.garmin.com/fit/protocol/): file header, record headers (normal and
/// compressed-timestamp), definition and data messages, developer fields and the file CRC. Memory is bounded by the
/// largest message the format allows; nothing is allocated per message.
/// </summary>
internal sealed class FitDecoder
{
    /// <summary>".FIT" at bytes 8-11 of the file header (FIT Protocol, "File Header").</summary>
    private static ReadOnlySpan<byte> Signature => ".FIT"u8;

    private const int MinHeaderSize = 12;
    private const int HeaderSizeWithCrc = 14;

    // Record header bits (FIT Protocol, "Record Header").
    private const byte CompressedTimestampFlag = 0x80;
    private const byte DefinitionFlag = 0x40;
    private const byte DeveloperDataFlag = 0x20;
    private const byte LocalTypeMask = 0x0F;
    private const int CompressedLocalTypeShift = 5;
    private const byte CompressedLocalTypeMask = 0x03;
    private const byte TimeOffsetMask = 0x1F;

    // Definition message: reserved, architecture, global number (2), field count; then 3 bytes per field.
    private const int DefinitionFixedSize = 5;
    private const int FieldDefinitionSize = 3;
    private const byte BigEndianArchitecture = 1;

    private const int LocalTypes = 16;

    /// <summary>
    /// Holds the largest message the format can express: a header byte, 255 fields and 255 developer fields of 255
    /// bytes each (about 127 KiB), so any message can be made contiguous.
    /// </summary>
    private const int BufferSize = 256 * 1024;

    private readonly Stream stream;
    private readonly IFitMessageVisitor visitor;
    private readonly FitMessageDefinition?[] definitions = new FitMessageDefinition?[LocalTypes];
    private readonly bool[] defined = new bool[LocalTypes];
    private byte[] buffer = [];
    private int position;
    private int end;
    private long bufferStart;
    private bool endOfStream;
    private ushort crc;
    private int crcPosition;
    private uint? lastTimestamp;
    private uint dataSize;

    private FitDecoder(Stream stream, IFitMessageVisitor visitor)
    {
        this.stream = stream;
        this.visitor = visitor;
    }

    /// <summary>Offset in the input of the next byte to read.</summary>
    private long Offset => bufferStart + position;

    /// <summary>Decodes the whole input; null when it ended cleanly, else why and where decoding stopped.</summary>
    public static FitDecodeStop? Decode(Stream stream, IFitMessageVisitor visitor)
    {
        var decoder = new FitDecoder(stream, visitor);
        decoder.buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            return decoder.DecodeFiles();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(decoder.buffer);
        }
    }

    private FitDecodeStop? DecodeFiles()
    {
        for (var fileIndex = 0; ; fileIndex++)
        {
            if (!Ensure(1))
            {
                return fileIndex == 0 ? new FitDecodeStop(ActivityFileProblem.Empty, "The file is empty.", 0) : null;
            }

            var fileStart = Offset;
            crc = 0;
            crcPosition = position;
            if (ReadHeader(fileIndex) is { } headerProblem)
            {
                return headerProblem;
            }

            if (DecodeMessages(fileStart) is { } messageProblem)
            {
                return messageProblem;
            }

            if (CheckFileCrc() is { } crcProblem)
            {
                return crcProblem;
            }
        }
    }

    private FitDecodeStop? ReadHeader(int fileIndex)
    {
        var start = Offset;
        var which = fileIndex == 0 ? "The file" : $"The FIT file chained at byte {start}";
        if (!Ensure(MinHeaderSize))
        {
            return new FitDecodeStop(ActivityFileProblem.CorruptHeader, $"{which} is too short for a FIT file header.", start);
        }

        var headerSize = buffer[position];
        if (headerSize < MinHeaderSize || !buffer.AsSpan(position + 8, 4).SequenceEqual(Signature))
        {
            return new FitDecodeStop(ActivityFileProblem.CorruptHeader, $"{which} does not start with a FIT file header.", start);
        }

        if (!Ensure(headerSize))
        {
            return new FitDecodeStop(ActivityFileProblem.CorruptHeader, $"{which} ends inside its FIT file header.", start);
        }

        var header = buffer.AsSpan(position, headerSize);
        if (headerSize >= HeaderSizeWithCrc)
        {
            // A header CRC of 0 means none was computed (FIT Protocol, "File Header").
            var stated = BinaryPrimitives.ReadUInt16LittleEndian(header[12..]);
            if (stated != 0 && stated != FitCrc.Update(0, header[..12]))
            {
                return new FitDecodeStop(ActivityFileProblem.CorruptHeader, $"{which} has a FIT header whose checksum does not match.", start + 12);
            }
        }

        dataSize = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        position += headerSize;

        // Each chained file defines its own local types and timestamps.
        Array.Clear(defined);
        lastTimestamp = null;
        visitor.OnFileStart(fileIndex);
        return null;
    }

    private FitDecodeStop? DecodeMessages(long fileStart)
    {
        var headerSize = Offset - fileStart;
        var dataEnd = fileStart + headerSize + dataSize;
        while (Offset < dataEnd)
        {
            if (!Ensure(1))
            {
                return Truncated(dataEnd);
            }

            var recordHeader = buffer[position];
            var problem = (recordHeader & CompressedTimestampFlag) != 0 ? DecodeCompressedTimestampMessage(recordHeader)
                : (recordHeader & DefinitionFlag) != 0 ? DecodeDefinition(recordHeader)
                : DecodeDataMessage(recordHeader);
            if (problem is not null)
            {
                return problem;
            }
        }

        return Offset == dataEnd ? null
            : new FitDecodeStop(ActivityFileProblem.Malformed, $"A FIT message runs past the data size the header states (byte {dataEnd}).", dataEnd);
    }

    private FitDecodeStop? DecodeDefinition(byte recordHeader)
    {
        var start = Offset;
        var length = 1 + DefinitionFixedSize;
        if (!Ensure(length))
        {
            return Truncated(start);
        }

        var architecture = buffer[position + 2];
        if (architecture > BigEndianArchitecture)
        {
            return new FitDecodeStop(ActivityFileProblem.Malformed, $"A FIT definition message names an unknown byte order at byte {start}.", start);
        }

        var bigEndian = architecture == BigEndianArchitecture;
        var globalSpan = buffer.AsSpan(position + 3, 2);
        var globalNumber = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(globalSpan) : BinaryPrimitives.ReadUInt16LittleEndian(globalSpan);
        var fieldCount = buffer[position + 5];
        length += fieldCount * FieldDefinitionSize;
        var developerFieldCount = 0;
        if ((recordHeader & DeveloperDataFlag) != 0)
        {
            if (!Ensure(length + 1))
            {
                return Truncated(start);
            }

            developerFieldCount = buffer[position + length];
            length += 1 + (developerFieldCount * FieldDefinitionSize);
        }

        if (!Ensure(length))
        {
            return Truncated(start);
        }

        var localType = recordHeader & LocalTypeMask;
        var definition = definitions[localType] ??= new FitMessageDefinition();
        definition.Reset(globalNumber, bigEndian);
        var field = position + 1 + DefinitionFixedSize;
        for (var i = 0; i < fieldCount; i++, field += FieldDefinitionSize)
        {
            definition.AddField(buffer[field], buffer[field + 1], buffer[field + 2]);
        }

        // Developer fields (FIT Protocol, "Developer Data"): field number, size, developer data index. Their meaning
        // lives in field_description messages; the product reads none of them, so only their size matters.
        field++;
        for (var i = 0; i < developerFieldCount; i++, field += FieldDefinitionSize)
        {
            definition.AddDeveloperFieldBytes(buffer[field + 1]);
        }

        defined[localType] = true;
        position += length;
        return null;
    }

    private FitDecodeStop? DecodeDataMessage(byte recordHeader)
    {
        var start = Offset;
        var definition = DefinitionOf(recordHeader & LocalTypeMask);
        if (definition is null)
        {
            return Undefined(recordHeader & LocalTypeMask, start);
        }

        if (!Ensure(1 + definition.DataSize))
        {
            return Truncated(start);
        }

        var message = new FitMessage(definition, buffer.AsSpan(position + 1, definition.DataSize), null);
        uint? timestamp = null;
        if (message.TryGetRaw(FitProfile.TimestampField, out var raw) && raw is >= 0 and <= uint.MaxValue)
        {
            timestamp = lastTimestamp = (uint)raw;
            message = new FitMessage(definition, buffer.AsSpan(position + 1, definition.DataSize), timestamp);
        }

        visitor.OnMessage(message);
        position += 1 + definition.DataSize;
        return null;
    }

    private FitDecodeStop? DecodeCompressedTimestampMessage(byte recordHeader)
    {
        var start = Offset;
        var localType = (recordHeader >> CompressedLocalTypeShift) & CompressedLocalTypeMask;
        var definition = DefinitionOf(localType);
        if (definition is null)
        {
            return Undefined(localType, start);
        }

        if (!Ensure(1 + definition.DataSize))
        {
            return Truncated(start);
        }

        // The 5-bit offset rolls over against the last full timestamp (FIT Protocol, "Compressed Timestamp Header").
        uint? timestamp = null;
        if (lastTimestamp is { } last)
        {
            var timeOffset = (uint)(recordHeader & TimeOffsetMask);
            timestamp = lastTimestamp = last + ((timeOffset - (last & TimeOffsetMask)) & TimeOffsetMask);
        }

        visitor.OnMessage(new FitMessage(definition, buffer.AsSpan(position + 1, definition.DataSize), timestamp));
        position += 1 + definition.DataSize;
        return null;
    }

    private FitDecodeStop? CheckFileCrc()
    {
        var start = Offset;
        if (!Ensure(2))
        {
            return new FitDecodeStop(ActivityFileProblem.Truncated, $"The file ends at byte {bufferStart + end}, before its checksum.", bufferStart + end);
        }

        var computed = FitCrc.Update(crc, buffer.AsSpan(crcPosition, position - crcPosition));
        var stated = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(position, 2));
        position += 2;
        crcPosition = position;
        return stated == computed ? null
            : new FitDecodeStop(ActivityFileProblem.CrcMismatch, $"The file's checksum at byte {start} does not match its content.", start);
    }

    private FitMessageDefinition? DefinitionOf(int localType) => defined[localType] ? definitions[localType] : null;

    private FitDecodeStop Truncated(long messageStart)
    {
        var length = bufferStart + end;
        return new FitDecodeStop(ActivityFileProblem.Truncated, $"The file ends early, at byte {length} (in the message at byte {messageStart}).", length);
    }

    private static FitDecodeStop Undefined(int localType, long offset) =>
        new(ActivityFileProblem.Malformed, $"A FIT data message at byte {offset} uses local message type {localType}, which no definition message defined.", offset);

    /// <summary>Makes <paramref name="count"/> bytes from <see cref="position"/> contiguous in the buffer; false at the end of input.</summary>
    private bool Ensure(int count)
    {
        if (end - position >= count)
        {
            return true;
        }

        if (endOfStream)
        {
            return false;
        }

        // Checksum what is about to leave the buffer, then move the unread tail to the front and refill.
        crc = FitCrc.Update(crc, buffer.AsSpan(crcPosition, position - crcPosition));
        var unread = end - position;
        Buffer.BlockCopy(buffer, position, buffer, 0, unread);
        bufferStart += position;
        position = 0;
        crcPosition = 0;
        end = unread;
        while (end - position < count)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read <= 0)
            {
                endOfStream = true;
                return false;
            }

            end += read;
        }

        return true;
    }
}
