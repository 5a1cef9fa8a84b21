namespace RunStrong.Testing;

/// <summary>A tenant created for one test, with its first key.</summary>
public sealed record TestTenant(string Id, string ApiKey, string KeyId)
{
    public string AthletePath(string athleteId) => $"/api/t/{Id}/athletes/{athleteId}";
}
