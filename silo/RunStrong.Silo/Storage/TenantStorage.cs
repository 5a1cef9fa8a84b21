using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RunStrong.Silo.Storage;

/// <summary>
/// Finds and deletes what storage holds for one tenant, by listing rather than by an index: every blob container and
/// every table of the account, so a container or table added later (a member directory's shards) is covered without
/// changing this. What belongs to a tenant is read from names alone (<see cref="TenantNames"/>).
/// </summary>
public sealed class TenantStorage(BlobServiceClient blobs, TableServiceClient tables, string serviceId)
{
    /// <summary>Deletes every blob of the tenant in every container; the number deleted.</summary>
    public async Task<long> DeleteBlobsAsync(string tenantId, CancellationToken cancellationToken)
    {
        long deleted = 0;
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
            {
                if (TenantNames.BlobBelongs(container.Name, blob.Name, tenantId)
                    && await client.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken))
                {
                    deleted++;
                }
            }
        }

        return deleted;
    }

    /// <summary>
    /// Deletes every table row of the tenant in every table (grain state, reminders) and the rows of its keys
    /// (<paramref name="keyIds"/>, whose grains are keyed by key id), except <paramref name="keep"/>; the number deleted.
    /// </summary>
    public async Task<long> DeleteRowsAsync(string tenantId, IReadOnlyCollection<string> keyIds, Func<TableEntity, bool> keep, CancellationToken cancellationToken)
    {
        long deleted = 0;
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken))
        {
            var client = tables.GetTableClient(table.Name);
            await foreach (var row in client.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "GrainReference"], cancellationToken: cancellationToken))
            {
                if (!TenantNames.RowBelongs(row, tenantId, keyIds, serviceId) || keep(row))
                {
                    continue;
                }

                try
                {
                    await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                    deleted++;
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    // Gone meanwhile (its grain cleared it): what was wanted.
                }
            }
        }

        return deleted;
    }
}
