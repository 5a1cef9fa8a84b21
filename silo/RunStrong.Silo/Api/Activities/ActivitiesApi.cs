using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Activities;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Logging;
using RunStrong.Activities.Upload;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Silo.Activities;
using RunStrong.Silo.Api.LogHistory;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.Activities;

/// <summary>
/// Activity files (docs/API.md, "Activity files"). An upload is unpacked (gzip, bounded), sniffed, read and derived
/// here, on the request, before anything is stored: a refused file leaves no trace. Then the original is stored by
/// content hash and the athlete records the activity, which logs it as a run or a cross-training session. The same
/// file again, gzipped or not, is the same activity (200). Reads list, get and download; a delete removes the
/// activity, its log entry and its file.
/// </summary>
public static partial class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder routes)
    {
        var activities = routes.MapAthleteGroup("Activities");
        activities.MapRoute(ApiRoutes.Activities.UploadActivity, Upload)
            .WithSummary("Uploads a FIT, TCX or GPX file (optionally gzipped) and logs the activity it records.")
            .WithDescription("The body is one FIT, TCX or GPX file (`application/vnd.ant.fit`, `application/vnd.garmin.tcx+xml`, `application/gpx+xml`, or `application/octet-stream`, sniffed), optionally gzipped. 201 with the activity and `Location`; 200 when the same file comes again. 413 over 25 MB as sent or unpacked; 415 not such a file; 422 a file that holds no usable activity (`errors.file` says why).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        activities.MapRoute(ApiRoutes.Activities.ListActivities, List).WithSummary("The athlete's activities, newest first, a page at a time.")
            .WithDescription("Activities newest first by start, without laps, `limit` (1-100, default 50) at a time; `from` and `to` are the athlete's local days.");
        activities.MapRoute(ApiRoutes.Activities.GetActivity, Get).WithSummary("One activity with its laps.")
            .WithDescription("The activity with its laps, as parsed from its file.");
        activities.MapRoute(ApiRoutes.Activities.GetActivityFile, Download).WithSummary("The activity's original file.")
            .WithDescription("The original file as uploaded (unpacked), as an attachment named `{activityId}.fit`, `.tcx` or `.gpx`.")
            .Produces<Stream>(StatusCodes.Status200OK, ActivityMediaType.Fit, ActivityMediaType.Tcx, ActivityMediaType.Gpx);
        activities.MapRoute(ApiRoutes.Activities.DeleteActivity, Delete).WithSummary("Deletes the activity, its log entry and its file.")
            .WithDescription("Deletes the activity, its log entry (also one folded into its week's totals) and its file. Answers 204.");
        return routes;
    }

    private static async Task<Results<Created<ActivityResponse>, Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        string tenantId, string athleteId, HttpContext http, IGrainFactory grains, ActivityStore store, TimeProvider clock, ILoggerFactory loggers)
    {
        if (ActivityMediaType.Of(http.Request.ContentType, http.Request.Headers.ContentEncoding) is not { } mediaType)
        {
            return ActivityFileProblems.UnsupportedMediaType();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = RouteRule.ActivityFileBytes;
        }

        var athlete = grains.Athlete(tenantId, athleteId);
        var (file, refused) = await SpoolAsync(http, mediaType);
        if (refused is not null)
        {
            return refused;
        }

        StoredActivity activity;
        await using (file)
        {
            // The same bytes again (a retry, a folder synced twice): answered from storage without reading the file.
            if (file!.Length > 0 && await store.FindActivityIdAsync(tenantId, athleteId, file.Sha256Hex, http.RequestAborted) is { } knownId
                && await athlete.GetActivity(knownId) is { } known)
            {
                return TypedResults.Ok(ActivityResponse.Of(known));
            }

            var context = await athlete.GetActivityContext();
            var calendar = LocalCalendar.For(await athlete.GetTimeZone());
            var read = Read(file, context, calendar, clock, loggers.CreateLogger(typeof(ActivitiesApi)));
            if (read.Refusal is { } refusal)
            {
                return refusal;
            }

            activity = read.Activity!;
            await store.StoreFileAsync(tenantId, athleteId, file.Sha256Hex, activity.Id, activity.Summary.Format, file.Open(), http.RequestAborted);
        }

        var recorded = await athlete.RecordActivity(activity);
        var response = ActivityResponse.Of(recorded.Activity);
        return recorded.Created
            ? TypedResults.Created($"{AthleteRoutes.PathOf(tenantId, athleteId)}/activities/{response.Id}", response)
            : TypedResults.Ok(response);
    }

    /// <summary>The upload unpacked into a spool, or the problem that refuses it (too large, broken gzip).</summary>
    private static async Task<(UploadSpool? File, ProblemHttpResult? Refusal)> SpoolAsync(HttpContext http, ActivityMediaType mediaType)
    {
        try
        {
            return (await UploadSpool.ReadAsync(http.Request.Body, mediaType.Gzipped, http.RequestAborted), null);
        }
        catch (UploadTooLargeException e)
        {
            return (null, ActivityFileProblems.TooLarge(e));
        }
        catch (ActivityFileException e)
        {
            return (null, ActivityFileProblems.Refused(e));
        }
    }

    /// <summary>
    /// Reads and derives the activity, or the problem refusing it. A reader fault on some unforeseen file is also a
    /// refusal (422, logged as an error to fix): no file may make the server answer 5xx. Only the file is read here
    /// (no grain or storage call), so a server fault is never mistaken for a bad file.
    /// </summary>
    private static (StoredActivity? Activity, ProblemHttpResult? Refusal) Read(UploadSpool file, AthleteContext context, LocalCalendar calendar, TimeProvider clock, ILogger logger)
    {
        try
        {
            if (file.Length == 0)
            {
                throw new ActivityFileException(ActivityFileProblem.Empty, "The file is empty.");
            }

            var format = ActivitySniffer.Sniff(file.Head(ActivitySniffer.HeadBytes))
                ?? throw new ActivityFileException(ActivityFileProblem.UnknownFormat, "The file is not a FIT, TCX or GPX file (its content matches none of them).");
            ActivitySummary summary;
            IReadOnlyList<string> warnings;
            using (var content = file.Open())
            {
                var recording = ActivityReader.Read(content, format);
                summary = ActivityDerivation.Derive(recording, context);
                warnings = recording.Warnings;
            }

            var now = clock.GetUtcNow();
            if (calendar.DayOf(summary.StartedAt) > calendar.Today(now).AddDays(1))
            {
                throw new ActivityFileException(ActivityFileProblem.Implausible, $"The activity starts on {summary.StartedAt:yyyy-MM-dd HH:mm}Z, in the future: is the device's clock set?");
            }

            var id = ActivityIds.Of(summary.StartedAt, file.Sha256);
            var entry = ActivityLogEntry.For(id, summary);
            return (new StoredActivity(id, file.Sha256Hex, file.Length, now, summary, entry, Warnings: warnings), null);
        }
        catch (ActivityFileException e)
        {
            return (null, ActivityFileProblems.Refused(e));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReaderFault(logger, e, file.Sha256Hex);
            return (null, ActivityFileProblems.Refused(new ActivityFileException(ActivityFileProblem.Malformed, "The file could not be read as an activity.")));
        }
    }

    private static async Task<Results<Ok<ActivityPage>, ValidationProblem, ProblemHttpResult>> List(
        string tenantId, string athleteId, [AsParameters] LogPageQuery query, IGrainFactory grains, ActivityStore store, HttpContext http)
    {
        var checks = new FieldChecks();
        var days = new LocalDaysQuery(query.From, query.To).Read(checks);
        if (!QueryCount.TryRead(query.Limit, LogPageRequest.DefaultLimit, LogPageRequest.MaxLimit, out var limit))
        {
            checks.Add("limit", QueryCount.Rule("limit", LogPageRequest.MaxLimit));
        }

        var after = string.IsNullOrEmpty(query.After) ? null : query.After;
        if (after is not null && !ActivityIds.TryParse(after, out _))
        {
            checks.Add("after", $"after {ActivityIds.Rule}");
        }

        if (days is null || checks.HasErrors)
        {
            return Problems.Validation(checks.Errors);
        }

        var athlete = grains.Athlete(tenantId, athleteId);
        var calendar = LocalCalendar.For(await athlete.GetTimeZone());
        var from = days.From is { } first ? calendar.StartOf(first) : (DateTimeOffset?)null;
        var to = days.To is { } last ? calendar.StartOf(last.AddDays(1)) : (DateTimeOffset?)null;
        var (items, next) = await store.ListAsync(tenantId, athleteId, from, to, after, limit, http.RequestAborted);
        if (items.Count == 0 && !await athlete.Exists())
        {
            return Problems.NoAthlete(athleteId);
        }

        return TypedResults.Ok(new ActivityPage([.. items.Select(a => ActivityResponse.Of(a, withLaps: false))], next));
    }

    private static async Task<Results<Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string tenantId, string athleteId, string activityId, IGrainFactory grains)
    {
        if (!ActivityIds.TryParse(activityId, out _))
        {
            return BadActivityId();
        }

        return await grains.Athlete(tenantId, athleteId).GetActivity(activityId) is { } activity
            ? TypedResults.Ok(ActivityResponse.Of(activity))
            : NoActivity(activityId);
    }

    private static async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> Download(
        string tenantId, string athleteId, string activityId, IGrainFactory grains, ActivityStore store, HttpContext http)
    {
        if (!ActivityIds.TryParse(activityId, out _))
        {
            return BadActivityId();
        }

        if (await grains.Athlete(tenantId, athleteId).GetActivity(activityId) is not { } activity
            || await store.OpenFileAsync(tenantId, athleteId, activity.ContentSha256, http.RequestAborted) is not { } file)
        {
            return NoActivity(activityId);
        }

        var format = activity.Summary.Format;
        return TypedResults.Stream(file, ActivityMediaType.Of(format), $"{activityId}.{ActivityMediaType.ExtensionOf(format)}");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string tenantId, string athleteId, string activityId, IGrainFactory grains)
    {
        if (!ActivityIds.TryParse(activityId, out _))
        {
            return BadActivityId();
        }

        return await grains.Athlete(tenantId, athleteId).DeleteActivity(activityId) ? TypedResults.NoContent() : NoActivity(activityId);
    }

    private static ValidationProblem BadActivityId() => Problems.Field("activityId", $"activityId {ActivityIds.Rule}");

    private static ProblemHttpResult NoActivity(string activityId) => Problems.NotFound($"No activity '{activityId}'.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading activity file {Sha256} failed unexpectedly; refused with 422. The reader needs a fix.")]
    private static partial void LogReaderFault(ILogger logger, Exception exception, string sha256);
}
