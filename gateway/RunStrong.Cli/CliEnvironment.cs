namespace RunStrong.Cli;

/// <summary>
/// Defaults for the options every command shares, from RUNSTRONG_URL, RUNSTRONG_API_KEY and
/// RUNSTRONG_ADMIN_KEY; an option given on the command line always wins.
/// </summary>
internal sealed class CliEnvironment(Func<string, string?> variables)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public string Url(string? option) => Pick(option, "RUNSTRONG_URL") ?? DefaultUrl;

    public string? ApiKey(string? option) => Pick(option, "RUNSTRONG_API_KEY");

    public string? AdminKey(string? option) => Pick(option, "RUNSTRONG_ADMIN_KEY");

    private string? Pick(string? option, string variable) =>
        !string.IsNullOrWhiteSpace(option) ? option : variables(variable) is { Length: > 0 } value ? value : null;
}
