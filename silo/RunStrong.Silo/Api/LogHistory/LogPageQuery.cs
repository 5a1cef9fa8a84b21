using Microsoft.AspNetCore.Mvc;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Api.LogHistory;

/// <summary>
/// The query of a paged log read (<c>?from=&amp;to=&amp;limit=&amp;after=</c>), bound as one parameter and read
/// into a <see cref="LogPageRequest"/> with every bad parameter named at once.
/// </summary>
public sealed record LogPageQuery(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "limit")] string? Limit,
    [FromQuery(Name = "after")] string? After)
{
    internal Validated<LogPageRequest> Read(LogEntryKind kind)
    {
        var checks = new FieldChecks();
        var days = new LocalDaysQuery(From, To).Read(checks);
        if (!QueryCount.TryRead(Limit, LogPageRequest.DefaultLimit, LogPageRequest.MaxLimit, out var limit))
        {
            checks.Add("limit", QueryCount.Rule("limit", LogPageRequest.MaxLimit));
        }

        // An empty after is the first page, as an empty date is no date: a client may send back a null next as is.
        LogPosition? after = null;
        if (!string.IsNullOrEmpty(After))
        {
            if (LogCursor.TryRead(After, kind, out var position))
            {
                after = position;
            }
            else
            {
                checks.Add("after", $"after {LogCursor.Rule}");
            }
        }

        return days is null || checks.HasErrors
            ? Validated<LogPageRequest>.Failed(checks.Errors)
            : Validated<LogPageRequest>.Ok(new LogPageRequest(days, limit, after));
    }
}
