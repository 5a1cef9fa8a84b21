namespace RunStrong.Client;

/// <summary>The headers the gateway reads keys from (docs/API.md): the same names the gateway's own code uses.</summary>
public static class KeyHeaders
{
    /// <summary>A tenant (staff) key or an athlete key.</summary>
    public const string ApiKey = "X-Api-Key";

    /// <summary>The platform admin key (tenant creation, suspension, keys).</summary>
    public const string AdminKey = "X-Admin-Key";
}
