namespace RunStrong.ServiceDefaults;

/// <summary>Activity sources and meters every host listens to.</summary>
public static class TelemetryNames
{
    /// <summary>RunStrong's own spans and metrics.</summary>
    public const string RunStrong = "RunStrong";

    /// <summary>Grain calls made by application code (needs AddActivityPropagation on silo and client).</summary>
    public const string OrleansApplication = "Microsoft.Orleans.Application";

    /// <summary>Grain state reads and writes ("read storage", "write storage").</summary>
    public const string OrleansStorage = "Microsoft.Orleans.Storage";

    /// <summary>Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Azure SDK client spans (table and blob calls), behind an experimental switch.</summary>
    public const string AzureSdk = "Azure.*";
}
