namespace RunStrong.Onboarding;

/// <summary>
/// Names and kinds of the member file's columns: the camelCase names used in headers, JSON and errors, and the
/// other titles gym systems export them under ("Member ID", "E-mail Address", "Date of Birth", "Gender").
/// </summary>
internal static class MemberFields
{
    public static readonly MemberField[] All = Enum.GetValues<MemberField>();

    private static readonly string[] Names = [.. All.Select(field => WireNames.Of(field))];

    /// <summary>
    /// Every accepted title, folded (<see cref="Fold"/>), with its field. Bare "height" and "weight" are left out on
    /// purpose: without a unit they may be inches or pounds, which would pass the range checks as nonsense.
    /// </summary>
    private static readonly Dictionary<string, MemberField> Titles = BuildTitles();

    /// <summary>The longest folded title: a longer header cell names no field and is not folded at all.</summary>
    private static readonly int MaxTitleLength = Titles.Keys.Max(title => title.Length);

    public static string Name(this MemberField field) => Names[(int)field];

    /// <summary>Only the external id and a name column are needed; every other column may be left out of a file.</summary>
    public static bool IsRequiredColumn(this MemberField field) => field is MemberField.ExternalId;

    /// <summary>A file needs a first-name or a last-name column (or both): a member needs at least one name.</summary>
    public static bool IsNameColumn(this MemberField field) => field is MemberField.FirstName or MemberField.LastName;

    public static bool IsNumber(this MemberField field) => field is MemberField.BirthYear or MemberField.HeightCm or MemberField.WeightKg;

    /// <summary>Position in the documented header, for ordering errors; unknown names sort last.</summary>
    public static int Order(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? Names.Length : index;
    }

    /// <summary>
    /// The field a column title or JSON property names: its camelCase name or a gym system's title for it, matched
    /// ignoring case and every character but letters and digits ("Email Address", "email_address", "E-mail address").
    /// </summary>
    public static MemberField? FromTitle(ReadOnlySpan<char> title)
    {
        Span<char> folded = stackalloc char[MaxTitleLength];
        var length = 0;
        foreach (var c in title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (length == folded.Length)
            {
                return null;
            }

            folded[length++] = char.ToLowerInvariant(c);
        }

        return Titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded[..length], out var field) ? field : null;
    }

    private static Dictionary<string, MemberField> BuildTitles()
    {
        var titles = new Dictionary<string, MemberField>(StringComparer.Ordinal);
        foreach (var field in All)
        {
            titles.Add(Names[(int)field].ToLowerInvariant(), field);
        }

        void Alias(MemberField field, params string[] folded)
        {
            foreach (var title in folded)
            {
                titles.Add(title, field);
            }
        }

        Alias(MemberField.ExternalId, "memberid", "membernumber", "memberno");
        Alias(MemberField.FirstName, "givenname", "forename");
        Alias(MemberField.LastName, "surname", "familyname");
        Alias(MemberField.Email, "emailaddress");
        Alias(MemberField.Phone, "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone");
        Alias(MemberField.Sex, "gender");
        Alias(MemberField.BirthDate, "dateofbirth", "dob", "birthday");
        Alias(MemberField.BirthYear, "yearofbirth");
        Alias(MemberField.HeightCm, "heightincm");
        Alias(MemberField.WeightKg, "weightinkg");
        return titles;
    }
}
