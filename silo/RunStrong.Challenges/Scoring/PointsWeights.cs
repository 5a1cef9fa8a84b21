using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// How the points metric weighs the four levers. A product choice, not a study's: one leg session is worth
/// about an easy 10 km and a day on protein target about 5 km, so a runner who only piles up kilometres
/// does not outscore one who also lifts and eats for muscle (the coaching rules ask for 2 leg sessions a
/// week and protein daily, docs/COACHING.md). A balanced week earns a bonus on top of its parts.
/// </summary>
public static class PointsWeights
{
    public static readonly Score PerKm = Score.Whole(1);

    public static readonly Score PerLegSession = Score.Whole(10);

    public static readonly Score PerProteinDay = Score.Whole(5);

    public static readonly Score PerBalancedWeek = Score.Whole(20);
}
