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

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}
