using static RunStrong.Coaching.Engine.EvidenceGrade;

namespace RunStrong.Coaching.Engine;

/// <summary>The rules of the catalogue (docs/COACHING.md) with their titles, sources and grades, in catalogue order.</summary>
public static class RuleCatalogue
{
    /// <summary>The rule-set version every recommendation carries; bump it when a threshold or reading changes.</summary>
    public const string Version = "2026.12-3";

    // Sources are published references only: how strong the evidence is, and whether it is disputed, travel in
    // the recommendation's grade and contested flag (and its message), not as notes among the references.
    private const string Thomas2016 = "Thomas DT, Erdman KA, Burke LM. Nutrition and athletic performance. Med Sci Sports Exerc 2016 (ACSM/AND/DC joint position)";
    private const string Mountjoy = "Mountjoy M et al. IOC consensus statement on REDs. Br J Sports Med 2018 and 2023";
    private const string Seiler2010 = "Seiler S. What is best practice for training intensity and duration distribution? Int J Sports Physiol Perform 2010";
    private const string Morton2018 = "Morton RW et al. Br J Sports Med 2018 (meta-analysis)";
    private const string Schoenfeld2017 = "Schoenfeld BJ, Ogborn D, Krieger JW. Dose-response relationship between weekly resistance training volume and increases in muscle mass. J Sports Sci 2017";

    public static readonly Rule LoggingInsufficient = new(RuleCodes.LoggingInsufficient, "Log your food to unlock nutrition advice",
        ["Burke LE, Wang J, Sevick MA. Self-monitoring in weight loss: a systematic review of the literature. J Am Diet Assoc 2011"], C, false, Version);

    public static readonly Rule ProteinDailyLow = new(RuleCodes.ProteinDailyLow, "Eat more protein",
        [Morton2018, "Jäger R et al. ISSN position stand: protein and exercise. J Int Soc Sports Nutr 2017", Thomas2016], A, false, Version);

    public static readonly Rule ProteinDistribution = new(RuleCodes.ProteinDistribution, "Spread protein over four meals",
        ["Schoenfeld BJ, Aragon AA. How much protein can the body use in a single meal? J Int Soc Sports Nutr 2018"], B, false, Version);

    public static readonly Rule ProteinInDeficit = new(RuleCodes.ProteinInDeficit, "Protect your muscle with more protein",
        ["Helms ER et al. A systematic review of dietary protein during caloric restriction in resistance trained lean athletes. Int J Sport Nutr Exerc Metab 2014"], B, false, Version);

    public static readonly Rule RecoveryFuel = new(RuleCodes.RecoveryFuel, "Refuel after your hard session",
        [Thomas2016, "Moore DR. Sports Med 2021 (post-exercise protein for endurance athletes)"], B, false, Version);

    public static readonly Rule CarbsLowForLoad = new(RuleCodes.CarbsLowForLoad, "Eat enough carbohydrate for your training",
        [Thomas2016, "Burke LM et al. Carbohydrates for training and competition. J Sports Sci 2011 (IOC consensus)"], A, false, Version);

    public static readonly Rule FuelDuringLongRuns = new(RuleCodes.FuelDuringLongRuns, "Take carbohydrate during long runs",
        [Thomas2016], A, false, Version);

    public static readonly Rule EnergyAvailabilityLow = new(RuleCodes.EnergyAvailabilityLow, "Eat enough for your training",
        [Mountjoy], A, true, Version);

    public static readonly Rule ReferDietitian = new(RuleCodes.ReferDietitian, "See a sports dietitian",
        [Thomas2016], A, false, Version);

    public static readonly Rule StrengthLowerBodyLow = new(RuleCodes.StrengthLowerBodyLow, "Train your legs twice a week",
        ["Schoenfeld BJ et al. Effects of resistance training frequency on measures of muscle hypertrophy. Sports Med 2016",
         "Blagrove RC et al. Effects of strength training on the physiological determinants of middle- and long-distance running performance. Sports Med 2018"], A, false, Version);

    public static readonly Rule StrengthMuscleGroupGap = new(RuleCodes.StrengthMuscleGroupGap, "Give every leg muscle group enough sets",
        [Schoenfeld2017], A, false, Version);

