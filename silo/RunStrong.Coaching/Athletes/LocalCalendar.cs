using System.Collections.Concurrent;

namespace RunStrong.Coaching.Athletes;

/// <summary>
/// An athlete's calendar: the local date an instant falls on in their time zone (IANA id), so a 06:30 run in
/// Sydney belongs to that Sydney date. One instance per zone, shared and thread-safe. The engine maps about a
/// hundred runs per evaluation in a budget of tens of microseconds, so UTC needs no conversion and other
/// zones remember each UTC day's offset instead of converting every instant.
/// </summary>
public sealed class LocalCalendar
{
    public const string UtcId = "UTC";

    // A direct-mapped cache: slot (UTC day number mod Slots) holds that day's number (high 32 bits) and its
    // offset in seconds (low 32 bits), written as one long so readers never see half an entry. 512 days
    // covers the detail window and any as-of date in it without collisions.
    private const int Slots = 512;
    private const int Empty = -1;
    private const int MixedOffset = int.MinValue;

    private static readonly ConcurrentDictionary<string, LocalCalendar> ByZone = new(StringComparer.Ordinal);

    private readonly TimeZoneInfo? zone;
    private readonly long[]? offsets;

    private LocalCalendar(string timeZoneId, TimeZoneInfo? zone)
    {
        TimeZoneId = timeZoneId;
        this.zone = zone;
        if (zone is not null)
        {
            offsets = new long[Slots];
            Array.Fill(offsets, Pack(Empty, 0));
        }
    }

    public static LocalCalendar Utc { get; } = new(UtcId, null);

    public string TimeZoneId { get; }

    /// <summary>
    /// The calendar of a validated IANA id (<see cref="RunStrong.Coaching.Validation.TimeZoneIds"/>); throws
    /// <see cref="TimeZoneNotFoundException"/> for an id this machine's time-zone data does not know.
    /// </summary>
    public static LocalCalendar For(string timeZoneId) =>
        timeZoneId == UtcId
            ? Utc
            : ByZone.GetOrAdd(timeZoneId, static id => new LocalCalendar(id, TimeZoneInfo.FindSystemTimeZoneById(id)));

    /// <summary>The athlete's local date at <paramref name="utcNow"/>.</summary>
    public DateOnly Today(DateTimeOffset utcNow) => DayOf(utcNow);

    /// <summary>The local calendar date <paramref name="instant"/> falls on.</summary>
    public DateOnly DayOf(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        if (zone is null)
        {
            return DateOnly.FromDateTime(utc);
        }

        var offsetSeconds = OffsetOn(DateOnly.FromDateTime(utc));
        return offsetSeconds == MixedOffset
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone))
            : DateOnly.FromDateTime(utc.AddSeconds(offsetSeconds));
    }

    /// <summary>
    /// The first instant of local day <paramref name="day"/>: its midnight, or (where a DST change skips midnight) the
    /// first local time that exists. Reads over a range of local days query storage by these instants.
    /// </summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        if (zone is null)
        {
            return new DateTimeOffset(midnight, TimeSpan.Zero);
        }

        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    public override string ToString() => TimeZoneId;

    private static long Pack(int dayNumber, int offsetSeconds) => ((long)dayNumber << 32) | (uint)offsetSeconds;

    /// <summary>The zone's offset throughout UTC day <paramref name="utcDay"/>, or <see cref="MixedOffset"/> when it changes that day (a DST switch).</summary>
    private int OffsetOn(DateOnly utcDay)
    {
        var slot = utcDay.DayNumber % Slots;
        var entry = Volatile.Read(ref offsets![slot]);
        if ((int)(entry >> 32) == utcDay.DayNumber)
        {
            return (int)entry;
        }

        var start = utcDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var first = zone!.GetUtcOffset(start);
        var last = zone.GetUtcOffset(start.AddDays(1).AddTicks(-1));
        var offsetSeconds = first == last ? (int)first.TotalSeconds : MixedOffset;
        Volatile.Write(ref offsets[slot], Pack(utcDay.DayNumber, offsetSeconds));
        return offsetSeconds;
    }
}
