namespace RunStrong.Members;

/// <summary>One member on a page, with its key in the page's sort (what a cursor after it holds).</summary>
public sealed record RosterItem(MemberListing Listing, string Key);
