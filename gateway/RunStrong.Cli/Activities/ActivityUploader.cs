using System.Net;
using RunStrong.Cli.Api;

namespace RunStrong.Cli.Activities;

/// <summary>
/// Uploads files a few at a time and tells each outcome as it comes. A file the platform refuses, or one that cannot
/// be sent, does not stop the others; a key the platform rejects (401, 403) does, since every other file would fail
/// the same way.
/// </summary>
internal sealed class ActivityUploader(RunStrongApiClient api, string tenantId, string athleteId, int parallel)
{
    /// <param name="done">Called once per file, one call at a time, with how many files are done so far.</param>
    /// <returns>The results in the order of <paramref name="files"/>.</returns>
    public async Task<IReadOnlyList<FileUploadResult>> UploadAsync(
        IReadOnlyList<ActivityFile> files, Action<int, FileUploadResult> done, CancellationToken cancellationToken)
    {
        var results = new FileUploadResult[files.Count];
        var finished = 0;
        var gate = new Lock();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var result = await UploadAsync(files[i], token);
                lock (gate)
                {
                    results[i] = result;
                    done(++finished, result);
                }
            });
        return results;
    }

    private async Task<FileUploadResult> UploadAsync(ActivityFile file, CancellationToken cancellationToken)
    {
        try
        {
            var (activity, created) = await api.UploadActivityAsync(tenantId, athleteId, file.Open, file.ContentType, file.Gzipped, cancellationToken);
            return created
                ? new FileUploadResult(file.Path, UploadOutcome.Uploaded, (int)HttpStatusCode.Created, activity)
                : new FileUploadResult(file.Path, UploadOutcome.AlreadyUploaded, (int)HttpStatusCode.OK, activity);
        }
        catch (ApiProblemException e) when (e.Problem.Status is not ((int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden))
        {
            var problem = e.Problem;
            var outcome = problem.Status is (int)HttpStatusCode.RequestEntityTooLarge or (int)HttpStatusCode.UnsupportedMediaType or (int)HttpStatusCode.UnprocessableEntity
                ? UploadOutcome.Refused
                : UploadOutcome.Failed;
            var detail = problem.Detail ?? (problem.Errors.TryGetValue("file", out var messages) ? string.Join(" ", messages) : problem.Title);
            return new FileUploadResult(file.Path, outcome, problem.Status, Problem: problem.Code, Detail: detail);
        }
        catch (HttpRequestException e)
        {
            return new FileUploadResult(file.Path, UploadOutcome.Failed, null, Detail: $"Could not reach the platform: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileUploadResult(file.Path, UploadOutcome.Failed, null, Detail: $"Could not read the file: {e.Message}");
        }
    }
}
