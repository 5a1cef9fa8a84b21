namespace RunStrong.Cli.Members;

/// <summary>`runstrong members list`: the tenant's members directory, by name, follow-up priority or last activity.</summary>
internal sealed class ListMembersCommand(IAnsiConsole console, CliEnvironment environment) : AsyncCommand<MemberListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MemberListSettings settings, CancellationToken cancellationToken)
    {
        using var api = settings.Client(environment);
        return await new MemberListing(console, api).PrintAsync(settings.Tenant, null, settings, cancellationToken);
    }
}
