using FsCheck;
using FsCheck.Fluent;

namespace RunStrong.Coaching.Tests.Builders;

/// <summary>
/// FsCheck generators of athlete histories, in time zones from UTC-8 to UTC+14. <see cref="Athletes"/> is anything the API could store (wild values
/// included); <see cref="RealisticAthletes"/> has the weigh-ins real athletes produce: a body that drifts slowly,
/// weighed daily, weekly, fortnightly or monthly, body fat now and then by one of several methods, the odd typo.
/// </summary>
internal static class GeneratedHistories
{
    public static readonly DateOnly AsOf = new(2026, 11, 25);

    public static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    public static readonly Gen<AthleteProfile> Profiles =
        from sex in Gen.Elements(Sex.Female, Sex.Male)
        from born in Gen.Choose(1930, 2012)
        from height in Between(140, 210)
        from weight in Between(35, 160)
        from fat in Maybe(Between(3, 50))
        from experience in Gen.Elements<int?>(null, 0, 2, 3, 5, 6, 24, 240)
        from goal in Gen.Elements(Goal.Maintain, Goal.Build)
        from phase in Gen.Elements(TrainingPhase.Base, TrainingPhase.Build, TrainingPhase.Peak, TrainingPhase.Taper)
        from injured in Gen.Elements(false, true)
        from zone in Gen.Elements("UTC", "Australia/Sydney", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/Oslo")
        select new AthleteProfile(sex, born, height, weight, fat, fat is null ? null : BodyFatMethod.Bia, experience, goal, phase, injured, zone);

    public static readonly Gen<Run> RunGen =
        from start in Start
        from km in Between(0.5, 45)
        from pace in Between(2.5, 10)
        from kind in Gen.Elements(RunKind.Easy, RunKind.Long, RunKind.Tempo, RunKind.Interval)
        from rpe in Gen.Elements<int?>(null, 1, 5, 10)
        select new Run("r", start, km, km * pace, kind, rpe, null);

    public static readonly Gen<StrengthSession> Sessions =
        from start in Start
        from minutes in Between(10, 120)
        from groups in Gen.SubListOf(Enum.GetValues<MuscleGroup>())
        from sets in Gen.Choose(1, 12)
        select new StrengthSession("s", start, minutes, null, [new Exercise("x", [.. groups], sets, 8, null)]);

    /// <summary>Cross-training as activity files log it: any sport, with or without a heart rate or a distance.</summary>
    public static readonly Gen<CrossTrainingSession> CrossSessions =
        from start in Start
        from sport in Gen.Elements("cycling", "swimming", "rowing", "walking", "training")
        from minutes in Between(5, 300)
        from kcal in Between(0, 3000)
        from heartRate in Gen.Elements<int?>(null, 60, 110, 130, 150, 175, 200)
        from km in Maybe(Between(0, 150))
        select new CrossTrainingSession("x", start, sport, minutes, kcal, heartRate, km);

    public static readonly Gen<NutritionDay> Days =
        from ago in Gen.Choose(-2, 20)
        from kcal in Between(0, 6000)
        from protein in Between(0, 300)
        from carbs in Between(0, 900)
        from meals in Gen.ListOf(Between(0, 80)).Select(m => m.Take(6).ToArray())
        select new NutritionDay(AsOf.AddDays(-ago), kcal, protein, carbs, null, [.. meals.Select(p => new Meal(null, p, null, null))]);

    public static readonly Gen<Measurement> Weighings =
        from ago in Gen.Choose(-2, 130)
        from weight in Between(35, 160)
        from fat in Maybe(Between(3, 50))
        select new Measurement("m", AsOf.AddDays(-ago), weight, fat, fat is null ? null : BodyFatMethod.Dexa);

    /// <summary>
    /// A body weighed every 1, 3, 7, 14 or 30 days for up to 16 weeks, drifting -1.5 to +0.5 % a week with 0.4 % of
    /// scale noise; about one weigh-in in four has body fat (drifting too) by one of the four methods; one in a hundred is a
    /// typo 10 % off.
    /// </summary>
    public static readonly Gen<Measurement[]> WeighInSeries =
        from start in Between(50, 110)
        from ratePerWeek in Between(-1.5, 0.5)
        from fatStart in Between(10, 35)
        from fatRatePerWeek in Between(-0.3, 0.4)
        from every in Gen.Elements(1, 3, 7, 14, 30)
        from firstAgo in Gen.Choose(0, 112)
        from draws in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 99), Between(-0.4, 0.4)), 120)
        from methods in Gen.ArrayOf(Gen.Elements(Enum.GetValues<BodyFatMethod>()), 120)
        select Series(start, ratePerWeek, fatStart, fatRatePerWeek, every, firstAgo, draws, methods);

    public static readonly Arbitrary<AthleteData> Athletes = (
        from profile in Profiles
        from runs in Gen.ListOf(RunGen)
        from sessions in Gen.ListOf(Sessions)
        from days in Gen.ListOf(Days)
        from weighings in Gen.ListOf(Weighings)
        from cross in Gen.ListOf(CrossSessions)
        select new AthleteData(profile, [.. runs], [.. sessions], [.. days], [.. weighings], [.. cross])).ToArbitrary();

    public static readonly Arbitrary<AthleteData> RealisticAthletes = (
        from profile in Profiles
        from runs in Gen.ListOf(RunGen)
        from sessions in Gen.ListOf(Sessions)
        from days in Gen.ListOf(Days)
        from weighings in WeighInSeries
        from cross in Gen.ListOf(CrossSessions)
        select new AthleteData(
            profile with { WeightKg = weighings.Length > 0 ? weighings[0].WeightKg : profile.WeightKg }, [.. runs], [.. sessions], [.. days], weighings, [.. cross])).ToArbitrary();

    public static Gen<double> Between(double min, double max) => Gen.Choose(0, 10_000).Select(i => min + ((max - min) * i / 10_000));

    private static Gen<double?> Maybe(Gen<double> gen) =>
        Gen.Frequency((1, Gen.Constant<double?>(null)), (3, gen.Select(v => (double?)v)));

    private static Gen<DateTimeOffset> Start => Gen.Choose(-3, 130).Zip(Gen.Choose(0, 23 * 60))
        .Select(t => new DateTimeOffset(AsOf.AddDays(-t.Item1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(t.Item2));

    private static Measurement[] Series(
        double start, double ratePerWeek, double fatStart, double fatRatePerWeek, int every, int firstAgo, (int, double)[] draws, BodyFatMethod[] methods)
    {
        var list = new List<Measurement>();
        for (int ago = firstAgo, i = 0; ago >= 0 && i < draws.Length; ago -= every, i++)
        {
            var weeks = (firstAgo - ago) / 7.0;
            var (roll, noise) = draws[i];
            var kg = start * (1 + (ratePerWeek * weeks / 100)) * (1 + (noise / 100));
            kg = roll == 0 ? kg * (noise < 0 ? 0.9 : 1.1) : kg;
            var fat = roll % 4 == 1 ? fatStart + (fatRatePerWeek * weeks) : (double?)null;
            list.Add(new Measurement($"m{i}", AsOf.AddDays(-ago), Math.Round(kg, 1), fat is null ? null : Math.Round(fat.Value, 1), fat is null ? null : methods[i]));
        }

        return [.. list];
    }
}
