using Microsoft.Kiota.Abstractions.Serialization;
using RunStrong.Client.Models;

namespace RunStrong.Client.Tests;

/// <summary>
/// Refusals reach client code as the document's problem type (a Kiota ApiException) carrying the answer's status
/// and the problem's fields.
/// </summary>
public sealed class ProblemResponseTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_negative_distance_is_a_problem_naming_the_field()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => gym.Api.T[tenantId].Athletes["ana"].Runs.PostAsync(
            new RunInput { StartedAt = DateTimeOffset.UtcNow.AddHours(-2), DistanceKm = -5, DurationMin = 30, Kind = "easy" }, cancellationToken: Cancel));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(400, problem.Status);
        Assert.Equal("The request has invalid fields.", problem.Title);
        // `errors` maps each field to its messages; Kiota keeps such a map's entries as untyped nodes.
        var messages = Assert.IsType<UntypedArray>(problem.Errors!.AdditionalData["distanceKm"]);
        var message = Assert.IsType<UntypedString>(Assert.Single(messages.GetValue()));
        Assert.Equal("distanceKm must be between 0.1 and 400 km.", message.GetValue());
    }

    [Fact]
    public async Task An_unknown_athlete_is_a_404_problem_saying_so()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => gym.Api.T[tenantId].Athletes["nobody"].GetAsync(cancellationToken: Cancel));

        Assert.Equal(404, problem.ResponseStatusCode);
        Assert.Equal(404, problem.Status);
        Assert.Equal("No athlete 'nobody'.", problem.Detail);
    }

    [Fact]
    public async Task A_gpx_route_without_times_is_a_422_problem_with_its_code_and_detail()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var ana = gym.Api.T[tenantId].Athletes["ana"];
        await ana.PutAsync(GymClients.Profile(), cancellationToken: Cancel);
        await using var route = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cerknicko-without-times.gpx"));

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => ana.Activities.PostAsync(route, "application/gpx+xml", cancellationToken: Cancel));

        Assert.Equal(422, problem.ResponseStatusCode);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        // Fields the schema does not list (the activity problem's code) are kept as additional data.
        Assert.Equal("noTimedTrack", problem.AdditionalData["problem"]);
    }

    [Fact]
    public async Task A_file_that_is_no_activity_format_is_a_415_problem()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var ana = gym.Api.T[tenantId].Athletes["ana"];
        await ana.PutAsync(GymClients.Profile(), cancellationToken: Cancel);
        using var csv = new MemoryStream("date,distance\n2026-01-01,10\n"u8.ToArray());

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => ana.Activities.PostAsync(csv, "application/octet-stream", cancellationToken: Cancel));

        Assert.Equal(415, problem.ResponseStatusCode);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }
}
