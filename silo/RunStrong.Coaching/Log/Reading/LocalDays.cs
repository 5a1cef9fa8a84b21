using RunStrong.Coaching.Validation;

namespace RunStrong.Coaching.Log.Reading;

/// <summary>
/// The athlete's local days a read covers, both ends inclusive; a missing end leaves that side open. A run or
/// session is on the local day its start falls on (<see cref="Athletes.LocalCalendar.DayOf"/>).
/// </summary>
public sealed record LocalDays(DateOnly? From, DateOnly? To)
{
    /// <summary>The longest range a client may ask for, as for challenges: a year, leap day included.</summary>
    public const int MaxSpanDays = 366;

    public static LocalDays All { get; } = new(null, null);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    /// <summary>Whether the week starting on <paramref name="weekOf"/> (a Monday) has any day in the range.</summary>
    public bool Overlaps(DateOnly weekOf) => (From is not { } from || weekOf.AddDays(6) >= from) && (To is not { } to || weekOf <= to);

    /// <summary>The range of two parsed query dates, or null with the error added to <paramref name="checks"/> (naming <c>to</c>).</summary>
    public static LocalDays? Check(FieldChecks checks, DateOnly? from, DateOnly? to)
    {
        if (from is { } first && to is { } last)
        {
            if (last < first)
            {
                checks.Add("to", "to must be on or after from.");
                return null;
            }

            if (last.DayNumber - first.DayNumber > MaxSpanDays)
            {
                checks.Add("to", $"to must be at most {MaxSpanDays} days after from.");
                return null;
            }
        }

        return new LocalDays(from, to);
    }
}
