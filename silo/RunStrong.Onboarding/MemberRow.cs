namespace RunStrong.Onboarding;

/// <summary>
/// One data row of a member file: <paramref name="Index"/> counts data rows from 0 (blank lines are not rows),
/// <paramref name="Line"/> is where the row starts. <paramref name="Member"/> is null exactly when
/// <paramref name="Errors"/> is non-empty.
/// </summary>
public sealed record MemberRow(long Index, long Line, MemberRecord? Member, IReadOnlyList<RowError> Errors);
