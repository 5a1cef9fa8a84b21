namespace RunStrong.Challenges.Standings;

/// <summary>
/// What a shard reports to its challenge: participants and departures (all of them, or those changed since
/// the last flush), and when the oldest of those changes reached the shard (for the flush-lag metric).
/// </summary>
public sealed record ShardStandings(
    int Shard,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Departure> Departures,
    DateTimeOffset? OldestChangeAt);
