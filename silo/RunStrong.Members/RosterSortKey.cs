using System.Globalization;

namespace RunStrong.Members;

/// <summary>
/// Each listing's position in each sort as one ordinal string, ending in the athlete id so that no two
/// members share a key. A page cursor is the last key served: the next page starts after it, so members
/// added meanwhile never shift a page (they appear in their place, before or after the cursor).
/// </summary>
public static class RosterSortKey
{
    /// <summary>Sorts before every character a folded name holds, so "li" + separator sorts before "lia".</summary>
    private const char Separator = '\u0001';

    public static string Of(MemberListing listing, RosterSort sort) => sort switch
    {
        RosterSort.Name => string.Concat(
            NameKey(listing.LastName, listing.FirstName, listing.AthleteId), Separator.ToString(), listing.AthleteId),
        RosterSort.Risk => string.Concat(
            RiskRank(listing.Risk), Day(listing.LastActivityOn, never: "00000000"), Separator.ToString(), listing.AthleteId),
        RosterSort.LastActive => string.Concat(
            Descending(listing.LastActivityOn), Separator.ToString(), listing.AthleteId),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    /// <summary>
    /// Last name, then first name; a member with one name sorts by it; a member with none (an athlete no import
    /// named) sorts after every named member, by id.
    /// </summary>
    private static string NameKey(string? lastName, string? firstName, string athleteId)
    {
        var last = string.Join(' ', SearchFolding.Words(lastName));
        var first = string.Join(' ', SearchFolding.Words(firstName));
        if (last.Length == 0 && first.Length == 0)
        {
            return "\uffff" + SearchFolding.Fold(athleteId);
        }

        return last.Length == 0 ? first : string.Concat(last, Separator.ToString(), first);
    }

    private static string RiskRank(MuscleRetentionRisk? risk) => risk switch
    {
        MuscleRetentionRisk.High => "0",
        MuscleRetentionRisk.Moderate => "1",
        MuscleRetentionRisk.Low => "2",
        _ => "3",
    };

    private static string Day(DateOnly? day, string never) =>
        day is { } d ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : never;

    /// <summary>Newest day first: the distance from the last representable day, zero-padded.</summary>
    private static string Descending(DateOnly? day) =>
        day is { } d ? (DateOnly.MaxValue.DayNumber - d.DayNumber).ToString("D8", CultureInfo.InvariantCulture) : "99999999";
}
