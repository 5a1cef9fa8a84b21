using System.ComponentModel;

namespace RunStrong.Cli.Commands;

/// <summary>Where the gateway is; every command takes it.</summary>
internal class ConnectionSettings : CommandSettings
{
    [CommandOption("--url <URL>")]
    [Description("The gateway (default: RUNSTRONG_URL, else http://127.0.0.1:5080).")]
    public string? Url { get; init; }

    public Uri Gateway(CliEnvironment environment)
    {
        var url = environment.Url(Url);
        return Uri.TryCreate(url, UriKind.Absolute, out var gateway) && gateway.Scheme is "http" or "https"
            ? gateway
            : throw new UsageException($"'{url}' is not an http(s) URL.");
    }
}
