using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Orleans.Storage;

namespace RunStrong.Silo.Storage;

/// <summary>
/// An append blob of newline-terminated JSON lines: the change log beside a snapshot, so a change costs an append of
/// its own few bytes instead of a rewrite of everything. An append may be made conditional on the log's length
/// (<c>expectedLength</c>): only a writer that has seen every line so far can add one, which is what keeps a stale
/// activation from writing behind a newer one's back (it gets <see cref="InconsistentStateException"/>, like a
/// grain-state write with a stale ETag).
/// </summary>
public sealed class LineLog(AppendBlobClient blob)
{
    /// <summary>Under the service's 4 MiB append-block limit, with room for the last line.</summary>
    private const int MaxBlockBytes = 3 * 1024 * 1024;

    /// <summary>The lines as stored, and the log's length in bytes (what the next conditional append expects); empty when there is no log.</summary>
    public async Task<(List<T> Lines, long Length)> ReadAsync<T>(JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        BinaryData content;
        try
        {
            content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return ([], 0);
        }

        var lines = new List<T>();
        var rest = content.ToMemory();
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (!line.IsEmpty && JsonSerializer.Deserialize<T>(line.Span, json) is { } value)
            {
                lines.Add(value);
            }
        }

        return (lines, content.ToMemory().Length);
    }

    /// <summary>
    /// Appends <paramref name="lines"/> (creating the log if needed) and returns the bytes appended. With
    /// <paramref name="expectedLength"/>, the append happens only if the log is exactly that long; otherwise another
    /// writer got there first and nothing is appended.
    /// </summary>
    /// <exception cref="InconsistentStateException">The log was not <paramref name="expectedLength"/> bytes long.</exception>
    public async Task<long> AppendAsync<T>(IReadOnlyList<T> lines, JsonSerializerOptions json, long? expectedLength, CancellationToken cancellationToken)
    {
        long appended = 0;
        foreach (var block in Blocks(lines, json))
        {
            var position = expectedLength + appended;
            try
            {
                await AppendBlockAsync(block, position, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound && position is null or 0)
            {
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await AppendBlockAsync(block, position, cancellationToken);
            }

            appended += block.Length;
        }

        return appended;
    }

    /// <summary>Deletes the log; false when there was none.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken) =>
        await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    private async Task AppendBlockAsync(byte[] block, long? position, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(block, writable: false);
        var options = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = position } };
        try
        {
            await blob.AppendBlockAsync(content, options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status412PreconditionFailed)
        {
            throw new InconsistentStateException($"The log {blob.Name} is not {position} bytes long: another writer appended to it.", e);
        }
    }

    /// <summary>The lines as newline-terminated JSON, cut into blocks the service accepts.</summary>
    private static IEnumerable<byte[]> Blocks<T>(IReadOnlyList<T> lines, JsonSerializerOptions json)
    {
        using var buffer = new MemoryStream();
        foreach (var value in lines)
        {
            var line = JsonSerializer.SerializeToUtf8Bytes(value, json);
            if (buffer.Length > 0 && buffer.Length + line.Length + 1 > MaxBlockBytes)
            {
                yield return buffer.ToArray();
                buffer.SetLength(0);
            }

            buffer.Write(line);
            buffer.WriteByte((byte)'\n');
        }

        if (buffer.Length > 0)
        {
            yield return buffer.ToArray();
        }
    }
}
