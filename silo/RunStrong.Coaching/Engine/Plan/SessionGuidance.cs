namespace RunStrong.Coaching.Engine.Plan;

/// <summary>What to do in each planned session, in a sentence (constant text, so plans allocate no strings).</summary>
internal static class SessionGuidance
{
    public const string Easy = "Easy, conversational pace.";
    public const string Long = "Easy pace throughout.";
    public const string LongFuelled = "Easy pace; after the first hour take 30-60 g carbohydrate per hour.";
    public const string VeryLongFuelled = "Easy pace; take 30-60 g carbohydrate per hour, up to 90 g per hour beyond 2.5 h.";
    public const string Tempo = "Warm up 10-15 min, run 20 min comfortably hard, cool down; strides or hill sprints are good alternatives.";
    public const string Interval = "Warm up 15 min easy, then 5-6 x 3 min hard with 2-3 min easy jogging between, cool down 10 min.";
    public const string Legs = "Squats, Romanian deadlifts, lunges and calf raises: 3-4 hard sets each.";
    public const string LegsBeforeRun = "Lift first, run at least 6 h later: squats, Romanian deadlifts, lunges and calf raises, 3-4 hard sets each.";
    public const string LegsMaintenance = "Heavy but short: squats, Romanian deadlifts and calf raises, 2-3 sets each, well short of failure.";
}
