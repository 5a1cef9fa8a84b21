using System.Text.Json;

namespace RunStrong.Gateway.Tests;

/// <summary>Request bodies as small builders, and reading problem+json answers.</summary>
internal static class Requests
{
    public static object Profile(double weightKg = 64.5) => new
    {
        sex = "female", birthYear = 1990, heightCm = 172, weightKg, bodyFatPercent = 18, bodyFatMethod = "bia",
        runningExperienceMonths = 30, goal = "maintain", phase = "base",
    };

    public static object Run(string id, string? startedAt = null, double distanceKm = 10, string kind = "easy") =>
        new { id, startedAt = startedAt ?? TestDates.MorningOf(TestDates.DaysAgo(5)), distanceKm, durationMin = 55, kind };

    /// <summary>Asserts an RFC 7807 body with the given status, and returns it for further checks.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The fields a validation problem names.</summary>
    public static IEnumerable<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);
}
