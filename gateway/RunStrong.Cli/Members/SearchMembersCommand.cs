using System.ComponentModel;

namespace RunStrong.Cli.Members;

/// <summary>`runstrong members search TEXT`: members whose name, email or external id has words starting with TEXT.</summary>
internal sealed class SearchMembersCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<SearchMembersCommand.Settings>
{
    internal sealed class Settings : MemberListSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("Word starts to find, folded for case and accents (\"mul\" finds Müller).")]
        public string Text { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var api = settings.Client(environment);
        return await new MemberListing(console, api).PrintAsync(settings.Tenant, settings.Text, settings, cancellationToken);
    }
}
