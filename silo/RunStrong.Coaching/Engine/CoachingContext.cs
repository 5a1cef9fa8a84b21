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
        AthleteData athlete, DateOnly asOf, MeasurementReview measurements, BodyBaseline body, TrainingDays days, NutritionWeek nutrition, TrainingWeek training)
    {
        Athlete = athlete;
        Profile = athlete.Profile;
        Calendar = athlete.Profile.Calendar;
        AsOf = asOf;
        Measurements = measurements;
        Body = body;
        Days = days;
        Nutrition = nutrition;
        Training = training;
        Age = asOf.Year - athlete.Profile.BirthYear;
    }

    public AthleteData Athlete { get; }

    /// <summary>The athlete's calendar: which local day an instant belongs to.</summary>
    public LocalCalendar Calendar { get; }

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

    /// <summary>Energy availability between low and optimal (30-45): ENERGY_AVAILABILITY_LOW speaks as information.</summary>
    public bool EnergyAvailabilitySubOptimal => Nutrition.IsSufficient && Nutrition.EnergyAvailability is >= LowEnergyAvailability and < OptimalEnergyAvailability;

    public bool ProteinLow => Nutrition.IsSufficient && Nutrition.ProteinGPerKg < ProteinTargetGPerKg;

    /// <summary>Body mass falling more than 0.5 %/week over weigh-ins spanning at least 3 weeks (Helms et al. 2014).</summary>
    public bool InDeficit => Trend.MassTrendDays >= DeficitTrendMinDays && Trend.MassChangePercentPerWeek < -DeficitMassLossPercentPerWeek;

    /// <summary>Body mass falling more than 1 %/week (over weigh-ins spanning at least 2 weeks).</summary>
    public bool RapidLoss => Trend.MassChangePercentPerWeek < -RapidMassLossPercentPerWeek;

    /// <summary>The protein that protects muscle in a deficit, g/day (2.3 g/kg FFM, Helms et al. 2014), as PROTEIN_IN_DEFICIT states it.</summary>
    public double DeficitProteinG => Figures.Round(DeficitProteinLowGPerKgFfm * Body.FfmKg);

    /// <summary>In a deficit and eating less protein than it calls for: PROTEIN_IN_DEFICIT speaks as advice.</summary>
    public bool ProteinShortInDeficit => InDeficit && Nutrition.IsSufficient && Nutrition.ProteinG < DeficitProteinG;

    /// <summary>Leg sessions a week this athlete needs now: 2 in base/build, else the maintenance dose (2 from 60).</summary>
    public int LegDose => Profile.Phase is TrainingPhase.Base or TrainingPhase.Build || Age >= OlderAthleteAge
        ? LegSessionsPerWeek
        : MaintenanceLegSessions;

    public bool LegStrengthLow => Training.LegSessions < LegDose;

    /// <summary>Base/build: some leg group has >= 4 hard sets in 7 days while another has fewer (STRENGTH_MUSCLE_GROUP_GAP).</summary>
    public bool LegGroupGap => Profile.Phase is TrainingPhase.Base or TrainingPhase.Build && Training.Sets.HasLegGroupGap;

    /// <summary>Whether strength training can be judged at all: a lever with no data is unknown, not failing.</summary>
    public bool StrengthLogged => Days.StrengthSessionsLogged > 0;

    public bool Inexperienced => Profile.RunningExperienceMonths < IntervalReadyExperienceMonths;

    /// <summary>Ready for full intervals: none of HIIT_NOT_READY's conditions (unknown experience does not block).</summary>
    public bool IntervalReady => !Inexperienced && !Profile.InjuredRecently && !EnergyAvailabilityLow;
}
