using RunStrong.Challenges.Standings;

namespace RunStrong.Silo.Grains;

/// <summary>What a challenge shard persists: its athletes' latest scores, and who left at which revision.</summary>
public sealed class ChallengeShardState
{
    public List<Participant> Participants { get; set; } = [];

    public List<Departure> Departures { get; set; } = [];
}
