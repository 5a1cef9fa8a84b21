namespace RunStrong.Coaching.Tests.Builders;

internal static class ValidationAssert
{
    /// <summary>Asserts that validation failed and that <paramref name="field"/> is among the fields named.</summary>
    public static FieldError Rejects<T>(Validated<T> result, string field)
        where T : class
    {
        Assert.False(result.IsValid, $"expected {field} to be rejected");
        Assert.Null(result.Value);
        return Assert.Single(result.Errors, e => e.Field == field);
    }

    /// <summary>Asserts that validation failed naming exactly the one field.</summary>
    public static FieldError RejectsOnly<T>(Validated<T> result, string field)
        where T : class
    {
        var error = Rejects(result, field);
        Assert.Single(result.Errors);
        return error;
    }

    public static T Accepts<T>(Validated<T> result)
        where T : class
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(result.Errors);
        return result.Value;
    }
}
