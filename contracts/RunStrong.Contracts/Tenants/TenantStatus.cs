namespace RunStrong.Contracts.Tenants;

/// <summary>An active tenant's keys work; a suspended tenant's keys are refused with 403 until it is resumed.</summary>
[GenerateSerializer]
public enum TenantStatus
{
    Active,
    Suspended,
}
