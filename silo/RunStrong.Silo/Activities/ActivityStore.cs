using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using RunStrong.Activities;
using RunStrong.Activities.Logging;
using RunStrong.Activities.Upload;
using RunStrong.Contracts.Serialization;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Activities;

/// <summary>
/// Where activities live. Originals in blob container <c>activities</c>, named <c>{tenant}/{athlete}/{sha256}</c>
/// (content-addressed, so storing the same file twice is a no-op). TCX and GPX are gzipped at rest (XML packs 8-20
/// to 1); FIT is stored as it is (it packs about 2 to 1, not worth the CPU on every upload). The index in table
/// <c>activities</c>: one row per activity in partition <c>activities_{tenant}_{athlete}</c>, keyed by the inverted
/// start time and hash, so a partition reads newest first and a date range is a key range. A row holds the whole
/// <see cref="StoredActivity"/> as gzipped JSON (laps included; well under a table property's 64 KB).
/// Both names start with the tenant where tenant offboarding looks for it (see TenantNames).
/// </summary>
public sealed class ActivityStore(BlobServiceClient blobs, TableServiceClient tables)
{
    private const string Name = "activities";
    private const string ActivityIdMetadata = "activityid";
    private readonly CreatedContainer container = new(blobs, Name);
    private TableClient? table;

    public static string PartitionOf(string tenantId, string athleteId) => $"{Name}_{tenantId}_{athleteId}";

    /// <summary>Newest first: the inverted start (ticks, to the second, from the id) then the hash.</summary>
    public static string RowKeyOf(string activityId)
    {
        if (!ActivityIds.TryParse(activityId, out var startedAt))
        {
            throw new ArgumentException($"'{activityId}' is not an activity id.", nameof(activityId));
        }

        return $"{InvertedTicks(startedAt)}_{activityId[17..]}";
    }

    /// <summary>The row key every activity started at or before <paramref name="instant"/> sorts at or after.</summary>
    public static string RowKeyFloor(DateTimeOffset instant) => InvertedTicks(instant);

    /// <summary>
    /// Stores the original file unless the same file is stored already, with the id of the activity it holds in its
    /// metadata (<see cref="FindActivityIdAsync"/>).
    /// </summary>
    public async Task StoreFileAsync(string tenantId, string athleteId, string sha256, string activityId, ActivityFormat format, Stream file, CancellationToken cancellationToken)
    {
        var blob = (await container.GetAsync(cancellationToken)).GetBlobClient(FileName(tenantId, athleteId, sha256));
        try
        {
            var packed = format != ActivityFormat.Fit;
            var content = file;
            if (packed)
            {
                // Packed in memory first: a stream of known length goes up as one Put Blob, not blocks and a block list.
                content = new MemoryStream();
                await using (var gzip = new GZipStream(content, CompressionLevel.Fastest, leaveOpen: true))
                {
                    await file.CopyToAsync(gzip, cancellationToken);
                }

                content.Position = 0;
            }

            await blob.UploadAsync(content, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = packed ? "application/gzip" : ActivityMediaType.Of(format) },
                Metadata = new Dictionary<string, string> { [ActivityIdMetadata] = activityId },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Stored already: the same content under the same name.
        }
    }

