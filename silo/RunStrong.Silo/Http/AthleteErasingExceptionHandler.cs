using Microsoft.AspNetCore.Diagnostics;
using RunStrong.Contracts.Athletes;

namespace RunStrong.Silo.Http;

/// <summary>
/// An athlete being erased refuses every call (<see cref="AthleteErasingException"/>): whatever the route, the
/// answer is the 404 an unknown athlete gets, so an erase in progress looks the same as one finished.
/// </summary>
public sealed class AthleteErasingExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Find(exception) is not { } erasing)
        {
            return false;
        }

        var athleteId = httpContext.GetRouteValue("athleteId") as string ?? erasing.AthleteId;
        await Problems.NoAthlete(athleteId).ExecuteAsync(httpContext);
        return true;
    }

    private static AthleteErasingException? Find(Exception? exception) =>
        exception switch
        {
            null => null,
            AthleteErasingException erasing => erasing,
            AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
            _ => Find(exception.InnerException),
        };
}
