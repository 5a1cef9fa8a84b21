namespace RunStrong.Coaching.Tests.Builders;

/// <summary>Valid client inputs to start from; a test changes the one field it is about with <c>with</c>.</summary>
internal static class Inputs
{
    /// <summary>The "today" every validation test runs against.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static ProfileInput Profile => new(
        Sex: "female",
        BirthYear: 1990,
        HeightCm: 172,
        WeightKg: 64.5,
        BodyFatPercent: 18,
        BodyFatMethod: "bia",
        RunningExperienceMonths: 30,
        Goal: "build",
        Phase: "peak",
        InjuredRecently: true);

    /// <summary>Only the fields a profile cannot do without.</summary>
    public static ProfileInput MinimalProfile => new("male", 1985, 180, 75, null, null, null, null, null, null);

    public static RunInput Run => new(
        Id: "garmin-123",
        StartedAt: At(2026, 11, 24, 6, 30),
        DistanceKm: 10,
        DurationMin: 55,
        Kind: "tempo",
        Rpe: 7,
        AvgHeartRate: 162);

    public static DateTimeOffset At(int year, int month, int day, int hour = 7, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
