namespace RunStrong.Onboarding;

/// <summary>
/// The rules for a member's name and email: the one validator of both, whether a gym's file imports them or
/// staff edit them, so an edited member is never one the import would refuse. Values are trimmed and blank
/// counts as absent, as an empty spreadsheet cell does.
/// </summary>
public static class MemberIdentityRules
{
    public const int MaxNameLength = 100;

    // RFC 5321 caps a forward path at 256 octets including the angle brackets: 254 for the address itself.
    public const int MaxEmailLength = 254;

    /// <summary>A first or last name: required, at most <see cref="MaxNameLength"/> characters. Null when it fails.</summary>
    public static string? Name(FieldChecks checks, string field, string? value)
    {
        var name = Trimmed(value);
        if (name is null)
        {
            checks.Add(field, $"{field} is required.");
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            checks.Add(field, $"{field} must be at most {MaxNameLength} characters.");
            return null;
        }

        return name;
    }

    /// <summary>An optional email: null when absent or when it fails (then with an error naming <c>email</c>).</summary>
    public static string? Email(FieldChecks checks, string? value)
    {
        var field = MemberField.Email.Name();
        var email = Trimmed(value);
        if (email is null)
        {
            return null;
        }

        if (email.Length > MaxEmailLength)
        {
            checks.Add(field, $"{field} must be at most {MaxEmailLength} characters.");
            return null;
        }

        if (!LooksLikeAddress(email))
        {
            checks.Add(field, $"{field} must be an address like name@example.com.");
            return null;
        }

        return email;
    }

    private static string? Trimmed(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>
    /// A plausibility check, not RFC 5322: one '@' with text before it and a dotted domain after it, no spaces.
    /// Only delivery proves an address; this catches columns shifted by one and phone numbers in the email column.
    /// </summary>
    private static bool LooksLikeAddress(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || email.IndexOf('@', at + 1) >= 0 || email.AsSpan().ContainsAnyInRange('\0', ' '))
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        var dot = domain.IndexOf('.');
        return dot > 0 && domain[^1] != '.' && !domain.Contains("..", StringComparison.Ordinal);
    }
}
