namespace RunStrong.Web.Models;

// What the athlete page reads from the public API (docs/API.md), as the JSON names it. Enums stay strings: the
// page shows them, it never branches on a value it does not know.

public sealed record AthleteView(string TenantId, string AthleteId, ProfileView? Profile, SummaryView Summary, MemberView? Member)
{
    public string DisplayName => Member is { } member && string.Join(' ', new[] { member.FirstName, member.LastName }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } name
        ? name
        : AthleteId;
}

public sealed record MemberView(string? ExternalId, string? FirstName, string? LastName, string? Email);

public sealed record ProfileView(string? Sex, int? BirthYear, double? HeightCm, double? WeightKg, double? BodyFatPercent, string? Goal, string? Phase, string? TimeZone);

public sealed record SummaryView(DateOnly AsOf, WindowView Last7Days, WindowView Last28Days);

public sealed record WindowView(
    int Runs, double DistanceKm, double DurationMin, int HardSessions, int LongRuns, int StrengthSessions, int LegSessions,
    int NutritionDaysLogged, double? ProteinGPerKg, double? CarbsGPerKg, double? EnergyAvailability, int CrossTrainingSessions, double CrossTrainingMin);

public sealed record ReportView(
    DateOnly AsOf,
    string MuscleRetentionRisk,
    string[] RiskFactors,
    string[] UnknownLevers,
    BodyView Body,
    FuelView Targets,
    TrainingView Training,
    TrendView Trend,
    IReadOnlyList<RecommendationView> Recommendations,
    PlanView Plan,
    string RuleVersion,
    string[] Notes);

public sealed record BodyView(double BodyMassKg, double BodyFatPercent, bool BodyFatAssumed, string? BodyFatMethod, double FfmKg, double Ffmi);

public sealed record FuelView(double ProteinG, double CarbsG, double EnergyKcal);

public sealed record TrainingView(double RunKm, int Runs, int HardRuns, int LegSessions, LoadView Load);

public sealed record LoadView(double Fitness, double Fatigue, double Form, double? AcuteChronicRatio, IReadOnlyList<DailyLoadView>? History);

public sealed record DailyLoadView(DateOnly Date, double Fitness, double Fatigue, double Form);

public sealed record TrendView(double? MassChangePercentPerWeek, int MassTrendDays, double? FfmChangeKg, double? FfmChangePercent, int FfmChangeDays, string? FfmChangeMethod);

public sealed record RecommendationView(
    string Code, string Severity, string Title, string Message, double? Actual, double? Target, string? Unit, string[] Sources, string Grade, bool Contested);

public sealed record PlanView(DateOnly StartsOn, IReadOnlyList<PlanDayView> Days, string[] Notes);

public sealed record PlanDayView(DateOnly Date, IReadOnlyList<PlannedSessionView> Sessions, FuelView Fuel);

public sealed record PlannedSessionView(string Kind, double DurationMin, double? DistanceKm, string Guidance, string Status);

public sealed record WeekTotalsView(DateOnly WeekOf, int Runs, double DistanceKm, int HardRuns, int LegSessions, double? ProteinGPerDay);

public sealed record NutritionDayView(DateOnly Date, double CaloriesKcal, double ProteinG, double CarbsG);

public sealed record MeasurementView(string Id, DateOnly Date, double WeightKg, double? BodyFatPercent, string? BodyFatMethod);

public sealed record ActivityView(
    string Id, string Sport, string? SubSport, DateTimeOffset StartedAt, double DistanceKm, double DurationMin, int? AvgHeartRate, string? Kind, string LoggedAs, double EnergyKcal);

public sealed record ItemsPage<T>(IReadOnlyList<T> Items, string? Next);
