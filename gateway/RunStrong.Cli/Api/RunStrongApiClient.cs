using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace RunStrong.Cli.Api;

/// <summary>
/// The platform's HTTP API as the CLI uses it, through the gateway. Every refused request throws
/// <see cref="ApiProblemException"/> with the problem the platform answered.
/// </summary>
internal sealed class RunStrongApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;

    private RunStrongApiClient(Uri gateway, string header, string key)
    {
        // Uploads of large files take as long as they take; a dead connection still fails on its own.
        http = new HttpClient { BaseAddress = gateway, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Add(header, key);
    }

    public static RunStrongApiClient ForTenant(Uri gateway, string apiKey) => new(gateway, "X-Api-Key", apiKey);

    public static RunStrongApiClient ForAdmin(Uri gateway, string adminKey) => new(gateway, "X-Admin-Key", adminKey);

    public static string AthletePath(string tenantId, string athleteId) =>
        $"/api/t/{Uri.EscapeDataString(tenantId)}/athletes/{Uri.EscapeDataString(athleteId)}";

    public static string ImportPath(string tenantId, string importId) =>
        $"/api/t/{Uri.EscapeDataString(tenantId)}/imports/{Uri.EscapeDataString(importId)}";

    /// <summary>Streams the file to the platform (never held in memory) and returns the job and where to follow it.</summary>
    public async Task<(ImportJob Job, string Location)> StartImportAsync(
        string tenantId, Stream file, string contentType, bool dryRun, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/t/{Uri.EscapeDataString(tenantId)}/imports?dryRun={(dryRun ? "true" : "false")}");
        using var response = await http.PostAsync(path, content, cancellationToken);
        var job = await ReadAsync<ImportJob>(response, cancellationToken);
        var location = response.Headers.Location?.ToString() ?? ImportPath(tenantId, job.Id);
        return (job, location);
    }

    public async Task<ImportJob> GetImportAsync(string location, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(location, cancellationToken);
        return await ReadAsync<ImportJob>(response, cancellationToken);
    }

    /// <summary>Streams every row error (CSV: line,field,message) into <paramref name="path"/>.</summary>
    public async Task DownloadErrorsAsync(string location, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{location}/errors", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        await using var target = File.Create(path);
        await response.Content.CopyToAsync(target, cancellationToken);
    }

    /// <summary>One page of the members directory (<paramref name="q"/>: a search; <paramref name="after"/>: the previous page's next).</summary>
    public async Task<MemberPage> ListMembersAsync(
        string tenantId, string? q, string sort, int limit, string? after, CancellationToken cancellationToken)
    {
        var query = new List<string> { $"sort={Uri.EscapeDataString(sort)}", string.Create(CultureInfo.InvariantCulture, $"limit={limit}") };
        if (!string.IsNullOrEmpty(q))
        {
            query.Add($"q={Uri.EscapeDataString(q)}");
        }

        if (!string.IsNullOrEmpty(after))
        {
            query.Add($"after={Uri.EscapeDataString(after)}");
        }

        using var response = await http.GetAsync($"/api/t/{Uri.EscapeDataString(tenantId)}/athletes?{string.Join('&', query)}", cancellationToken);
        return await ReadAsync<MemberPage>(response, cancellationToken);
    }

    /// <summary>Streams the athlete's data export (one JSON document) into <paramref name="target"/>.</summary>
    public async Task ExportAthleteAsync(string tenantId, string athleteId, Stream target, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{AthletePath(tenantId, athleteId)}/export", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        await response.Content.CopyToAsync(target, cancellationToken);
    }

    /// <summary>Erases the athlete everywhere (a data-protection request); erasing one already gone succeeds.</summary>
    public async Task EraseAthleteAsync(string tenantId, string athleteId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(AthletePath(tenantId, athleteId), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>
    /// Uploads one activity file as it is on disk (a <c>.gz</c> is sent packed, with <c>Content-Encoding: gzip</c>),
    /// retried while the platform is busy: the same file always becomes the same activity, so a repeat is safe.
    /// Returns the activity and whether it is new (201) or was uploaded before (200).
    /// </summary>
    /// <param name="open">Opens the file afresh for each attempt.</param>
    public async Task<(UploadedActivity Activity, bool Created)> UploadActivityAsync(
        string tenantId, string athleteId, Func<Stream> open, string contentType, bool gzipped, CancellationToken cancellationToken)
    {
        var path = $"{AthletePath(tenantId, athleteId)}/activities";
        using var response = await BusyRetry.SendAsync(http, () =>
        {
            var content = new StreamContent(open());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            if (gzipped)
            {
                content.Headers.ContentEncoding.Add("gzip");
            }

            return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        }, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var activity = await ReadAsync<UploadedActivity>(response, cancellationToken);
        return (activity, response.StatusCode == System.Net.HttpStatusCode.Created);
    }

    public async Task<CreatedTenant> CreateTenantAsync(NewTenant tenant, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/admin/tenants", tenant, Json, cancellationToken);
        return await ReadAsync<CreatedTenant>(response, cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ApiProblemException($"The platform answered {(int)response.StatusCode} with an empty body.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiProblemException(await ProblemReader.ReadAsync(response, cancellationToken));
        }
    }
}
