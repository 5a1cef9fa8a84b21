using Microsoft.AspNetCore.Mvc;
using RunStrong.Coaching.Validation;
using RunStrong.Members;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// The query of a directory page (<c>?q=&amp;sort=&amp;limit=&amp;after=</c>), bound as text and read into a
/// <see cref="RosterQuery"/> with every bad parameter named at once.
/// </summary>
public sealed record DirectoryQuery(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "limit")] string? Limit,
    [FromQuery(Name = "after")] string? After)
{
    internal Validated<RosterQuery> Read()
    {
        var checks = new FieldChecks();
        if (Q is { Length: > RosterQuery.MaxSearchLength })
        {
            checks.Add("q", $"q must be at most {RosterQuery.MaxSearchLength} characters.");
        }

        var sort = RosterSort.Name;
        if (!string.IsNullOrEmpty(Sort) && !TryReadSort(Sort, out sort))
        {
            checks.Add("sort", "sort must be one of name, risk, lastActive.");
        }

        if (!QueryCount.TryRead(Limit, RosterQuery.DefaultLimit, RosterQuery.MaxLimit, out var limit))
        {
            checks.Add("limit", QueryCount.Rule("limit", RosterQuery.MaxLimit));
        }

        // An empty after is the first page: a client may send back a null next as is.
        string? after = null;
        if (!string.IsNullOrEmpty(After) && !checks.Errors.Any(e => e.Field == "sort"))
        {
            if (RosterCursor.TryDecode(After, sort, out var key))
            {
                after = key;
            }
            else
            {
                checks.Add("after", "after must be the next of a previous page of the same sort.");
            }
        }

        return checks.HasErrors
            ? Validated<RosterQuery>.Failed(checks.Errors)
            : Validated<RosterQuery>.Ok(RosterQuery.For(Q, sort, after, limit));
    }

    private static bool TryReadSort(string text, out RosterSort sort)
    {
        sort = text switch
        {
            "name" => RosterSort.Name,
            "risk" => RosterSort.Risk,
            "lastActive" => RosterSort.LastActive,
            _ => (RosterSort)(-1),
        };
        return Enum.IsDefined(sort);
    }
}
