using RunStrong.Coaching.Validation;
using RunStrong.Onboarding;

namespace RunStrong.Contracts.Athletes;

/// <summary>What an edit of a member's identity did: the identity it stored, or the fields that stopped it.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberEdit(
    [property: Id(0)] MemberIdentity? Member,
    [property: Id(1)] IReadOnlyList<FieldError> Errors);
