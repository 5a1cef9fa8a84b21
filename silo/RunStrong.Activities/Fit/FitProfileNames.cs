using System.Collections.Frozen;

namespace RunStrong.Activities.Fit;

/// <summary>
/// Names of the FIT Profile's enum values the product shows (Profile.xlsx, "Types" sheet: sport, sub_sport, file), in
/// lower camel case as Garmin's SDKs spell them ("trail_running" becomes "trailRunning").
/// </summary>
internal static class FitProfileNames
{
    private static readonly FrozenDictionary<int, string> Sports = new Dictionary<int, string>
    {
        [0] = "generic", [1] = "running", [2] = "cycling", [3] = "transition", [4] = "fitnessEquipment", [5] = "swimming",
        [6] = "basketball", [7] = "soccer", [8] = "tennis", [9] = "americanFootball", [10] = "training", [11] = "walking",
        [12] = "crossCountrySkiing", [13] = "alpineSkiing", [14] = "snowboarding", [15] = "rowing", [16] = "mountaineering",
        [17] = "hiking", [18] = "multisport", [19] = "paddling", [20] = "flying", [21] = "eBiking", [22] = "motorcycling",
        [23] = "boating", [24] = "driving", [25] = "golf", [26] = "hangGliding", [27] = "horsebackRiding", [28] = "hunting",
        [29] = "fishing", [30] = "inlineSkating", [31] = "rockClimbing", [32] = "sailing", [33] = "iceSkating",
        [34] = "skyDiving", [35] = "snowshoeing", [36] = "snowmobiling", [37] = "standUpPaddleboarding", [38] = "surfing",
        [39] = "wakeboarding", [40] = "waterSkiing", [41] = "kayaking", [42] = "rafting", [43] = "windsurfing",
        [44] = "kitesurfing", [45] = "tactical", [46] = "jumpmaster", [47] = "boxing", [48] = "floorClimbing",
        [49] = "baseball", [53] = "diving", [62] = "hiit", [64] = "racket", [65] = "wheelchairPushWalk",
        [66] = "wheelchairPushRun", [67] = "meditation", [69] = "discGolf", [71] = "cricket", [72] = "rugby", [73] = "hockey",
        [74] = "lacrosse", [75] = "volleyball", [76] = "waterTubing", [77] = "wakesurfing", [80] = "mixedMartialArts",
        [82] = "snorkeling", [83] = "dance", [84] = "jumpRope", [254] = "all",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> SubSports = new Dictionary<int, string>
    {
        [0] = "generic", [1] = "treadmill", [2] = "street", [3] = "trail", [4] = "track", [5] = "spin",
        [6] = "indoorCycling", [7] = "road", [8] = "mountain", [9] = "downhill", [10] = "recumbent", [11] = "cyclocross",
        [12] = "handCycling", [13] = "trackCycling", [14] = "indoorRowing", [15] = "elliptical", [16] = "stairClimbing",
        [17] = "lapSwimming", [18] = "openWater", [19] = "flexibilityTraining", [20] = "strengthTraining", [21] = "warmUp",
        [22] = "match", [23] = "exercise", [24] = "challenge", [25] = "indoorSkiing", [26] = "cardioTraining",
        [27] = "indoorWalking", [28] = "eBikeFitness", [29] = "bmx", [30] = "casualWalking", [31] = "speedWalking",
        [32] = "bikeToRunTransition", [33] = "runToBikeTransition", [34] = "swimToBikeTransition", [35] = "atv",
        [36] = "motocross", [37] = "backcountry", [38] = "resort", [39] = "rcDrone", [40] = "wingsuit", [41] = "whitewater",
        [42] = "skateSkiing", [43] = "yoga", [44] = "pilates", [45] = "indoorRunning", [46] = "gravelCycling",
        [47] = "eBikeMountain", [48] = "commuting", [49] = "mixedSurface", [50] = "navigate", [51] = "trackMe", [52] = "map",
        [53] = "singleGasDiving", [54] = "multiGasDiving", [55] = "gaugeDiving", [56] = "apneaDiving", [57] = "apneaHunting",
        [58] = "virtualActivity", [59] = "obstacle", [62] = "breathing", [65] = "sailRace", [67] = "ultra",
        [68] = "indoorClimbing", [69] = "bouldering", [70] = "hiit", [73] = "amrap", [74] = "emom", [75] = "tabata",
        [84] = "pickleball", [85] = "padel", [86] = "indoorWheelchairWalk", [87] = "indoorWheelchairRun",
        [88] = "indoorHandCycling", [110] = "flyCanopy", [111] = "flyParaglide", [112] = "flyParamotor",
        [113] = "flyPressurized", [114] = "flyNavigate", [115] = "flyTimer", [116] = "flyAltimeter", [117] = "flyWx",
        [118] = "flyVfr", [119] = "flyIfr", [254] = "all",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> FileTypes = new Dictionary<int, string>
    {
        [1] = "device", [2] = "settings", [3] = "sport", [4] = "activity", [5] = "workout", [6] = "course",
        [7] = "schedules", [9] = "weight", [10] = "totals", [11] = "goals", [14] = "bloodPressure", [15] = "monitoringA",
        [20] = "activitySummary", [28] = "monitoringDaily", [32] = "monitoringB", [34] = "segment", [35] = "segmentList",
        [40] = "exdConfiguration", [0xF7] = "mfgRangeMin", [0xFE] = "mfgRangeMax",
    }.ToFrozenDictionary();

    /// <summary>The sport's name, or null for a value this profile version does not name.</summary>
    public static string? Sport(int value) => Sports.GetValueOrDefault(value);

    public static string? SubSport(int value) => SubSports.GetValueOrDefault(value);

    /// <summary>The file type's name; a number the profile does not name is shown as the number.</summary>
    public static string FileType(int value) =>
        FileTypes.GetValueOrDefault(value) ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The sports this table names, for tests that hold it against the SDK's profile.</summary>
    internal static IReadOnlyDictionary<int, string> AllSports => Sports;

    internal static IReadOnlyDictionary<int, string> AllSubSports => SubSports;
}
