namespace RunStrong.Coaching.Engine;

/// <summary>
/// Every number the coaching rules compare against, with its source (docs/COACHING.md). Change a value
/// here and in docs/COACHING.md together, and bump <see cref="RuleCatalogue.Version"/>.
/// </summary>
public static class CoachingThresholds
{
    // --- Windows and logging --------------------------------------------------------------------------
    /// <summary>Days per rule window; the window ends on and includes the as-of day.</summary>
    public const int WeekDays = 7;

    /// <summary>Never act on a single day: nutrition rules need 4 logged days of 7 (expert opinion; Burke, Wang &amp; Sevick 2011 on self-monitoring).</summary>
    public const int MinLoggedNutritionDays = 4;

    /// <summary>Per-meal advice needs a pattern, not one day: 3 days with meals logged (interpretation, docs/COACHING.md).</summary>
    public const int MinMealLoggedDays = 3;

    // --- Body composition -----------------------------------------------------------------------------
    // Each female/male pair below is read at its midpoint for sex other or unspecified (SexReferences): an
    // interpretation, since the cited references measured women and men only (docs/COACHING.md, "Sex other or unspecified").
    /// <summary>
    /// Body fat estimated when none is measured: BF% = 1.2 x BMI + 0.23 x age - 10.8 x sex - 5.4, sex 1 for men
    /// (Deurenberg, Weststrate &amp; Seidell 1991 Br J Nutr; adults). A flat default made a heavy novice look like a bodybuilder.
    /// </summary>
    public const double EstimateBmiFactor = 1.2, EstimateAgeFactor = 0.23, EstimateMaleOffset = 10.8, EstimateConstant = 5.4;

    /// <summary>The equation was fitted on adults; younger and older ages are read at these bounds, the result kept in this range (%).</summary>
    public const int EstimateMinAge = 18, EstimateMaxAge = 90;

    /// <inheritdoc cref="EstimateMinAge"/>
    public const double EstimateMinBodyFat = 3, EstimateMaxBodyFat = 60;

    /// <summary>Normalised FFMI = FFMI + 6.3 x (1.80 - h) (Kouri et al. 1995).</summary>
    public const double FfmiNormalisationSlope = 6.3, FfmiReferenceHeightM = 1.80;

    /// <summary>Median FFMI at 18-34 years (Schutz et al. 2002), kg/m^2.</summary>
    public const double MedianFfmiMen = 18.9, MedianFfmiWomen = 15.4;

    /// <summary>Normalised FFMI above which an entry is implausible without drugs (Kouri et al. 1995).</summary>
    public const double ImplausibleNormalizedFfmiMen = 25, ImplausibleNormalizedFfmiWomen = 22;

    /// <summary>Body-mass change between entries at most a day apart that cannot be tissue (interpretation of MEASUREMENT_IMPLAUSIBLE).</summary>
    public const double ImplausibleDailyMassChangePercent = 3;

    /// <summary>ACE body-fat chart, lower bounds of athletes / fitness / average / obese, men (%).</summary>
    public const double AceMenAthletes = 6, AceMenFitness = 14, AceMenAverage = 18, AceMenObese = 25;

    /// <summary>ACE body-fat chart, lower bounds of athletes / fitness / average / obese, women (%).</summary>
    public const double AceWomenAthletes = 14, AceWomenFitness = 21, AceWomenAverage = 25, AceWomenObese = 32;

    // --- Energy ---------------------------------------------------------------------------------------
    /// <summary>Running energy cost, kcal per kg per km (Margaria et al. 1963; Fletcher et al. 2009 measured 1.05-1.11).</summary>
    public const double RunningKcalPerKgKm = 1.0;

    /// <summary>Strength training energy cost when nothing better is logged, kcal/min (docs/COACHING.md assumption).</summary>
    public const double StrengthKcalPerMin = 5;

    /// <summary>Energy availability below this is low, kcal/kg FFM/day (Mountjoy et al. 2018, 2023 IOC REDs; contested in men).</summary>
    public const double LowEnergyAvailability = 30;

