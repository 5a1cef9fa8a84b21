namespace RunStrong.Gateway.Hosting;

/// <summary>The "Orleans" section: which cluster the gateway's Orleans client joins.</summary>
public sealed class OrleansClientSettings
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "runstrong-local";

    public string ServiceId { get; set; } = "runstrong";
}
