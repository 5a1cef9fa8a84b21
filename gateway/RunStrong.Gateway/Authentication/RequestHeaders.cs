namespace RunStrong.Gateway.Authentication;

/// <summary>Headers clients send to authenticate (docs/API.md).</summary>
public static class RequestHeaders
{
    public const string ApiKey = "X-Api-Key";
    public const string AdminKey = "X-Admin-Key";
}