    /// <summary>Energy availability at or above this is optimal, kcal/kg FFM/day (Loucks; Mountjoy et al. 2018).</summary>
    public const double OptimalEnergyAvailability = 45;

    // --- Protein --------------------------------------------------------------------------------------
    /// <summary>Daily protein target and its range, g/kg BM (Morton et al. 2018; Jäger et al. 2017; Thomas et al. 2016).</summary>
    public const double ProteinTargetGPerKg = 1.6, ProteinRangeLowGPerKg = 1.4, ProteinRangeHighGPerKg = 2.0;

    /// <summary>Below this, protein is short even of the lowest endurance recommendation, g/kg (Thomas et al. 2016: 1.2-2.0).</summary>
    public const double ProteinWarningGPerKg = 1.2;

    /// <summary>A meal counts towards distribution from 0.3 g/kg; the target is 0.4 g/kg over 4 meals (Schoenfeld &amp; Aragon 2018).</summary>
    public const double ProteinMealMinGPerKg = 0.3, ProteinMealTargetGPerKg = 0.4;

    /// <summary>Meals per day reaching <see cref="ProteinMealMinGPerKg"/> (Schoenfeld &amp; Aragon 2018).</summary>
    public const int ProteinMealsPerDay = 4;

    /// <summary>Protein in an energy deficit, g/kg FFM (Helms et al. 2014).</summary>
    public const double DeficitProteinLowGPerKgFfm = 2.3, DeficitProteinHighGPerKgFfm = 3.1;

    /// <summary>Body-mass loss per week that counts as a deficit, % (Helms et al. 2014).</summary>
    public const double DeficitMassLossPercentPerWeek = 0.5;

    /// <summary>A deficit needs weigh-ins spanning this many days (3 weeks, Helms et al. 2014 as the catalogue reads it).</summary>
    public const int DeficitTrendMinDays = 21;

    /// <summary>Body-mass loss per week that is too fast to spare muscle, % (Helms et al. 2014; Thomas et al. 2016).</summary>
    public const double RapidMassLossPercentPerWeek = 1.0;

    /// <summary>
    /// Body-mass trends look back up to 12 weeks for weigh-ins, so fortnightly or monthly weigh-ins still give one;
    /// the fit needs at least 2 weeks between first and last weigh-in (3 for a deficit) and a weigh-in in the last 5 weeks.
    /// </summary>
    public const int MassTrendLookbackDays = 84, MassTrendMinDays = 14, MassTrendLatestMaxAgeDays = 35;

    /// <summary>Recovery protein after a long or interval session, g/kg (Thomas et al. 2016; Moore 2021).</summary>
    public const double RecoveryProteinGPerKg = 0.3;

    /// <summary>Recovery carbohydrate in the first hours, g/kg (Thomas et al. 2016: 1.0-1.2 g/kg/h for rapid refuelling).</summary>
    public const double RecoveryCarbsGPerKg = 1.0;

    /// <summary>A run this long or longer calls for recovery fuel, min (Thomas et al. 2016).</summary>
    public const double RecoveryRunMin = 75;

    // --- Carbohydrate ---------------------------------------------------------------------------------
    /// <summary>Mean daily training hours that separate the carbohydrate bands (Burke et al. 2011; interpretation in docs/COACHING.md).</summary>
    public const double ModerateBandFromHours = 0.75, HighBandFromHours = 1.25, VeryHighBandFromHours = 4;

    /// <summary>Band limits, g/kg/day (Thomas et al. 2016; Burke et al. 2011 IOC).</summary>
    public const double LightCarbsLow = 3, LightCarbsHigh = 5, ModerateCarbsLow = 5, ModerateCarbsHigh = 7;

    /// <inheritdoc cref="LightCarbsLow"/>
    public const double HighCarbsLow = 6, HighCarbsHigh = 10, VeryHighCarbsLow = 8, VeryHighCarbsHigh = 12;

    /// <summary>Runs longer than this need carbohydrate during, min; 30-60 g/h, up to 90 g/h beyond 150 min (Thomas et al. 2016).</summary>
    public const double FuelDuringRunMin = 75, FuelDuringHighRunMin = 150;

