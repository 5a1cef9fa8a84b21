using System.Globalization;

namespace RunStrong.Web.Models;

public sealed record ChallengeTeam(string Id, string Name);

/// <summary>A challenge as <c>GET …/challenges/{challengeId}</c> answers it.</summary>
public sealed record ChallengeDetail(
    string Id,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Metric,
    decimal? DailyCap,
    string Scoring,
    string TeamScore,
    string Unit,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ChallengeTeam> Teams);

public sealed record ChallengeList(IReadOnlyList<ChallengeDetail> Items);

/// <summary>One challenge an athlete is in (<c>GET …/athletes/{athleteId}/challenges</c>), with their team.</summary>
public sealed record AthleteChallenge(
    string Id,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Metric,
    string Unit,
    string? TeamId,
    string? TeamName);

public sealed record AthleteChallengeList(IReadOnlyList<AthleteChallenge> Items);

public sealed record TeamRank(int Rank, string Id, string Name, decimal Score, int Members);

public sealed record AthleteRank(int Rank, string AthleteId, string TeamId, decimal Score);

/// <summary>The top of a leaderboard (<c>GET …/leaderboard</c>); the live stream sends exactly this document.</summary>
public sealed record Leaderboard(
    string ChallengeId,
    string Metric,
    string Scoring,
    string TeamScore,
    string Unit,
    long Version,
    DateTimeOffset GeneratedAt,
    int Participants,
    IReadOnlyList<TeamRank> Teams,
    IReadOnlyList<AthleteRank> Athletes);

/// <summary>The create form's fields as typed: sent on as they are so the API names whatever is wrong.</summary>
public sealed class ChallengeForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public string? Metric { get; set; } = "points";

    public string? DailyCap { get; set; }

    public string? Scoring { get; set; } = "absolute";

    public string? TeamScore { get; set; } = "total";

    /// <summary>
    /// The request body. A number or date the form could not read is sent as the text typed, so the API's strict JSON
    /// refuses it naming the field, exactly as for any client; blank optional fields are left out.
    /// </summary>
    public Dictionary<string, object?> ToRequest()
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = Blank(Id),
            ["name"] = Blank(Name),
            ["startsOn"] = Blank(StartsOn),
            ["endsOn"] = Blank(EndsOn),
            ["metric"] = Blank(Metric),
        };
        if (Blank(DailyCap) is { } cap)
        {
            body["dailyCap"] = decimal.TryParse(cap, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : cap;
        }

        if (Blank(Scoring) is { } scoring)
        {
            body["scoring"] = scoring;
        }

        if (Blank(TeamScore) is { } teamScore)
        {
            body["teamScore"] = teamScore;
        }

        return body;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class TeamForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

public sealed class TeamMemberForm
{
    public string? AthleteId { get; set; }

    public string? TeamId { get; set; }
}

/// <summary>How the challenge pages word the API's codes.</summary>
public static class ChallengeWords
{
    public static readonly IReadOnlyList<(string Code, string Text)> Metrics =
    [
        ("points", "Points (km, leg sessions, protein days, balanced weeks)"),
        ("distanceKm", "Distance run (km)"),
        ("legSessions", "Leg-strength sessions"),
        ("proteinDays", "Days on protein target"),
        ("balancedWeeks", "Balanced weeks"),
    ];

    public static string Metric(string code) => Metrics.FirstOrDefault(metric => metric.Code == code).Text ?? code;

    public static string Scoring(string code) => code switch
    {
        "absolute" => "Absolute",
        "relativeToBaseline" => "Relative to each athlete's previous 4 weeks (percent)",
        _ => code,
    };

    public static string TeamScore(string code) => code switch
    {
        "total" => "Total of the members' scores",
        "average" => "Average of the members' scores",
        _ => code,
    };

    public static string Score(decimal score) => score.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Dates(DateOnly startsOn, DateOnly endsOn) =>
        $"{startsOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {endsOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    public static string Page(string challengeId) => $"/app/challenges/{Uri.EscapeDataString(challengeId)}";
}
