using RunStrong.Coaching.Validation;

namespace RunStrong.Contracts.Tenants;

/// <summary>Limits as the admin sends them; a missing field keeps its default.</summary>
public sealed record TenantLimitsInput(int? RequestsPerMinute, int? Burst, long? MaxBodyBytes)
{
    public Validated<TenantLimits> Validate()
    {
        var checks = new FieldChecks();
        var limits = Check(checks, "");
        return checks.HasErrors ? Validated<TenantLimits>.Failed(checks.Errors) : Validated<TenantLimits>.Ok(limits!);
    }

    internal TenantLimits? Check(FieldChecks checks, string prefix)
    {
        var defaults = TenantLimits.Default;
        var rate = checks.InRange(RequestsPerMinute, $"{prefix}requestsPerMinute", 1, TenantLimits.MaxRequestsPerMinute) ?? defaults.RequestsPerMinute;
        var burst = checks.InRange(Burst, $"{prefix}burst", 1, TenantLimits.MaxRequestsPerMinute) ?? defaults.Burst;
        long body = defaults.MaxBodyBytes;
        if (MaxBodyBytes is { } bytes)
        {
            if (bytes is < 1024 or > TenantLimits.LargestBodyBytes)
            {
                checks.Add($"{prefix}maxBodyBytes", $"{prefix}maxBodyBytes must be between 1024 and {TenantLimits.LargestBodyBytes}.");
            }
            else
            {
                body = bytes;
            }
        }

        return checks.HasErrors ? null : new TenantLimits(rate, burst, body);
    }
}
