using Microsoft.AspNetCore.Mvc;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Api.LogHistory;

/// <summary>The <c>from</c> and <c>to</c> of a log read: the athlete's local days, inclusive, either end optional.</summary>
public sealed record LocalDaysQuery([FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To)
{
    /// <summary>The days asked for, or null with the errors added to <paramref name="checks"/>.</summary>
    internal LocalDays? Read(FieldChecks checks)
    {
        var fromRead = TryRead(checks, From, "from", out var from);
        var toRead = TryRead(checks, To, "to", out var to);
        return fromRead && toRead ? LocalDays.Check(checks, from, to) : null;
    }

    private static bool TryRead(FieldChecks checks, string? value, string parameter, out DateOnly? date)
    {
        if (QueryDate.TryReadOptional(value, out date))
        {
            return true;
        }

        checks.Add(parameter, $"{parameter} {QueryDate.Rule}");
        return false;
    }
}
