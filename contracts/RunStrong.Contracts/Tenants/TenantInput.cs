using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Identity;

namespace RunStrong.Contracts.Tenants;

/// <summary>A tenant as the admin sends it (<c>POST /api/admin/tenants</c>); limits are optional.</summary>
public sealed record TenantInput(string? Id, string? Name, string? Kind, TenantLimitsInput? Limits)
{
    public const int MaxNameLength = 100;

    public Validated<TenantRegistration> Validate()
    {
        var checks = new FieldChecks();
        if (Id is null)
        {
            checks.Add("id", "id is required.");
        }

        var id = checks.Matches(Id, "id", TenantId.IsValid, TenantId.Rule);
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            checks.Add("name", $"name is required and at most {MaxNameLength} characters.");
        }

        var kind = checks.OneOf<TenantKind>(Kind, "kind", required: true);
        var limits = Limits is null ? TenantLimits.Default : Limits.Check(checks, "limits.");
        return checks.HasErrors
            ? Validated<TenantRegistration>.Failed(checks.Errors)
            : Validated<TenantRegistration>.Ok(new TenantRegistration(id!, name!, kind!.Value, limits!));
    }
}