    /// <inheritdoc cref="FuelDuringRunMin"/>
    public const double FuelDuringLowGPerHour = 30, FuelDuringHighGPerHour = 60, FuelDuringMaxGPerHour = 90;

    // --- Strength -------------------------------------------------------------------------------------
    /// <summary>Leg sessions a week in base/build (Schoenfeld et al. 2016; Blagrove et al. 2018).</summary>
    public const int LegSessionsPerWeek = 2;

    /// <summary>Hard sets per leg group per week, the floor of 4-10 (Schoenfeld, Ogborn &amp; Krieger 2017).</summary>
    public const int MinSetsPerLegGroup = 4, TargetMaxSetsPerLegGroup = 10;

    /// <summary>Maintenance: 1 heavy leg session a week, 2 from age 60 (Bickel et al. 2011).</summary>
    public const int MaintenanceLegSessions = 1, OlderMaintenanceLegSessions = 2, OlderAthleteAge = 60;

    /// <summary>Lift no sooner than this after a hard run, h; ideally 24 h (Robineau et al. 2016; Schumann et al. 2022).</summary>
    public const double MinHoursHardRunToStrength = 6, IdealHoursHardRunToStrength = 24;

    // --- Running --------------------------------------------------------------------------------------
    /// <summary>Experience for full intervals / for any hard running, months (expert opinion; Riebe et al. 2015 ACSM screening).</summary>
    public const int IntervalReadyExperienceMonths = 6, NoviceExperienceMonths = 3;

    /// <summary>HIIT is suggested after this many days without a hard session (Callahan et al. 2021).</summary>
    public const int HiitSuggestAfterDays = 14;

    /// <summary>HIIT is only suggested to someone running at least this often in those days (interpretation).</summary>
    public const int HiitSuggestMinRuns = 2;

    /// <summary>At most 2 hard sessions in 7 days (Seiler 2010, descriptive).</summary>
    public const int MaxHardSessionsPerWeek = 2;

    /// <summary>Hard share of sessions over 28 days, and the minimum sessions to judge it (Seiler 2010; Stöggl &amp; Sperlich 2014).</summary>
    public const double MaxHardShare = 0.25, TargetHardShare = 0.20;

    /// <inheritdoc cref="MaxHardShare"/>
    public const int IntensityMinSessions = 8, IntensityWindowDays = 28;

    /// <summary>Last 7 days' km above this times the mean of the 2 weeks before (Nielsen et al. 2014; Buist et al. 2008).</summary>
    public const double LoadSpikeRatio = 1.3;

    /// <summary>7:28-day EWMA load ratio flagged (Gabbett 2016; criticised by Impellizzeri et al. 2020, Lolli et al. 2019).</summary>
    public const double AcuteChronicHighRatio = 1.5;

    /// <summary>EWMA spans, days: fitness, fatigue (acute), chronic (docs/COACHING.md; Williams et al. 2017 for 2/(N+1)).</summary>
    public const int FitnessDays = 42, FatigueDays = 7, ChronicDays = 28;

    /// <summary>Novice start: BMI above this and more than 3 km in the first week (Nielsen et al. 2014 IJSPT).</summary>
    public const double NoviceBmi = 30, NoviceFirstWeekKm = 3;

    /// <summary>Default session RPE by kind when none is logged (docs/COACHING.md).</summary>
    public const int DefaultRpeEasy = 3, DefaultRpeLong = 4, DefaultRpeTempo = 6, DefaultRpeInterval = 8, DefaultRpeStrength = 6;

    // --- Cross-training load (docs/COACHING.md, "Cross-training") --------------------------------------
    /// <summary>Age-predicted maximal heart rate, 208 - 0.7 x age, beats/min (Tanaka, Monahan &amp; Seals 2001 J Am Coll Cardiol, meta-analysis).</summary>
    public const double HrMaxIntercept = 208, HrMaxPerYearOfAge = 0.7;

