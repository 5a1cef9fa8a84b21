namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// What to do in each planned session, in a sentence (constant text, so plans allocate no strings). Hard sessions
/// come in a few sizes, and the planned duration is exactly the structure the sentence describes.
/// </summary>
internal static class SessionGuidance
{
    public const string Easy = "Easy, conversational pace.";
    public const string Long = "Easy pace throughout.";
    public const string LongFuelled = "Easy pace; after the first hour take 30-60 g carbohydrate per hour.";
    public const string VeryLongFuelled = "Easy pace; take 30-60 g carbohydrate per hour, up to 90 g per hour beyond 2.5 h.";
    public const string Legs = "Squats, Romanian deadlifts, lunges and calf raises: 3-4 hard sets each.";
    public const string LegsBeforeRun = "Lift first, run at least 6 h later: squats, Romanian deadlifts, lunges and calf raises, 3-4 hard sets each.";
    public const string LegsMaintenance = "Heavy but short: squats, Romanian deadlifts and calf raises, 2-3 sets each, well short of failure.";
    public const string Logged = "Logged.";

    /// <summary>Interval sessions of 3 to 6 repeats: 10 min warm-up, 3 min hard, 2 min jog between, 10 min cool-down.</summary>
    public static readonly string[] Intervals =
    [
        "Warm up 10 min easy, then 3 x 3 min hard with 2 min easy jogging between, cool down 10 min.",
        "Warm up 10 min easy, then 4 x 3 min hard with 2 min easy jogging between, cool down 10 min.",
        "Warm up 10 min easy, then 5 x 3 min hard with 2 min easy jogging between, cool down 10 min.",
        "Warm up 10 min easy, then 6 x 3 min hard with 2 min easy jogging between, cool down 10 min.",
    ];

    /// <summary>Tempo sessions of a 15 to 30 min block: 10 min warm-up and 10 min cool-down around it.</summary>
    public static readonly string[] Tempos =
    [
        "Warm up 10 min easy, run 15 min comfortably hard, cool down 10 min; strides or hill sprints are good alternatives.",
        "Warm up 10 min easy, run 20 min comfortably hard, cool down 10 min; strides or hill sprints are good alternatives.",
        "Warm up 10 min easy, run 25 min comfortably hard, cool down 10 min; strides or hill sprints are good alternatives.",
        "Warm up 10 min easy, run 30 min comfortably hard, cool down 10 min; strides or hill sprints are good alternatives.",
    ];
}
