namespace RunStrong.Coaching.Engine;

/// <summary>Rule codes: public API that clients and tests match on. Add codes freely; never rename one.</summary>
public static class RuleCodes
{
    public const string LoggingInsufficient = "LOGGING_INSUFFICIENT";
    public const string ProteinDailyLow = "PROTEIN_DAILY_LOW";
    public const string ProteinDistribution = "PROTEIN_DISTRIBUTION";
    public const string ProteinInDeficit = "PROTEIN_IN_DEFICIT";
    public const string RecoveryFuel = "RECOVERY_FUEL";
    public const string CarbsLowForLoad = "CARBS_LOW_FOR_LOAD";
    public const string FuelDuringLongRuns = "FUEL_DURING_LONG_RUNS";
    public const string EnergyAvailabilityLow = "ENERGY_AVAILABILITY_LOW";
    public const string ReferDietitian = "REFER_DIETITIAN";
    public const string StrengthLowerBodyLow = "STRENGTH_LOWER_BODY_LOW";
    public const string StrengthMuscleGroupGap = "STRENGTH_MUSCLE_GROUP_GAP";
    public const string StrengthMaintenanceDose = "STRENGTH_MAINTENANCE_DOSE";
    public const string StrengthAfterHardRun = "STRENGTH_AFTER_HARD_RUN";
    public const string HiitSuggested = "HIIT_SUGGESTED";
    public const string HiitNotReady = "HIIT_NOT_READY";
    public const string HiitTooFrequent = "HIIT_TOO_FREQUENT";
    public const string IntensityDistribution = "INTENSITY_DISTRIBUTION";
    public const string LoadSpike = "LOAD_SPIKE";
    public const string AcuteChronicHigh = "ACUTE_CHRONIC_HIGH";
    public const string NoviceStart = "NOVICE_START";
    public const string MuscleLossRisk = "MUSCLE_LOSS_RISK";
    public const string MeasurementImplausible = "MEASUREMENT_IMPLAUSIBLE";
}
