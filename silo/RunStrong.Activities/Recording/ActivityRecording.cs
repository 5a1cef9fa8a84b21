namespace RunStrong.Activities.Recording;

/// <summary>
/// What a reader found in a file, before anything is derived: the stated session totals (if any), the laps, and the
/// sample stream folded into a bounded <see cref="SampleSeries"/>. Its size does not grow with the file's length
/// beyond the laps, which readers cap at <see cref="MaxLaps"/>.
/// </summary>
public sealed class ActivityRecording
{
    /// <summary>More laps than this are not kept (a lap per 100 m of a marathon is 422); totals still count them.</summary>
    public const int MaxLaps = 500;

    public required ActivityFormat Format { get; init; }

    /// <summary>The sport in FIT's lower-camel names ("running", "cycling"...), mapped from TCX/GPX names; "generic" when unknown.</summary>
    public required string Sport { get; init; }

    public string? SubSport { get; init; }

    /// <summary>The file's own session totals, when it states them.</summary>
    public SessionTotals? Session { get; init; }

    public required IReadOnlyList<RecordedLap> Laps { get; init; }

    public required SampleSeries Samples { get; init; }

    /// <summary>Recoverable damage the reader worked around (a CRC mismatch, a truncated tail): shown, not fatal.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
