using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// The club's requests the scenario makes through the gateway with the club's key: its challenge, teams,
/// athletes, memberships, runs and the two reads. Every path is built here. Holds no connection: each part
/// of the load sends with its own client.
/// </summary>
public sealed class ClubApi(string tenantId, string apiKey, string challengeId)
{
    public string TenantId => tenantId;

    public string ChallengesPath => $"api/t/{tenantId}/challenges";

    private string ChallengePath => $"{ChallengesPath}/{challengeId}";

    /// <summary>A distanceKm challenge with absolute scores and team totals (the defaults).</summary>
    public HttpRequestMessage CreateChallenge(DateOnly startsOn, DateOnly endsOn) =>
        Request(HttpMethod.Post, ChallengesPath, new { id = challengeId, name = "Benchmark distance challenge", startsOn, endsOn, metric = "distanceKm" });

    public HttpRequestMessage AddTeam(int team) =>
        Request(HttpMethod.Post, $"{ChallengePath}/teams", new { id = ClubRoster.TeamId(team), name = string.Create(CultureInfo.InvariantCulture, $"Team {team + 1}") });

    /// <summary>An athlete's profile (as tests/RunStrong.Gateway.Tests/Requests.cs), varied a little per athlete.</summary>
    public HttpRequestMessage PutProfile(int athlete) => PutProfile(ClubRoster.AthleteId(athlete), athlete);

    public HttpRequestMessage PutProfile(string athleteId, int athlete) =>
        Request(HttpMethod.Put, AthletePath(athleteId), new
        {
            sex = athlete % 2 == 0 ? "female" : "male", birthYear = 1960 + athlete % 45, heightCm = 155 + athlete % 40, weightKg = 52 + athlete % 40 + 0.5,
            bodyFatPercent = 18, bodyFatMethod = "bia", runningExperienceMonths = 30, goal = "maintain", phase = "base",
        });

    public HttpRequestMessage Join(int athlete, int team) =>
        Request(HttpMethod.Put, $"{ChallengePath}/teams/{ClubRoster.TeamId(team)}/members/{ClubRoster.AthleteId(athlete)}");

    public HttpRequestMessage LogRun(LoggedRun run) => LogRun(ClubRoster.AthleteId(run.Athlete), run);

    public HttpRequestMessage LogRun(string athleteId, LoggedRun run) => Request(HttpMethod.Post, $"{AthletePath(athleteId)}/runs", run.Body);

    public HttpRequestMessage Leaderboard(int top) =>
        Request(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"{ChallengePath}/leaderboard?top={top}"));

    public HttpRequestMessage Standing(int athlete) => Request(HttpMethod.Get, $"{ChallengePath}/athletes/{ClubRoster.AthleteId(athlete)}");

    public async Task<LeaderboardView> GetLeaderboardAsync(HttpClient http, int top, CancellationToken cancellationToken)
    {
        using var request = Leaderboard(top);
        using var response = await http.SendAsync(request, cancellationToken);
        await response.EnsureAsync("read the leaderboard", cancellationToken);
        return await response.Content.ReadFromJsonAsync<LeaderboardView>(cancellationToken)
            ?? throw new InvalidOperationException("The leaderboard had no body.");
    }

    /// <summary>The athlete's standing, or null while they are not on the leaderboard's snapshot (404).</summary>
    public async Task<StandingView?> GetStandingAsync(HttpClient http, int athlete, CancellationToken cancellationToken)
    {
        using var request = Standing(athlete);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await response.EnsureAsync($"read the standing of {ClubRoster.AthleteId(athlete)}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<StandingView>(cancellationToken)
            ?? throw new InvalidOperationException("The standing had no body.");
    }

    private string AthletePath(string athleteId) => $"api/t/{tenantId}/athletes/{athleteId}";

    private HttpRequestMessage Request(HttpMethod method, string path, object? body = null) => TenantRequests.Create(method, path, apiKey, body);
}
