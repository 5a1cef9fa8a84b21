using System.Globalization;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>A run as a client sends it (<c>POST .../runs</c>); see <see cref="ProfileInput"/> for why all is optional.</summary>
public sealed record RunInput(
    string? Id,
    DateTimeOffset? StartedAt,
    double? DistanceKm,
    double? DurationMin,
    string? Kind,
    int? Rpe,
    int? AvgHeartRate)
{
    // The longest single efforts people log are multi-day ultras: 400 km and 48 h leave room for them.
    private const double MaxDistanceKm = 400;
    private const double MaxDurationMin = 48 * 60;

    // Faster than 2:00 min/km (30 km/h) is beyond the 1 km world record (2:11) and so a logging error.
    private const double FastestPlausibleMinPerKm = 2.0;

    // Slower than 60 min/km (1 km/h) is not a run: a watch left recording, or minutes typed for seconds.
    // Multi-day ultras with sleep stay under 30 min/km.
    private const double SlowestPlausibleMinPerKm = 60.0;

    // Strides of 100 m are the shortest runs worth logging; less is a unit slip (metres typed as km / 1000).
    private const double MinDistanceKm = 0.1;
    private const int MinHeartRate = 30, MaxHeartRate = 250;

    public Validated<Run> Validate(DateOnly today, LocalCalendar calendar)
    {
        var checks = new FieldChecks();
        var id = checks.Matches(Id, "id", EntryId.IsValid, EntryId.Rule);
        var startedAt = checks.Required(StartedAt, "startedAt");
        if (startedAt is { } start && !LoggedDates.IsAllowed(start, calendar, today))
        {
            checks.Add("startedAt", $"startedAt {LoggedDates.Rule}");
        }

        var distance = checks.InRange(DistanceKm, "distanceKm", MinDistanceKm, MaxDistanceKm, "km", required: true);
        var duration = checks.InRange(DurationMin, "durationMin", 0, MaxDurationMin, "minutes", required: true);
        if (duration is 0)
        {
            checks.Add("durationMin", "durationMin must be greater than 0.");
        }

        if (distance > 0 && duration > 0 && duration / distance < FastestPlausibleMinPerKm)
        {
            checks.Add("durationMin", $"durationMin implies a pace faster than {FastestPlausibleMinPerKm}:00 min/km; check distance and duration.");
        }

        if (distance > 0 && duration > 0 && duration / distance > SlowestPlausibleMinPerKm)
        {
            checks.Add("durationMin", $"durationMin implies a pace slower than {SlowestPlausibleMinPerKm} min/km; check distance and duration.");
        }

        var kind = checks.OneOf<RunKind>(Kind, "kind", required: true);
        var rpe = checks.InRange(Rpe, "rpe", 1, 10);
        var heartRate = checks.InRange(AvgHeartRate, "avgHeartRate", MinHeartRate, MaxHeartRate);

        if (checks.HasErrors)
        {
            return Validated<Run>.Failed(checks.Errors);
        }

        var runId = id ?? EntryId.Derive("run", string.Create(
            CultureInfo.InvariantCulture, $"{startedAt!.Value.UtcTicks}|{distance}|{duration}|{kind}"));
        return Validated<Run>.Ok(new Run(runId, startedAt!.Value, distance!.Value, duration!.Value, kind!.Value, rpe, heartRate));
    }
}
