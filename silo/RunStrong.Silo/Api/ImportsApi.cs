using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Tenants;
using RunStrong.Onboarding;
using RunStrong.Silo.Http;
using RunStrong.Silo.MemberImports;

namespace RunStrong.Silo.Api;

/// <summary>
/// Gym member imports (docs/API.md, "Member imports"): upload a CSV or NDJSON membership file (stored in blob storage
/// before the 202), follow the job, list a gym's imports, fetch every row error as CSV, cancel.
/// </summary>
public static class ImportsApi
{
    /// <summary>The largest upload a silo accepts (the gateway enforces the same for gyms).</summary>
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    private const int MaxListed = 100;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder routes)
    {
        var imports = routes.MapGroup("").WithTags("Imports (gyms)");

        imports.MapRoute(ApiRoutes.MemberImports.StartImport, Upload)
            .WithSummary("Stores a CSV or NDJSON member file and starts importing it (dryRun=true only validates).")
            .WithDescription("The body is the member file, `text/csv` or `application/x-ndjson`, streamed to storage. Answers 202 with the job and its `Location` once stored; the import runs in the background. `dryRun=true` only validates. Gyms only (403 for clubs).");
        imports.MapRoute(ApiRoutes.MemberImports.ListImports, List).WithSummary("The gym's imports, newest first.")
            .WithDescription("The gym's import jobs newest first, `limit` (1-100, default 20) at a time.");
        imports.MapRoute(ApiRoutes.MemberImports.GetImport, Get).WithSummary("An import's status, counters, rate and first row errors.")
            .WithDescription("The job's `status` (`queued`, `running`, `completed`, `failed`, `cancelled`), its counters (processed, created, updated, unchanged, failed), rate, and its first 100 row errors.");
        imports.MapRoute(ApiRoutes.MemberImports.GetImportErrors, Errors).WithSummary("Every row error of an import, as CSV (line,field,message).")
            .WithDescription("Every row error of the import as `text/csv` (`line,field,message`). 410 once the upload was deleted after its retention period.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status410Gone);
        imports.MapRoute(ApiRoutes.MemberImports.CancelImport, Cancel).WithSummary("Stops a queued or running import.")
            .WithDescription("Stops a queued or running import; a finished job is left as it is. Answers 200 with the job.");
        return routes;
    }

    private static async Task<Results<Accepted<ImportProgress>, ValidationProblem, ProblemHttpResult>> Upload(
        string tenantId, string? dryRun, HttpContext http, IGrainFactory grains, ImportUploads uploads, TimeProvider clock)
    {
        if (MemberFile.FormatOf(http.Request.ContentType) is not { } format)
        {
            return TypedResults.Problem(
                "Send the members as text/csv or application/x-ndjson.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
        }

        var validate = false;
        if (dryRun is not null && !bool.TryParse(dryRun, out validate))
        {
            return Problems.Field("dryRun", "dryRun must be true or false.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxUploadBytes;
        }

        var importId = ImportId.New();
        var blobName = ImportUploads.BlobNameOf(tenantId, importId);
        await uploads.StoreAsync(blobName, http.Request.Body, http.Request.ContentType!, http.RequestAborted);

        var request = new ImportRequest(blobName, format.ToString().ToLowerInvariant(), validate, QueryDate.Today(clock));
        try
        {
            await grains.GetGrain<IImportRegistryGrain>(tenantId).Add(importId);
        }
        catch
        {
            // No job refers to the upload yet, so nothing would ever delete it: remove it now (the request fails either way).
            await uploads.DeleteAsync(blobName, CancellationToken.None);
            throw;
        }

        var progress = await Job(grains, tenantId, importId).Start(request);
        return TypedResults.Accepted($"/api/t/{tenantId}/imports/{importId}", progress);
    }

    private static async Task<Results<Ok<ImportPage>, ValidationProblem>> List(string tenantId, string? limit, IGrainFactory grains)
    {
        if (!QueryCount.TryRead(limit, 20, MaxListed, out var size))
        {
            return Problems.Field("limit", QueryCount.Rule("limit", MaxListed));
        }

        var ids = await grains.GetGrain<IImportRegistryGrain>(tenantId).Recent(size);
        var jobs = await Task.WhenAll(ids.Select(id => Job(grains, tenantId, id).Progress()));
        return TypedResults.Ok(new ImportPage([.. jobs.OfType<ImportProgress>()]));
    }

    private static async Task<Results<Ok<ImportProgress>, ValidationProblem, ProblemHttpResult>> Get(string tenantId, string importId, IGrainFactory grains)
    {
        if (!ImportId.IsValid(importId))
        {
            return BadImportId();
        }

        return await Job(grains, tenantId, importId).Progress() is { } progress ? TypedResults.Ok(progress) : NoImport(importId);
    }

    private static async Task<Results<Ok<ImportProgress>, ValidationProblem, ProblemHttpResult>> Cancel(string tenantId, string importId, IGrainFactory grains)
    {
        if (!ImportId.IsValid(importId))
        {
            return BadImportId();
        }

        return await Job(grains, tenantId, importId).Cancel() is { } progress ? TypedResults.Ok(progress) : NoImport(importId);
    }

    /// <summary>
    /// Re-reads the stored upload and streams out every row error (the same rows, the same messages). A finished
    /// dry run kept no upload: its report is the first row errors its job stored. Once an import's upload is
    /// deleted after its retention period, 410.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Errors(
        string tenantId, string importId, HttpContext http, IGrainFactory grains, ImportUploads uploads, ImportUploadRetention retention)
    {
        if (!ImportId.IsValid(importId))
        {
            return BadImportId();
        }

        if (await Job(grains, tenantId, importId).Progress() is not { } progress)
        {
            return NoImport(importId);
        }

        if (progress.DryRun && progress.FinishedAt is not null)
        {
            StartCsv(http, importId);
            await ErrorReport.WriteCsvAsync(StoredErrors(progress), http.Response.Body, http.RequestAborted);
            return TypedResults.Empty;
        }

        await using var upload = await uploads.TryOpenAsync(ImportUploads.BlobNameOf(tenantId, importId), http.RequestAborted);
        if (upload is null)
        {
            return Problems.Gone(
                $"The upload of import '{importId}' was deleted {Describe(retention.Period)} after the import ended (its retention period), " +
                $"so its full error report is no longer available; the import's counters and first {progress.Errors.Count} errors remain at " +
                $"/api/t/{tenantId}/imports/{importId}.");
        }

        var format = Enum.Parse<MemberFileFormat>(progress.Format, ignoreCase: true);
        StartCsv(http, importId);
        await ErrorReport.WriteCsvAsync(ErrorsOf(upload, format, progress.CreatedAt, http.RequestAborted), http.Response.Body, http.RequestAborted);
        return TypedResults.Empty;
    }

    private static void StartCsv(HttpContext http, string importId)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{importId}-errors.csv\"";
    }

    private static IAsyncEnumerable<RowError> StoredErrors(ImportProgress progress) =>
        progress.Errors.Select(error => new RowError(error.Line, error.Field, error.Message)).ToAsyncEnumerable();

    private static string Describe(TimeSpan period) =>
        period.TotalDays >= 1 && period.TotalDays == Math.Floor(period.TotalDays) ? $"{period.TotalDays:0} day(s)"
        : period.ToString("c", CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<RowError> ErrorsOf(Stream upload, MemberFileFormat format, DateTimeOffset importedAt, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<MemberRow> rows;
        try
        {
            rows = MemberFile.ReadAsync(upload, format, DateOnly.FromDateTime(importedAt.UtcDateTime), cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (MemberFileException)
        {
            yield break;
        }

        await using (rows)
        {
            while (await MoveNextAsync(rows))
            {
                foreach (var error in rows.Current.Errors)
                {
                    yield return error;
                }
            }
        }
    }

    /// <summary>A whole-file problem ends the report; the job's status already names it.</summary>
    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<MemberRow> rows)
    {
        try
        {
            return await rows.MoveNextAsync();
        }
        catch (MemberFileException)
        {
            return false;
        }
    }

    private static IImportJobGrain Job(IGrainFactory grains, string tenantId, string importId) =>
        grains.GetGrain<IImportJobGrain>($"{tenantId}/{importId}");

    private static ProblemHttpResult NoImport(string importId) => Problems.NotFound($"No import '{importId}'.");

    private static ValidationProblem BadImportId() => Problems.Field("importId", $"importId {ImportId.Rule}");
}
