using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Gym member imports through the gateway: upload, progress, idempotent re-runs, errors, dry runs.</summary>
public sealed class ImportsTests(PlatformFixture fixture)
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_is_accepted_imported_and_reports_its_bad_rows_by_line_and_field()
    {
        var (client, tenant) = await NewGymAsync();
        var csv = $"{Header}\nm-1,Ana,Lopez,ana@example.com,female,1990,168,60.5,maintain\n" +
                  "m-2,\"Bo, Jr.\",Smith,,male,1985,181,77,build\n" +
                  "m-3,Cy,\"Multi\nLine\",cy@example.com,female,1992,165,58,\n" +
                  "m-4,Di,Ng,di@example.com,robot,1990,170,65,maintain\n";

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv(csv), Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());

        // Rows start on lines 2, 3, 4 (its quoted last name runs onto line 5) and 6; m-4's sex is unknown.
        Assert.Equal(("completed", 4L, 4L, 3L, 1L), (job.GetProperty("status").GetString(), job.GetProperty("total").GetInt64(), job.GetProperty("processed").GetInt64(), job.GetProperty("created").GetInt64(), job.GetProperty("failed").GetInt64()));
        var error = job.GetProperty("errors")[0];
        Assert.Equal((6L, "sex"), (error.GetProperty("line").GetInt64(), error.GetProperty("field").GetString()));
        var ana = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("m-1"), Cancel);
        Assert.Equal(60.5, ana.GetProperty("profile").GetProperty("weightKg").GetDouble());
        var report = await client.GetStringAsync($"{accepted.Headers.Location}/errors", Cancel);
        Assert.StartsWith("line,field,message", report, StringComparison.Ordinal);
        Assert.Contains("6,sex,", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_changed_row_updates_one_member()
    {
        var (client, tenant) = await NewGymAsync();
        var rows = $"{Header}\ng-1,Ana,Lopez,,female,1990,168,60,maintain\ng-2,Bo,Smith,,male,1985,181,77,build\n";

        await ImportAsync(client, tenant, rows);
        var again = await ImportAsync(client, tenant, rows);
        var changed = await ImportAsync(client, tenant, rows.Replace("181,77", "181,75", StringComparison.Ordinal));

        Assert.Equal((0L, 0L, 2L), (again.GetProperty("created").GetInt64(), again.GetProperty("updated").GetInt64(), again.GetProperty("unchanged").GetInt64()));
        Assert.Equal((0L, 1L, 1L), (changed.GetProperty("created").GetInt64(), changed.GetProperty("updated").GetInt64(), changed.GetProperty("unchanged").GetInt64()));
        var bo = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("g-2"), Cancel);
        Assert.Equal(75, bo.GetProperty("profile").GetProperty("weightKg").GetDouble());
    }

    [Fact]
    public async Task Ndjson_uploads_import_like_csv()
    {
        var (client, tenant) = await NewGymAsync();
        var ndjson = "{\"externalId\":\"n-1\",\"firstName\":\"Ana\",\"lastName\":\"Lopez\",\"sex\":\"female\",\"birthYear\":1990,\"heightCm\":168,\"weightKg\":60,\"goal\":\"build\"}\n";
        using var content = new StringContent(ndjson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", content, Cancel);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());

        Assert.Equal(1L, job.GetProperty("created").GetInt64());
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("n-1"), Cancel);
        Assert.Equal("build", athlete.GetProperty("profile").GetProperty("goal").GetString());
    }

    [Fact]
    public async Task A_dry_run_validates_every_row_and_creates_no_one()
    {
        var (client, tenant) = await NewGymAsync();

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports?dryRun=true", Csv($"{Header}\nd-1,Ana,Lopez,,female,1990,168,60,maintain\nd-2,,,,male,1985,181,77,build\n"), Cancel);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());
        using var athlete = await client.GetAsync(tenant.AthletePath("d-1"), Cancel);

        Assert.True(job.GetProperty("dryRun").GetBoolean());
        Assert.Equal((2L, 1L, 0L), (job.GetProperty("processed").GetInt64(), job.GetProperty("failed").GetInt64(), job.GetProperty("created").GetInt64()));
        Assert.Equal("firstName", job.GetProperty("errors")[0].GetProperty("field").GetString());
        await AssertProblemAsync(athlete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refused_upload_stores_no_import()
    {
        var (client, tenant) = await NewGymAsync();
        using var json = new StringContent("{}", Encoding.UTF8, "application/json");

        using var wrongType = await client.PostAsync($"/api/t/{tenant.Id}/imports", json, Cancel);
        using var badFlag = await client.PostAsync($"/api/t/{tenant.Id}/imports?dryRun=maybe", Csv($"{Header}\n"), Cancel);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/t/{tenant.Id}/imports", Cancel);

        await AssertProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(["dryRun"], ErrorFields(await AssertProblemAsync(badFlag, HttpStatusCode.BadRequest)));
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_upload_declaring_more_than_256_MB_is_refused_with_413_before_anything_is_stored()
    {
        var (client, tenant) = await NewGymAsync();

        // Only the headers are sent: the gateway must refuse on the declared length, without reading a byte.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(fixture.Platform.GatewayAddress.Host, fixture.Platform.GatewayAddress.Port, Cancel);
        var stream = tcp.GetStream();
        var head = $"POST /api/t/{tenant.Id}/imports HTTP/1.1\r\nHost: {fixture.Platform.GatewayAddress.Authority}\r\n" +
                   $"X-Api-Key: {tenant.ApiKey}\r\nContent-Type: text/csv\r\nContent-Length: {300L * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Cancel);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(Cancel);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/t/{tenant.Id}/imports", Cancel);

        Assert.StartsWith("HTTP/1.1 413", statusLine, StringComparison.Ordinal);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_file_without_a_required_column_fails_naming_it()
    {
        var (client, tenant) = await NewGymAsync();

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv("firstName,lastName,sex\nAna,Lopez,female\n"), Cancel);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Contains("externalId", job.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_longer_than_the_cap_fails_the_import_with_the_cap_in_its_reason()
    {
        var (client, tenant) = await NewGymAsync();
        var poison = $"{Header}\np-1,Ana,Lopez,,female,1990,168,60,maintain\np-2,{new string('x', 17_000_000)},Smith,,male,1985,181,77,build\n";

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv(poison), Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());
        using var first = await client.GetAsync(tenant.AthletePath("p-1"), Cancel);

        Assert.Equal("failed", job.GetProperty("status").GetString());
        var reason = job.GetProperty("failureReason").GetString();
        Assert.Contains("line 3", reason, StringComparison.Ordinal);
        Assert.Contains("65,536 characters", reason, StringComparison.Ordinal);
        // The rows are counted before any is imported, so the row before the poison one was not imported either.
        await AssertProblemAsync(first, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_NDJSON_line_longer_than_the_cap_fails_the_import_with_the_cap_in_its_reason()
    {
        var (client, tenant) = await NewGymAsync();
        using var content = new StringContent($"{{\"externalId\":\"{new string('x', 200_000)}\"}}\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", content, Cancel);
        var job = await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Contains("65,536 characters", job.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/errors")]
    [InlineData("/cancel")]
    public async Task An_import_id_of_1100_characters_is_refused_with_400_naming_importId(string route)
    {
        var (client, tenant) = await NewGymAsync();
        var path = $"/api/t/{tenant.Id}/imports/imp-{new string('a', 1_096)}{route}";

        using var response = route == "/cancel" ? await client.PostAsync(path, null, Cancel) : await client.GetAsync(path, Cancel);

        Assert.Equal(["importId"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("imp-ABCDEF0123456789")]
    [InlineData("imp-0123")]
    [InlineData("0123456789abcdef")]
    [InlineData("imp-0123456789abcdef0")]
    public async Task An_import_id_of_another_shape_is_refused_with_400_naming_importId(string importId)
    {
        var (client, tenant) = await NewGymAsync();

        using var response = await client.GetAsync($"/api/t/{tenant.Id}/imports/{importId}", Cancel);

        Assert.Equal(["importId"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_well_formed_unknown_import_id_answers_404_on_every_import_route()
    {
        var (client, tenant) = await NewGymAsync();
        var path = $"/api/t/{tenant.Id}/imports/imp-0123456789abcdef";

        using var get = await client.GetAsync(path, Cancel);
        using var errors = await client.GetAsync($"{path}/errors", Cancel);
        using var cancel = await client.PostAsync($"{path}/cancel", null, Cancel);

        await AssertProblemAsync(get, HttpStatusCode.NotFound);
        await AssertProblemAsync(errors, HttpStatusCode.NotFound);
        await AssertProblemAsync(cancel, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_dry_run_keeps_no_upload_and_reports_its_errors_from_the_job()
    {
        var (client, tenant) = await NewGymAsync();

        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports?dryRun=true", Csv($"{Header}\nd-1,Ana,Lopez,,female,1990,168,60,maintain\nd-2,,,,male,1985,181,77,build\n"), Cancel);
        var location = accepted.Headers.Location!;
        await WaitUntilFinishedAsync(client, location.ToString());
        var gone = await ImportUploadBlobs.GoneWithinAsync(fixture.Platform.StorageConnectionString, tenant.Id, ImportUploadBlobs.IdOf(location), TimeSpan.FromSeconds(10));
        var report = await client.GetStringAsync($"{location}/errors", Cancel);

        Assert.True(gone, "The dry run's upload is still in blob storage.");
        Assert.StartsWith("line,field,message", report, StringComparison.Ordinal);
        Assert.Contains("3,firstName,", report, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> NewGymAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }

    internal static async Task<JsonElement> ImportAsync(HttpClient client, TestTenant tenant, string csv)
    {
        using var accepted = await client.PostAsync($"/api/t/{tenant.Id}/imports", Csv(csv), Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        return await WaitUntilFinishedAsync(client, accepted.Headers.Location!.ToString());
    }

    internal static StringContent Csv(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    internal static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location, Cancel);
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Import still {job.GetProperty("status").GetString()} after 30 s.");
            await Task.Delay(100, Cancel);
        }
    }
}
