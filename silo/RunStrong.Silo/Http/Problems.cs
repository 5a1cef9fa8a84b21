using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Http;

/// <summary>The one place that turns errors into RFC 7807 problem+json responses.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request has invalid fields.");

    public static ValidationProblem Field(string field, string message) => Validation([new FieldError(field, message)]);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>404 for an athlete id that names no athlete of the tenant (nothing logged, no profile, no member).</summary>
    public static ProblemHttpResult NoAthlete(string athleteId) => NotFound($"No athlete '{athleteId}'.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>409: something the request depends on is missing (named in <c>errors</c>, like a bad field).</summary>
    public static ProblemHttpResult Missing(string field, string detail) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status409Conflict,
            title: $"The athlete's {field} is missing.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    /// <summary>
    /// 409: coaching needs profile fields the athlete lacks. <c>missing</c> lists them, <c>errors</c> names each (and
    /// <c>profile</c>, as before members could lack only some), and the detail says how to add them.
    /// </summary>
    public static ProblemHttpResult ProfileIncomplete(IReadOnlyList<string> missing)
    {
        var detail =
            $"Coaching needs the athlete's {string.Join(", ", missing)}: set them with PUT /api/t/{{tenantId}}/athletes/{{athleteId}}, " +
            "or import a member row that carries them.";
        var errors = new Dictionary<string, string[]> { ["profile"] = [detail] };
        foreach (var field in missing)
        {
            errors[field] = [$"{field} is needed for coaching."];
        }

        return TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status409Conflict,
            title: "The athlete's profile is incomplete.",
            extensions: new Dictionary<string, object?> { ["missing"] = missing, ["errors"] = errors });
    }

    /// <summary>410: the resource existed and was removed on purpose (e.g. after its retention period); it will not come back.</summary>
    public static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "Gone");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    /// <summary>Writes a problem from middleware, outside endpoint results.</summary>
    public static Task Write(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
}
