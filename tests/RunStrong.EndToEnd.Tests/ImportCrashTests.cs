using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RunStrong.EndToEnd.Tests;

/// <summary>A gym import survives its silos being killed mid-file: it resumes and imports each member exactly once.</summary>
public sealed class ImportCrashTests(AppHostFixture platform)
{
    private const int Members = 12_000;
    private static readonly TimeSpan ResumeTimeout = TimeSpan.FromMinutes(4);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_every_silo_mid_import_then_restarting_completes_the_job_with_one_member_per_external_id()
    {
        var (tenantId, apiKey) = await CreateGymAsync();
        string location;
        using (var client = Client(apiKey))
        {
            using var content = new StringContent(MemberFile(), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var accepted = await client.PostAsync($"/api/t/{tenantId}/imports", content, Cancel);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            location = accepted.Headers.Location!.ToString();
            await PollAsync(client, location, job => job.GetProperty("processed").GetInt64() > 0, TimeSpan.FromMinutes(1));
        }

        var silos = SiloProcesses.Of(platform.ClusterId);
        Assert.NotEmpty(silos);
        foreach (var pid in silos)
        {
            SiloProcesses.Kill(pid);
        }

        await platform.RestartAsync();

        using var after = Client(apiKey);
        var done = await PollAsync(after, location, job => job.GetProperty("status").GetString() is "completed" or "failed", ResumeTimeout);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal((long)Members, done.GetProperty("processed").GetInt64());
        Assert.Equal(0, done.GetProperty("failed").GetInt64());
        Assert.Equal(Members, done.GetProperty("created").GetInt64() + done.GetProperty("unchanged").GetInt64());
        Assert.Equal(0, done.GetProperty("updated").GetInt64());
        foreach (var number in new[] { 1, Members / 2, Members })
        {
            var athlete = await after.GetFromJsonAsync<JsonElement>($"/api/t/{tenantId}/athletes/member-{number}", Cancel);
            Assert.Equal(JsonValueKind.Object, athlete.GetProperty("profile").ValueKind);
        }
    }

    private async Task<(string TenantId, string ApiKey)> CreateGymAsync()
    {
        using var admin = platform.Gateway();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", platform.AdminKey);
        var tenantId = $"crash-{Guid.NewGuid():N}"[..24];
        using var created = await admin.PostAsJsonAsync("/api/admin/tenants", new { id = tenantId, name = "Crash Gym", kind = "gym" }, Cancel);
        created.EnsureSuccessStatusCode();
        return (tenantId, (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("apiKey").GetString()!);
    }

    private HttpClient Client(string apiKey)
    {
        var client = platform.Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static string MemberFile()
    {
        var csv = new StringBuilder("externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\n");
        for (var i = 1; i <= Members; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"member-{i},First{i},Last{i},m{i}@example.com,{(i % 2 == 0 ? "female" : "male")},{1960 + (i % 40)},{160 + (i % 30)},{55 + (i % 40)},maintain\n");
        }

        return csv.ToString();
    }

    /// <summary>Polls the import until <paramref name="done"/>; connection resets while silos restart are retried.</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string location, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(location, Cancel);
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}";
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var job = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                    if (done(job))
                    {
                        return job;
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }

            await Task.Delay(250, Cancel);
        }

        throw new TimeoutException($"The import did not get there within {timeout}; last answer: {last}");
    }
}
