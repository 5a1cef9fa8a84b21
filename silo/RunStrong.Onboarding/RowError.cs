namespace RunStrong.Onboarding;

/// <summary>
/// One problem with one row of a member file. <paramref name="Line"/> is the 1-based physical line where the
/// row starts (a CSV header is line 1), so a gym can find it in a text editor; <paramref name="Field"/> is the
/// camelCase column name, or <c>body</c> when an NDJSON line is not a JSON object.
/// </summary>
public sealed record RowError(long Line, string Field, string Message);
