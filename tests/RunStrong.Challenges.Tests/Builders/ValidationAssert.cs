using RunStrong.Coaching.Validation;

namespace RunStrong.Challenges.Tests.Builders;

internal static class ValidationAssert
{
    /// <summary>Asserts that validation failed naming exactly <paramref name="fields"/>, each once.</summary>
    public static void RejectsOnly<T>(Validated<T> result, params string[] fields)
        where T : class
    {
        Assert.False(result.IsValid, $"expected {string.Join(", ", fields)} to be rejected");
        Assert.Null(result.Value);
        Assert.Equal(fields.Order(StringComparer.Ordinal), result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    /// <summary>The message of the single error naming <paramref name="field"/>.</summary>
    public static string MessageFor<T>(Validated<T> result, string field)
        where T : class => Assert.Single(result.Errors, e => e.Field == field).Message;

    public static T Accepts<T>(Validated<T> result)
        where T : class
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(result.Errors);
        return result.Value;
    }
}
