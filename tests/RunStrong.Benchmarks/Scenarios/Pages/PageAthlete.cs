using System.Globalization;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Pages;

/// <summary>An athlete with what a coached athlete's page shows: twelve weeks of runs, leg sessions, food days and weigh-ins.</summary>
internal static class PageAthlete
{
    public const string Id = "page-athlete-1";

    public static async Task SeedAsync(HttpClient gateway, string athletePath, string apiKey, CancellationToken cancellationToken)
    {
        var profile = new
        {
            sex = "male", birthYear = 1986, heightCm = 181, weightKg = 76, bodyFatPercent = 16, bodyFatMethod = "bia",
            runningExperienceMonths = 48, goal = "maintain", phase = "build",
        };
        await TenantRequests.WaitUntilAdmittedAsync(gateway, athletePath[..athletePath.LastIndexOf('/')], apiKey, cancellationToken);
        await SendAsync(HttpMethod.Put, "", profile);
        var today = DateTime.UtcNow.Date;
        for (var day = 1; day <= 84; day++)
        {
            var date = today.AddDays(-day);
            if (day % 2 == 1)
            {
                var run = new { startedAt = Iso(date.AddHours(7)), distanceKm = 6 + (day % 7), durationMin = 36 + (5 * (day % 7)), kind = day % 6 == 1 ? "tempo" : "easy", rpe = 5 };
                await SendAsync(HttpMethod.Post, "/runs", run);
            }

            if (day % 4 == 0)
            {
                var session = new
                {
                    startedAt = Iso(date.AddHours(18)), durationMin = 40, rpe = 7,
                    exercises = new[] { new { name = "Split squat", muscleGroups = new[] { "quads", "glutes" }, sets = 4, reps = 8, loadKg = 30 } },
                };
                await SendAsync(HttpMethod.Post, "/strength-sessions", session);
            }

            if (day <= 28 && day % 3 != 0)
            {
                await SendAsync(HttpMethod.Put, $"/nutrition/{date:yyyy-MM-dd}", new { caloriesKcal = 2600, proteinG = 95 + (day % 5 * 10), carbsG = 330 });
            }

            if (day % 14 == 0)
            {
                await SendAsync(HttpMethod.Post, "/measurements", new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), weightKg = 76 + (day / 28.0), bodyFatPercent = 16, bodyFatMethod = "bia" });
            }
        }

        async Task SendAsync(HttpMethod method, string path, object body)
        {
            using var request = TenantRequests.Create(method, athletePath + path, apiKey, body);
            using var response = await gateway.SendAsync(request, cancellationToken);
            await response.EnsureAsync($"{method} {path}", cancellationToken);
        }
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
