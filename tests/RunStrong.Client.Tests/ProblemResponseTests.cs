using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using RunStrong.Client.Models;

namespace RunStrong.Client.Tests;

/// <summary>Refusals reach client code as exceptions carrying the problem's status and detail.</summary>
public sealed class ProblemResponseTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_negative_distance_is_a_problem_naming_the_field()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => gym.Api.T[tenantId].Athletes["ana"].Runs.PostAsync(
            new RunInput { StartedAt = DateTimeOffset.UtcNow.AddHours(-2), DistanceKm = -5, DurationMin = 30, Kind = "easy" }, cancellationToken: Cancel));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Equal(400, problem.Status);
        Assert.Equal("The request has invalid fields.", problem.Title);
        // `errors` maps each field to its messages; Kiota keeps such a map's entries as untyped nodes.
        var messages = Assert.IsType<UntypedArray>(problem.Errors!.AdditionalData["distanceKm"]);
        var message = Assert.IsType<UntypedString>(Assert.Single(messages.GetValue()));
        Assert.Contains("distanceKm", message.GetValue(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_athlete_is_a_404()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;

        var problem = await Assert.ThrowsAnyAsync<ApiException>(() => gym.Api.T[tenantId].Athletes["nobody"].GetAsync(cancellationToken: Cancel));

        Assert.Equal(404, problem.ResponseStatusCode);
    }

    [Fact]
    public async Task A_file_that_is_no_activity_is_a_problem_with_its_status_and_detail()
    {
        var (gym, tenantId) = await GymClients.CreateAsync(fixture.Platform);
        using var _ = gym;
        var ana = gym.Api.T[tenantId].Athletes["ana"];
        await ana.PutAsync(GymClients.Profile(), cancellationToken: Cancel);
        using var notAnActivity = new MemoryStream("date,distance\n2026-01-01,10\n"u8.ToArray());

        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => ana.Activities.UploadAsync(notAnActivity, "application/octet-stream", Cancel));

        Assert.Equal(415, problem.ResponseStatusCode);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }
}
