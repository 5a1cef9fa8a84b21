using System.Net.Http.Headers;
using System.Text.Json;

namespace RunStrong.Gateway.Tests.Activities;

/// <summary>Sending activity files through the gateway, and the real device files the tests send.</summary>
internal static class ActivityUploads
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ActivityFixtures", name));

    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string athletePath, byte[] file, string? contentType = "application/octet-stream", string? contentEncoding = null)
    {
        using var content = new ByteArrayContent(file);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (contentEncoding is not null)
        {
            content.Headers.ContentEncoding.Add(contentEncoding);
        }

        return await client.PostAsync($"{athletePath}/activities", content, Cancel);
    }

    /// <summary>Uploads and asserts the status, returning the activity.</summary>
    public static async Task<JsonElement> UploadOkAsync(HttpClient client, string athletePath, byte[] file, HttpStatusCode expected = HttpStatusCode.Created, string? contentType = "application/octet-stream", string? contentEncoding = null)
    {
        using var response = await UploadAsync(client, athletePath, file, contentType, contentEncoding);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"upload answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A new tenant with an athlete "runner" who has a profile, and a client holding the tenant's key.</summary>
    public static async Task<(HttpClient Client, string Athlete)> NewAthleteAsync(InProcessPlatform platform)
    {
        var tenant = await platform.CreateTenantAsync();
        var client = platform.TenantClient(tenant.ApiKey);
        var athlete = tenant.AthletePath("runner");
        (await client.PutAsJsonAsync(athlete, Requests.Profile(), Cancel)).EnsureSuccessStatusCode();
        return (client, athlete);
    }

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}
