namespace RunStrong.Challenges.Rules;

/// <summary>What a challenge counts (wire names: distanceKm, legSessions, proteinDays, balancedWeeks, points).</summary>
public enum ChallengeMetric
{
    /// <summary>Kilometres run.</summary>
    DistanceKm,

    /// <summary>Strength sessions that load the legs (calves, quads, hamstrings or glutes).</summary>
    LegSessions,

    /// <summary>Days whose logged protein reached the daily target per kg of body mass.</summary>
    ProteinDays,

    /// <summary>Challenge weeks that balanced running, intensity, leg strength and protein (<see cref="Scoring.BalancedWeek"/>).</summary>
    BalancedWeeks,

    /// <summary>The other four combined with the weights of <see cref="Scoring.PointsWeights"/>.</summary>
    Points,
}
