using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// A profile as a client sends it (<c>PUT /api/t/{tenantId}/athletes/{athleteId}</c>): every field
/// optional and enums as text, so that a bad value becomes a named field error rather than a parse failure.
/// </summary>
public sealed record ProfileInput(
    string? Sex,
    int? BirthYear,
    double? HeightCm,
    double? WeightKg,
    double? BodyFatPercent,
    string? BodyFatMethod,
    int? RunningExperienceMonths,
    string? Goal,
    string? Phase,
    bool? InjuredRecently,
    string? TimeZone = null)
{
    // Plausibility bounds: wide enough for every real adult runner, narrow enough to catch unit mistakes
    // (metres for centimetres). Body mass and fat: BodyMeasures.
    private const int YoungestAgeYears = 10;
    private const int OldestAgeYears = 100;
    private const double MinHeightCm = 100, MaxHeightCm = 250;
    private const int MaxExperienceMonths = 1200;

    /// <summary>Checks every field against <paramref name="today"/> (the caller's clock, so this stays pure).</summary>
    public Validated<AthleteProfile> Validate(DateOnly today)
    {
        var checks = new FieldChecks();
        var sex = checks.OneOf<Sex>(Sex, "sex", required: true);
        var birthYear = CheckBirthYear(checks, BirthYear, today, required: true);
        var height = checks.InRange(HeightCm, "heightCm", MinHeightCm, MaxHeightCm, "cm", required: true);
        var (weight, bodyFat, method) = BodyMeasures.Check(checks, WeightKg, BodyFatPercent, BodyFatMethod);

        var experience = checks.InRange(RunningExperienceMonths, "runningExperienceMonths", 0, MaxExperienceMonths);
        var goal = checks.OneOf<Goal>(Goal, "goal") ?? Athletes.Goal.Maintain;
        var phase = checks.OneOf<TrainingPhase>(Phase, "phase") ?? TrainingPhase.Base;
        var timeZone = TimeZone is null ? LocalCalendar.UtcId : TimeZoneIds.Canonical(TimeZone);
        if (timeZone is null)
        {
            checks.Add("timeZone", $"timeZone {TimeZoneIds.Rule}");
        }

        if (checks.HasErrors)
        {
            return Validated<AthleteProfile>.Failed(checks.Errors);
        }

        return Validated<AthleteProfile>.Ok(new AthleteProfile(
            sex!.Value, birthYear!.Value, height!.Value, weight!.Value, bodyFat, method, experience, goal, phase,
            InjuredRecently ?? false, timeZone!));
    }

    /// <summary>
    /// Checks the basics a gym's member file may carry (sex, birth year, height, weight, goal) by the same rules as
    /// <see cref="Validate"/>, but each only when given: a member may arrive with none of them. The other fields are ignored.
    /// </summary>
    public Validated<ProfileBasics> ValidateBasics(DateOnly today)
    {
        var checks = new FieldChecks();
        var sex = checks.OneOf<Sex>(Sex, "sex");
        var birthYear = CheckBirthYear(checks, BirthYear, today, required: false);
        var height = checks.InRange(HeightCm, "heightCm", MinHeightCm, MaxHeightCm, "cm");
        var (weight, _, _) = BodyMeasures.Check(checks, WeightKg, null, null, weightRequired: false);
        var goal = checks.OneOf<Goal>(Goal, "goal");
        return checks.HasErrors
            ? Validated<ProfileBasics>.Failed(checks.Errors)
            : Validated<ProfileBasics>.Ok(new ProfileBasics(sex, birthYear, height, weight, goal));
    }

    /// <summary>A birth year giving an age of 10-100 in <paramref name="today"/>'s year.</summary>
    public static int? CheckBirthYear(FieldChecks checks, int? birthYear, DateOnly today, bool required) =>
        checks.InRange(birthYear, "birthYear", today.Year - OldestAgeYears, today.Year - YoungestAgeYears, required);
}
