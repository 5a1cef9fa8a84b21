using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine;

/// <summary>Everything one evaluation has worked out, computed once and read by the rules and the planner.</summary>
internal sealed class CoachingContext
{
    public CoachingContext(
        AthleteProfile profile, DateOnly asOf, MeasurementReview measurements, BodyBaseline body, TrainingDays days, NutritionWeek nutrition, TrainingWeek training)
    {
        Profile = profile;
        AsOf = asOf;
        Measurements = measurements;
        Body = body;
        Days = days;
        Nutrition = nutrition;
        Training = training;
        Age = asOf.Year - profile.BirthYear;
    }

    public AthleteProfile Profile { get; }

    public DateOnly AsOf { get; }

    public int Age { get; }

    public MeasurementReview Measurements { get; }

    public BodyTrend Trend => Measurements.Trend;

    public BodyBaseline Body { get; }

    public TrainingDays Days { get; }

    public NutritionWeek Nutrition { get; }

    public TrainingWeek Training { get; }

    public bool EnergyAvailabilityLow => Nutrition.IsSufficient && Nutrition.EnergyAvailability < LowEnergyAvailability;

    public bool ProteinLow => Nutrition.IsSufficient && Nutrition.ProteinGPerKg < ProteinTargetGPerKg;

    /// <summary>Body mass falling more than 0.5 %/week over at least 3 weeks of weigh-ins (Helms et al. 2014).</summary>
    public bool InDeficit => Trend.MassTrendDays >= DeficitTrendMinDays && Trend.MassChangePercentPerWeek < -DeficitMassLossPercentPerWeek;

    /// <summary>Body mass falling more than 1 %/week (over at least 2 weeks of weigh-ins).</summary>
    public bool RapidLoss => Trend.MassChangePercentPerWeek < -RapidMassLossPercentPerWeek;

    /// <summary>Leg sessions a week this athlete needs now: 2 in base/build, else the maintenance dose (2 from 60).</summary>
    public int LegDose => Profile.Phase is TrainingPhase.Base or TrainingPhase.Build || Age >= OlderAthleteAge
        ? LegSessionsPerWeek
        : MaintenanceLegSessions;

    public bool LegStrengthLow => Training.LegSessions < LegDose;

    public bool Inexperienced => Profile.RunningExperienceMonths < IntervalReadyExperienceMonths;

    /// <summary>Ready for full intervals: none of HIIT_NOT_READY's conditions (unknown experience does not block).</summary>
    public bool IntervalReady => !Inexperienced && !Profile.InjuredRecently && !EnergyAvailabilityLow;
}
