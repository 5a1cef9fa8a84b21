namespace RunStrong.Silo.Grains;

public sealed class ChallengeRegistryState
{
    /// <summary>Newest first.</summary>
    public List<string> ChallengeIds { get; set; } = [];
}
