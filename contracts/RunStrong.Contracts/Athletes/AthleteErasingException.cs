namespace RunStrong.Contracts.Athletes;

/// <summary>
/// Thrown by an athlete grain that is being erased, for every call but the erase itself: to the HTTP API the
/// athlete no longer exists (404), whichever route asked.
/// </summary>
[GenerateSerializer]
public sealed class AthleteErasingException : Exception
{
    public AthleteErasingException()
    {
    }

    public AthleteErasingException(string athleteId)
        : base($"Athlete '{athleteId}' is being erased.") => AthleteId = athleteId;

    public AthleteErasingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    [Id(0)]
    public string AthleteId { get; } = "";
}
