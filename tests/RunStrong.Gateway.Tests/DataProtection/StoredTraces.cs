using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace RunStrong.Gateway.Tests.DataProtection;

/// <summary>
/// Everything the storage account holds that mentions a tenant: every blob of every container whose name has the
/// tenant id, every row of every table whose keys or any property hold it. Listed whole, with no knowledge of
/// which grain stores what, so a container or table the erase does not know about still shows.
/// </summary>
internal static class StoredTraces
{
    public static async Task<List<string>> OfAsync(string connectionString, string tenantId, Func<TableEntity, bool>? except = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        var traces = new List<string>();
        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: cancel))
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync(cancellationToken: cancel))
            {
                if (blob.Name.Contains(tenantId, StringComparison.Ordinal))
                {
                    traces.Add($"blob {container.Name}/{blob.Name}");
                }
            }
        }

        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync(cancellationToken: cancel))
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: cancel))
            {
                var mentions = ((IDictionary<string, object>)row).Values.Any(value => value?.ToString()?.Contains(tenantId, StringComparison.Ordinal) == true)
                    || row.PartitionKey.Contains(tenantId, StringComparison.Ordinal) || row.RowKey.Contains(tenantId, StringComparison.Ordinal);
                if (mentions && except?.Invoke(row) != true)
                {
                    traces.Add($"row {table.Name}: {row.PartitionKey} | {row.RowKey}");
                }
            }
        }

        return traces;
    }

    /// <summary>Every blob name and row key of the account, for comparing another tenant's data before and after.</summary>
    public static async Task<List<string>> NamesAsync(string connectionString, string tenantId) =>
        [.. (await OfAsync(connectionString, tenantId)).Order(StringComparer.Ordinal)];
}
