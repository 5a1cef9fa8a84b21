namespace RunStrong.Onboarding;

/// <summary>
/// A field a JSON merge patch (RFC 7396) sent, with its value, which may be null. A field the patch left out has
/// no <see cref="PatchValue"/> at all, so "unchanged" and "set to null" stay apart.
/// </summary>
public sealed record PatchValue(string? Value);
