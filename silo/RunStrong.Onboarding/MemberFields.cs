namespace RunStrong.Onboarding;

/// <summary>Names and kinds of the member file's columns: the camelCase names used in headers, JSON and errors.</summary>
internal static class MemberFields
{
    public static readonly MemberField[] All = Enum.GetValues<MemberField>();

    private static readonly string[] Names = [.. All.Select(field => WireNames.Of(field))];

    public static string Name(this MemberField field) => Names[(int)field];

    /// <summary>Email and goal may be left out of a file altogether; every other column must be in the header.</summary>
    public static bool IsRequiredColumn(this MemberField field) => field is not (MemberField.Email or MemberField.Goal);

    public static bool IsNumber(this MemberField field) => field is MemberField.BirthYear or MemberField.HeightCm or MemberField.WeightKg;

    /// <summary>Position in the documented header, for ordering errors; unknown names sort last.</summary>
    public static int Order(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? Names.Length : index;
    }

    public static MemberField? FromName(ReadOnlySpan<char> name, StringComparison comparison)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.Equals(Names[i], comparison))
            {
                return All[i];
            }
        }

        return null;
    }
}