    public static readonly Rule StrengthMaintenanceDose = new(RuleCodes.StrengthMaintenanceDose, "Keep a heavy leg session in big weeks",
        ["Bickel CS, Cross JM, Bamman MM. Exercise dosing to retain resistance training adaptations in young and older adults. Med Sci Sports Exerc 2011"], B, false, Version);

    public static readonly Rule StrengthAfterHardRun = new(RuleCodes.StrengthAfterHardRun, "Separate lifting from hard runs",
        ["Robineau J et al. Specific training effects of concurrent aerobic and strength exercises depend on recovery duration. J Strength Cond Res 2016",
         "Schumann M et al. Compatibility of concurrent aerobic and strength training for skeletal muscle size and function. Sports Med 2022"], B, false, Version);

    public static readonly Rule HiitSuggested = new(RuleCodes.HiitSuggested, "Add one interval session a week",
        ["Callahan MJ et al. Can high-intensity interval training promote skeletal muscle anabolism? Sports Med 2021"], B, false, Version);

    public static readonly Rule HiitNotReady = new(RuleCodes.HiitNotReady, "Hold off full intervals for now",
        ["Riebe D et al. Updating ACSM's recommendations for exercise preparticipation health screening. Med Sci Sports Exerc 2015"], C, false, Version);

    public static readonly Rule HiitTooFrequent = new(RuleCodes.HiitTooFrequent, "At most two hard sessions a week",
        [Seiler2010 + " (descriptive)"], C, false, Version);

    public static readonly Rule IntensityDistribution = new(RuleCodes.IntensityDistribution, "Keep most runs easy",
        [Seiler2010, "Stöggl TL, Sperlich B. Front Physiol 2014", "Oliveira PS, Boppre G, Fonseca H. Comparison of polarized versus other types of endurance training intensity distribution on athletes' endurance performance: a systematic review with meta-analysis. Sports Med 2024"], B, true, Version);

    public static readonly Rule LoadSpike = new(RuleCodes.LoadSpike, "Your mileage jumped this week",
        ["Nielsen RO et al. J Orthop Sports Phys Ther 2014", "Buist I et al. Am J Sports Med 2008"], B, true, Version);

    public static readonly Rule AcuteChronicHigh = new(RuleCodes.AcuteChronicHigh, "Recent load is high for what you are used to",
        ["Gabbett TJ. Br J Sports Med 2016", "Impellizzeri FM et al. Acute:chronic workload ratio: conceptual issues and fundamental pitfalls. Int J Sports Physiol Perform 2020", "Lolli L et al. Mathematical coupling causes spurious correlation within the conventional acute-to-chronic workload ratio calculations. Br J Sports Med 2019"], C, true, Version);

    public static readonly Rule NoviceStart = new(RuleCodes.NoviceStart, "Start with short runs",
        ["Nielsen RO et al. Int J Sports Phys Ther 2014 (novice runners, first-week distance)"], B, false, Version);

    public static readonly Rule MuscleLossRisk = new(RuleCodes.MuscleLossRisk, "You may be losing muscle",
        [Morton2018, Schoenfeld2017, Mountjoy, "Knechtle B et al. 2007 (ultra-endurance)"], C, false, Version);

    public static readonly Rule MeasurementImplausible = new(RuleCodes.MeasurementImplausible, "Check this measurement",
        ["Kouri EM et al. Fat-free mass index in users and nonusers of anabolic-androgenic steroids. Clin J Sport Med 1995"], B, false, Version);

    /// <summary>Every rule, in catalogue order (the order recommendations of equal severity are listed in).</summary>
    public static readonly IReadOnlyList<Rule> All =
    [
        LoggingInsufficient, ProteinDailyLow, ProteinDistribution, ProteinInDeficit, RecoveryFuel, CarbsLowForLoad,
        FuelDuringLongRuns, EnergyAvailabilityLow, ReferDietitian, StrengthLowerBodyLow, StrengthMuscleGroupGap,
        StrengthMaintenanceDose, StrengthAfterHardRun, HiitSuggested, HiitNotReady, HiitTooFrequent, IntensityDistribution,
        LoadSpike, AcuteChronicHigh, NoviceStart, MuscleLossRisk, MeasurementImplausible,
    ];
}
