using System.Globalization;
using System.Text.Json;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Members;

/// <summary>Reads directory pages (one, or all of them with --all) and prints them as a table or JSON.</summary>
internal sealed class MemberListing(IAnsiConsole console, RunStrongApiClient api)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<int> PrintAsync(string tenantId, string? q, MemberListSettings settings, CancellationToken cancellationToken)
    {
        var page = await api.ListMembersAsync(tenantId, q, settings.Sort, settings.Limit, settings.After, cancellationToken);
        var items = new List<MemberItem>(page.Items);
        while (settings.All && page.Next is { } next)
        {
            page = await api.ListMembersAsync(tenantId, q, settings.Sort, settings.Limit, next, cancellationToken);
            items.AddRange(page.Items);
        }

        var shown = page with { Items = items };
        if (settings.Json)
        {
            console.WriteLine(JsonSerializer.Serialize(shown, Json));
            return ExitCodes.Success;
        }

        console.Write(Table(shown.Items));
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{shown.Items.Count} of {shown.Total} member(s)");
        if (shown.Next is { } cursor)
        {
            console.MarkupLineInterpolated($"More: add [bold]--after {cursor}[/] (or --all).");
        }

        return ExitCodes.Success;
    }

    private static Table Table(IReadOnlyList<MemberItem> items)
    {
        var table = new Table().AddColumn("athlete").AddColumn("external id").AddColumn("name").AddColumn("email")
            .AddColumn("risk").AddColumn("why").AddColumn("last active");
        foreach (var item in items)
        {
            var name = string.Join(' ', new[] { item.FirstName, item.LastName }.Where(n => !string.IsNullOrEmpty(n)));
            table.AddRow(
                Markup.Escape(item.AthleteId),
                Markup.Escape(item.ExternalId ?? ""),
                Markup.Escape(name),
                Markup.Escape(item.Email ?? ""),
                Risk(item.MuscleRetentionRisk),
                Markup.Escape(string.Join(", ", item.RiskFactors)),
                item.LastActivityOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never");
        }

        return table;
    }

    private static string Risk(string? risk) => risk switch
    {
        "high" => "[red]high[/]",
        "moderate" => "[yellow]moderate[/]",
        "low" => "[green]low[/]",
        _ => "[grey]unknown[/]",
    };
}
