using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace RunStrong.Silo.Storage;

/// <summary>
/// The silo's Azure Storage clients, all behind its <see cref="StorageCircuit"/> and with timeouts sized for what
/// they carry. The SDK's defaults (a 100 s network timeout per attempt, three retries) would keep a request
/// waiting minutes on storage that stopped answering; here a small call (grain state, membership, reminders,
/// table rows) gives up after <see cref="StateNetworkTimeout"/>, and once two calls in a row got no answer the
/// circuit refuses the rest at once. Bulk transfers (import files, activity files) keep a longer timeout.
/// </summary>
public sealed class StorageClients
{
    /// <summary>
    /// Per attempt of a small call. Azure Storage answers these in milliseconds (its latency targets are in tens
    /// of ms); three seconds without any answer means it is unreachable, not slow.
    /// </summary>
    public static readonly TimeSpan StateNetworkTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Per attempt of a bulk transfer (an import file can be tens of megabytes in one request).</summary>
    public static readonly TimeSpan BulkNetworkTimeout = TimeSpan.FromSeconds(60);

    public StorageClients(string connectionString, StorageCircuit circuit)
    {
        Circuit = circuit;
        var policy = new StorageCircuitPolicy(circuit);
        Tables = new TableServiceClient(connectionString, Configure(new TableClientOptions(), policy, StateNetworkTimeout, new StorageTrafficPolicy(Traffic, StorageTraffic.Table)));
        Blobs = new BlobServiceClient(connectionString, Configure(new BlobClientOptions(), policy, StateNetworkTimeout, new StorageTrafficPolicy(Traffic, StorageTraffic.Blob)));
        BulkBlobs = new BlobServiceClient(connectionString, Configure(new BlobClientOptions(), policy, BulkNetworkTimeout, new StorageTrafficPolicy(Traffic, StorageTraffic.Blob)));
    }

    public StorageCircuit Circuit { get; }

    /// <summary>Requests and bytes these clients sent (exported by <see cref="StorageMetrics"/>).</summary>
    public StorageTraffic Traffic { get; } = new();

    /// <summary>Tables: membership, reminders, tenants, activity indexes, keys.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>Blobs of grain state and other small documents.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Blobs of uploaded files: import files and activity files.</summary>
    public BlobServiceClient BulkBlobs { get; }

    private static T Configure<T>(T options, StorageCircuitPolicy policy, TimeSpan networkTimeout, StorageTrafficPolicy traffic)
        where T : ClientOptions
    {
        // A few quick retries ride out a dropped connection; an outage is the circuit's to answer.
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = networkTimeout;
        options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        options.AddPolicy(traffic, HttpPipelinePosition.PerRetry);
        return options;
    }
}
