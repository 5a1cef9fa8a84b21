namespace RunStrong.Contracts.Tenants;

/// <summary>Gyms onboard members in bulk; clubs run team challenges. Each kind has its own gateway route.</summary>
[GenerateSerializer]
public enum TenantKind
{
    Gym,
    Club,
}
