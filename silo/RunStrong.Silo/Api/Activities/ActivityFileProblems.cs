using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Activities;
using RunStrong.Activities.Upload;

namespace RunStrong.Silo.Api.Activities;

/// <summary>
/// A refused file as RFC 7807 problems: 415 when it is no activity format at all, 413 when it is too large, 422 for a
/// FIT, TCX or GPX file that holds no usable activity. The body says what is wrong (<c>detail</c>), under which
/// <c>problem</c> code, at which byte <c>offset</c> when known, and names the <c>file</c> in <c>errors</c>.
/// </summary>
internal static class ActivityFileProblems
{
    public static ProblemHttpResult Refused(ActivityFileException refusal)
    {
        var status = refusal.Problem == ActivityFileProblem.UnknownFormat ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity;
        var extensions = new Dictionary<string, object?>
        {
            ["problem"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(refusal.Problem.ToString()),
            ["errors"] = new Dictionary<string, string[]> { ["file"] = [refusal.Message] },
        };
        if (refusal.Offset is { } offset)
        {
            extensions["offset"] = offset;
        }

        return TypedResults.Problem(refusal.Message, statusCode: status, title: TitleOf(refusal.Problem), extensions: extensions);
    }

    public static ProblemHttpResult TooLarge(UploadTooLargeException refusal) =>
        TypedResults.Problem(
            refusal.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity file too large",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [refusal.Message] } });

    public static ProblemHttpResult UnsupportedMediaType() =>
        Refused(new ActivityFileException(ActivityFileProblem.UnknownFormat, ActivityMediaType.Rule));

    private static string TitleOf(ActivityFileProblem problem) => problem switch
    {
        ActivityFileProblem.UnknownFormat => "Not a FIT, TCX or GPX file",
        ActivityFileProblem.Empty => "Empty file",
        ActivityFileProblem.NotAnActivity => "Not an activity",
        ActivityFileProblem.CorruptHeader => "Corrupt file header",
        ActivityFileProblem.CrcMismatch => "Checksum mismatch",
        ActivityFileProblem.Truncated => "File cut off",
        ActivityFileProblem.NoTimedTrack => "No timed track",
        ActivityFileProblem.Implausible => "Implausible activity",
        _ => "Unreadable activity file",
    };
}
