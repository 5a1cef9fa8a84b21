namespace RunStrong.Onboarding;

/// <summary>
/// The rules for a member's names, email and phone: the one validator of each, whether a gym's file imports them or
/// staff edit them, so an edited member is never one the import would refuse. Values are trimmed and blank
/// counts as absent, as an empty spreadsheet cell does. A member needs one name, first or last: gym systems hold
/// members known by one name (and exports with only a full-name column put it in one of the two).
/// </summary>
public static class MemberIdentityRules
{
    public const int MaxNameLength = 100;

    // RFC 5321 caps a forward path at 256 octets including the angle brackets: 254 for the address itself.
    public const int MaxEmailLength = 254;

    // Loose on purpose: gym exports write numbers every way ("+44 (0)20 7946 0958", "030/123456", "555.123.4567").
    // E.164 allows 15 digits; a few more leave room for a trunk prefix or an extension.
    public const int MinPhoneDigits = 5, MaxPhoneDigits = 20, MaxPhoneLength = 40;

    /// <summary>
    /// The two names: each optional and at most <see cref="MaxNameLength"/> characters, but not both absent (an error
    /// naming <c>firstName</c>). An absent name is empty. Null when either fails.
    /// </summary>
    public static (string First, string Last)? Names(FieldChecks checks, string? firstName, string? lastName)
    {
        var first = OptionalName(checks, MemberField.FirstName.Name(), firstName);
        var last = OptionalName(checks, MemberField.LastName.Name(), lastName);
        if (first is null || last is null)
        {
            return null;
        }

        if (first.Length == 0 && last.Length == 0)
        {
            var field = MemberField.FirstName.Name();
            checks.Add(field, $"{field} or {MemberField.LastName.Name()} is required: a member needs at least one name.");
            return null;
        }

        return (first, last);
    }

    /// <summary>An optional phone number: digits with spaces, + - ( ) . / between them. Null when absent or when it fails.</summary>
    public static string? Phone(FieldChecks checks, string? value)
    {
        var field = MemberField.Phone.Name();
        var phone = Trimmed(value);
        if (phone is null)
        {
            return null;
        }

        var digits = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')' or '.' or '/'))
            {
                checks.Add(field, $"{field} may hold only digits, spaces and + - ( ) . /.");
                return null;
            }
        }

        if (phone.Length > MaxPhoneLength || digits is < MinPhoneDigits or > MaxPhoneDigits)
        {
            checks.Add(field, $"{field} must have {MinPhoneDigits}-{MaxPhoneDigits} digits and at most {MaxPhoneLength} characters.");
            return null;
        }

        return phone;
    }

    /// <summary>A name that may be absent (empty), at most <see cref="MaxNameLength"/> characters. Null when too long.</summary>
    private static string? OptionalName(FieldChecks checks, string field, string? value)
    {
        var name = Trimmed(value) ?? string.Empty;
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
