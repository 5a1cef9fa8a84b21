namespace RunStrong.LocalStorage;

/// <summary>
/// Where an Azurite instance listens, and the connection string that reaches it: loopback unless a test
/// puts it on another local address (a bridge that silos in network namespaces reach it over).
/// </summary>
public sealed record AzuriteEndpoints(int BlobPort, int QueuePort, int TablePort, string Host = AzuriteEndpoints.LoopbackHost)
{
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>Azurite's well-known development account (documented, not a secret).</summary>
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public Uri BlobUri => new($"http://{Host}:{BlobPort}/");

    public Uri TableUri => new($"http://{Host}:{TablePort}/");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://{Host}:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://{Host}:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://{Host}:{TablePort}/{AccountName};";
}