    /// <summary>
    /// Lower bounds of moderate, vigorous and near-maximal intensity, % of maximal heart rate; below moderate is light
    /// (Garber et al. 2011 Med Sci Sports Exerc, ACSM position stand, table of exercise intensity).
    /// </summary>
    public const double ModerateFromPercentHrMax = 64, VigorousFromPercentHrMax = 77, NearMaximalFromPercentHrMax = 96;

    /// <summary>
    /// Session RPE (CR-10) given to a cross-training session by its intensity: the word of Foster's CR-10 scale that
    /// names the ACSM category, light "easy" 2, moderate "moderate" 3, vigorous "hard" 5, near-maximal "very hard" 7
    /// (Foster et al. 2001 J Strength Cond Res; Garber et al. 2011). An interpretation that pairs the two scales' words.
    /// </summary>
    public const int CrossTrainingRpeLight = 2, CrossTrainingRpeModerate = 3, CrossTrainingRpeVigorous = 5, CrossTrainingRpeNearMaximal = 7;

    /// <summary>
    /// Session RPE of a cross-training session without a heart rate: moderate, the easy run's default (assumption stated
    /// in docs/COACHING.md: the aerobic cross-training runners log is mostly moderate; ACSM's "moderate" per Garber et al. 2011).
    /// </summary>
    public const int DefaultRpeCrossTraining = CrossTrainingRpeModerate;

    // --- Muscle loss ----------------------------------------------------------------------------------
    /// <summary>FFM loss that signals muscle loss, kg or % (synthesis; docs/COACHING.md).</summary>
    public const double FfmLossKg = 1, FfmLossPercent = 2;

    /// <summary>FFM is compared across 8-12 weeks; the latest reading must be this recent, days.</summary>
    public const int FfmCompareMinDays = 56, FfmCompareMaxDays = 84, FfmLatestMaxAgeDays = 28;

    // --- Plan (coaching heuristics, not rules; docs/COACHING.md explains them) -------------------------
    /// <summary>Taper volume as a share of recent volume: cut 40-60 % (Bosquet et al. 2007 MSSE meta-analysis).</summary>
    public const double TaperVolumeFactor = 0.6;

    /// <summary>A week for someone with no runs logged: 3 runs, 15 km, 6:30 min/km easy.</summary>
    public const double DefaultWeeklyKm = 15, DefaultEasyPaceMinPerKm = 6.5;

    /// <summary>Run days a week planned; 4 when a hard run is planned, so it stays within 25 % of runs.</summary>
    public const int MinRunDays = 3, MinRunDaysWithHardRun = 4, MaxRunDays = 6;

    /// <summary>The long run is 1.5 shares of the week's km and a hard run 1 share; easy runs split the rest.</summary>
    public const double LongRunShares = 1.5;

    /// <summary>Longest planned long run, min; beyond it time on feet adds injury risk more than fitness.</summary>
    public const double MaxLongRunMin = 180;

    /// <summary>Tempo pace as a share of easy pace (about 10 % faster).</summary>
    public const double TempoPaceFactor = 0.9;

    /// <summary>Interval repeats' pace as a share of easy pace (about 20 % faster, near 5-km race pace for 3-min repeats).</summary>
    public const double IntervalPaceFactor = 0.8;

    /// <summary>Hard sessions' structure, min: warm-up and cool-down; 3-min repeats with 2-min jogs, 3 to 6 of them.</summary>
    public const double HardWarmUpMin = 10, HardCoolDownMin = 10, IntervalRepeatMin = 3, IntervalRecoveryMin = 2;

    /// <inheritdoc cref="HardWarmUpMin"/>
    public const int MinIntervalRepeats = 3, MaxIntervalRepeats = 6;

    /// <summary>Tempo blocks, min: 15 to 30 in steps of 5.</summary>
    public const int MinTempoBlockMin = 15, TempoBlockStepMin = 5, TempoBlockSizes = 4;

    /// <summary>A run shorter than this is not worth planning; with too little volume left the week gets fewer runs.</summary>
    public const double MinPlannedRunKm = 1;

    /// <summary>Planned leg-strength session length, min, in base/build and for maintenance.</summary>
    public const double LegSessionMin = 45, MaintenanceLegSessionMin = 30;
}
