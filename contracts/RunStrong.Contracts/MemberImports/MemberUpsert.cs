using RunStrong.Members;

namespace RunStrong.Contracts.MemberImports;

/// <summary>What importing one member row did, and the member's directory listing for the import to publish.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberUpsert(
    [property: Id(0)] MemberOutcome Outcome,
    [property: Id(1)] MemberListing? Listing);
