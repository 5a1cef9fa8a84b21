using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace RunStrong.Silo.Http;

/// <summary>
/// Turns requests the framework could not bind (malformed JSON, a string where a number belongs, a wrong
/// content type, an oversized body) into problem+json with the offending field named, instead of a bare 400.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var problem = new ProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status401Unauthorized => "Unauthenticated",
                _ => "The request body could not be read.",
            },
            Detail = Describe(badRequest),
        };
        if (FindJsonException(badRequest) is { } json)
        {
            var field = FieldName(json.Path);
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [$"{field}: {JsonProblem(json)}"] };
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ when FindJsonException(exception) is { } json => $"Invalid JSON at '{FieldName(json.Path)}': {JsonProblem(json)}",
        _ => exception.Message,
    };

    private static JsonException? FindJsonException(Exception exception) =>
        exception.InnerException as JsonException ?? exception.InnerException?.InnerException as JsonException;

    /// <summary>"$.exercises[0].sets" becomes "exercises[0].sets"; the document root is "body".</summary>
    private static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static string JsonProblem(JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "the value has the wrong type or format." : "the JSON is malformed.";
}