    /// <summary>
    /// The id of the activity whose original has this hash, when it is stored: a file uploaded again is recognised from
    /// its bytes alone, without reading it as an activity.
    /// </summary>
    public async Task<string?> FindActivityIdAsync(string tenantId, string athleteId, string sha256, CancellationToken cancellationToken)
    {
        var blob = (await container.GetAsync(cancellationToken)).GetBlobClient(FileName(tenantId, athleteId, sha256));
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.Metadata.TryGetValue(ActivityIdMetadata, out var id) ? id : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The original file, unpacked as it is read; null when it is gone.</summary>
    public async Task<Stream?> OpenFileAsync(string tenantId, string athleteId, string sha256, CancellationToken cancellationToken)
    {
        var blob = (await container.GetAsync(cancellationToken)).GetBlobClient(FileName(tenantId, athleteId, sha256));
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            var stored = await blob.OpenReadAsync(cancellationToken: cancellationToken);
            return properties.Value.ContentType == "application/gzip" ? new GZipStream(stored, CompressionMode.Decompress) : stored;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredActivity?> GetAsync(string tenantId, string athleteId, string activityId, CancellationToken cancellationToken)
    {
        var rows = await TableAsync(cancellationToken);
        var row = await rows.GetEntityIfExistsAsync<TableEntity>(PartitionOf(tenantId, athleteId), RowKeyOf(activityId), cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>Indexes the activity (replacing its row, so a retried write is harmless).</summary>
    public async Task PutAsync(string tenantId, string athleteId, StoredActivity activity, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionOf(tenantId, athleteId), RowKeyOf(activity.Id)) { ["Data"] = Write(activity) };
        await (await TableAsync(cancellationToken)).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the activity's row and its file; removing what is gone already succeeds.</summary>
    public async Task DeleteAsync(string tenantId, string athleteId, StoredActivity activity, CancellationToken cancellationToken)
    {
        await (await TableAsync(cancellationToken)).DeleteEntityAsync(PartitionOf(tenantId, athleteId), RowKeyOf(activity.Id), ETag.All, cancellationToken).IgnoreNotFound();
        await (await container.GetAsync(cancellationToken)).DeleteBlobIfExistsAsync(
            FileName(tenantId, athleteId, activity.ContentSha256), DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// A page of activities newest first, started within [<paramref name="from"/>, <paramref name="to"/>) (null: open),
    /// after the activity <paramref name="afterId"/>; with the id to continue after when there is more.
    /// </summary>
    public async Task<(IReadOnlyList<StoredActivity> Items, string? Next)> ListAsync(
        string tenantId, string athleteId, DateTimeOffset? from, DateTimeOffset? to, string? afterId, int limit, CancellationToken cancellationToken)
    {
        var filters = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(tenantId, athleteId)}") };
        if (to is { } end)
        {
            // Rows sort newest first: "started before end" is "row key after the end's inverted ticks".
            filters.Add(TableClient.CreateQueryFilter($"RowKey gt {RowKeyFloor(end.AddTicks(-1))}"));
        }

        if (from is { } start)
        {
            filters.Add(TableClient.CreateQueryFilter($"RowKey lt {RowKeyFloor(start.AddTicks(-1))}"));
        }

        if (afterId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"RowKey gt {RowKeyOf(afterId)}"));
        }

        var items = new List<StoredActivity>(limit);
        var rows = await TableAsync(cancellationToken);
        await foreach (var row in rows.QueryAsync<TableEntity>(string.Join(" and ", filters), maxPerPage: limit + 1, cancellationToken: cancellationToken))
        {
            if (items.Count == limit)
            {
                return (items, items[^1].Id);
            }

            items.Add(Read(row));
        }

        return (items, null);
    }

    /// <summary>Deletes every activity of the athlete (rows and files): erasing the athlete. The number of rows deleted.</summary>
    public async Task<int> DeleteAllAsync(string tenantId, string athleteId, CancellationToken cancellationToken)
    {
        var rows = await TableAsync(cancellationToken);
        var deleted = 0;
        var partition = PartitionOf(tenantId, athleteId);
        await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await rows.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).IgnoreNotFound();
            deleted++;
        }

        var files = await container.GetAsync(cancellationToken);
        await foreach (var blob in files.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{tenantId}/{athleteId}/", cancellationToken))
        {
            await files.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }

        return deleted;
    }

    private static string FileName(string tenantId, string athleteId, string sha256) => $"{tenantId}/{athleteId}/{sha256}";

    private static string InvertedTicks(DateTimeOffset instant)
    {
        var seconds = instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond);
        return (DateTimeOffset.MaxValue.UtcTicks - seconds).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Write(StoredActivity activity)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, activity, RunStrongSerialization.DomainJsonOptions);
        }

        return packed.ToArray();
    }

    private static StoredActivity Read(TableEntity row)
    {
        using var gzip = new GZipStream(new MemoryStream(row.GetBinary("Data")), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<StoredActivity>(gzip, RunStrongSerialization.DomainJsonOptions)
            ?? throw new InvalidDataException($"Activity row {row.PartitionKey}/{row.RowKey} holds no activity.");
    }

    private async Task<TableClient> TableAsync(CancellationToken cancellationToken)
    {
        if (table is null)
        {
            var client = tables.GetTableClient(Name);
            await client.CreateIfNotExistsAsync(cancellationToken);
            table = client;
        }

        return table;
    }
}
