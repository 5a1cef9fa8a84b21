using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Scoring;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Validation;

namespace RunStrong.Challenges.Validation;

/// <summary>A challenge as a club sends it (<c>POST /api/t/{tenantId}/challenges</c>). Every field is optional on the wire so each missing one is named.</summary>
public sealed record ChallengeInput(
    string? Id,
    string? Name,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Metric,
    double? DailyCap,
    string? Scoring,
    string? TeamScore)
{
    /// <summary>A year and a day: long enough for an annual challenge, short enough to bound scoring work.</summary>
    public const int MaxDays = 366;

    /// <summary>How far ahead a challenge may be announced.</summary>
    public const int MaxDaysAhead = 366;

    public Validated<ChallengeDraft> Validate(DateOnly today)
    {
        var checks = new FieldChecks();
        var id = Id;
        if (id is null)
        {
            checks.Add("id", "id is required.");
        }
        else if (!ChallengeNames.IsValidId(id))
        {
            checks.Add("id", $"id {ChallengeNames.IdRule}");
        }

        if (Name is null)
        {
            checks.Add("name", "name is required.");
        }
        else if (!ChallengeNames.IsValidName(Name))
        {
            checks.Add("name", ChallengeNames.NameRule("name"));
        }

        var startsOn = checks.Required(StartsOn, "startsOn");
        var endsOn = checks.Required(EndsOn, "endsOn");
        if (startsOn is { } start && start > today.AddDays(MaxDaysAhead))
        {
            checks.Add("startsOn", $"startsOn must be within {MaxDaysAhead} days from today.");
        }

        if (startsOn is { } first && endsOn is { } last)
        {
            if (last < first)
            {
                checks.Add("endsOn", "endsOn must be on or after startsOn.");
            }
            else if (last.DayNumber - first.DayNumber + 1 > MaxDays)
            {
                checks.Add("endsOn", $"A challenge lasts at most {MaxDays} days.");
            }
        }

        // Nothing older than the log's detail window can be logged or re-scored, so a challenge that ended
        // before it could only ever show zeros.
        var firstScorable = DetailWindow.FirstDetailedDay(today);
        if (endsOn is { } end && end < firstScorable)
        {
            checks.Add("endsOn", $"endsOn must be on or after {firstScorable:yyyy-MM-dd}: older activity can no longer be scored.");
        }

        var metric = checks.OneOf<ChallengeMetric>(Metric, "metric", required: true);
        var scoring = checks.OneOf<ScoringMode>(Scoring, "scoring") ?? ScoringMode.Absolute;
        var teamScoring = checks.OneOf<TeamScoring>(TeamScore, "teamScore") ?? TeamScoring.Total;
        var dailyCap = ValidateDailyCap(checks, metric);

        if (checks.HasErrors)
        {
            return Validated<ChallengeDraft>.Failed(checks.Errors);
        }

        var rules = new ChallengeRules(startsOn!.Value, endsOn!.Value, metric!.Value, dailyCap, scoring, teamScoring);
        return Validated<ChallengeDraft>.Ok(new ChallengeDraft(id!, Name!.Trim(), rules));
    }

    private Score? ValidateDailyCap(FieldChecks checks, ChallengeMetric? metric)
    {
        if (DailyCap is null || metric is null)
        {
            return null;
        }

        if (metric is ChallengeMetric.ProteinDays or ChallengeMetric.BalancedWeeks)
        {
            checks.Add("dailyCap", $"dailyCap does not apply to {Coaching.Validation.WireNames.Of(metric.Value)}: it counts at most one per day or week.");
            return null;
        }

        var max = MaxDailyCap(metric.Value);
        var cap = checks.InRange(DailyCap, "dailyCap", 0.01, max, UnitOf(metric.Value));
        return cap is { } value ? Score.Of(value) : null;
    }

    /// <summary>Beyond these a cap caps nothing real: the longest loggable run is 400 km.</summary>
    private static double MaxDailyCap(ChallengeMetric metric) => metric switch
    {
        ChallengeMetric.DistanceKm => 400,
        ChallengeMetric.LegSessions => 10,
        _ => 10_000,
    };

    private static string UnitOf(ChallengeMetric metric) => metric switch
    {
        ChallengeMetric.DistanceKm => "km",
        ChallengeMetric.LegSessions => "sessions",
        _ => "points",
    };
}
