using System.Security.Cryptography;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Tenant ids for the scenarios' gyms: a fresh one each, so runs never share a tenant.</summary>
public static class ImportTenant
{
    public static string NewId() => $"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
