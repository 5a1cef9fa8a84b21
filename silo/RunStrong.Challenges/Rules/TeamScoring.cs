namespace RunStrong.Challenges.Rules;

/// <summary>How a team's score combines its members' (wire names: total, average).</summary>
public enum TeamScoring
{
    /// <summary>The sum of the members' scores: bigger teams can score more.</summary>
    Total,

    /// <summary>The mean of the members' scores: teams of different sizes compete evenly.</summary>
    Average,
}
