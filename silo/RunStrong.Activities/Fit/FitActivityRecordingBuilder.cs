using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Fit;

/// <summary>
/// Folds the activity messages of a FIT stream into an <see cref="ActivityRecording"/> as they arrive: the first
/// session's totals, the laps (up to <see cref="ActivityRecording.MaxLaps"/>) and every record into a
/// <see cref="SampleSeries"/>. Refuses a file whose file_id says it is not an activity as soon as it says so.
/// </summary>
internal sealed class FitActivityRecordingBuilder : IFitActivityHandler
{
    /// <summary>
    /// A damaged file without a session is still worth reading when it holds at least this many records: a minute of
    /// 1 Hz recording, or several minutes of smart recording, is enough to derive totals from.
    /// </summary>
    public const int MinRecordsToRecover = 60;

    private readonly List<RecordedLap> laps = [];
    private readonly SampleSeries samples = new();
    private int fileIndex;
    private bool currentFileIsActivity = true;
    private bool sawFileType;
    private FitSummaryMessage? session;
    private int? sportMessageSport;
    private int? sportMessageSubSport;
    private int? firstLapSport;
    private int? firstLapSubSport;

    /// <summary>Whether enough was read before damage to trust a best-effort reading.</summary>
    public bool CanRecover => session is not null || samples.Count >= MinRecordsToRecover;

    public void OnFileStart(int fileIndex)
    {
        this.fileIndex = fileIndex;
        currentFileIsActivity = true;
    }

    public void OnFileType(int fileType)
    {
        var isActivity = fileType == FitProfile.ActivityFileType;
        if (fileIndex == 0 && !sawFileType && !isActivity)
        {
            throw new ActivityFileException(
                ActivityFileProblem.NotAnActivity,
                $"This is a FIT file of type {FitProfileNames.FileType(fileType)}, not an activity: upload the activity file your device recorded.");
        }

        sawFileType = true;

        // A non-activity file chained after an activity (a device's settings appended, say) adds nothing to it.
        currentFileIsActivity = isActivity;
    }

    public void OnSport(int? sport, int? subSport)
    {
        if (currentFileIsActivity && sportMessageSport is null)
        {
            sportMessageSport = sport;
            sportMessageSubSport = subSport;
        }
    }

    public void OnSession(in FitSummaryMessage session)
    {
        if (currentFileIsActivity)
        {
            this.session ??= session;
        }
    }

    public void OnLap(in FitSummaryMessage lap)
    {
        if (!currentFileIsActivity)
        {
            return;
        }

        if (laps.Count == 0)
        {
            firstLapSport = lap.Sport;
            firstLapSubSport = lap.SubSport;
        }

        if (laps.Count < ActivityRecording.MaxLaps && StartOf(lap) is { } startedAt)
        {
            laps.Add(new RecordedLap(startedAt, lap.DistanceM, lap.TimerS, lap.ElapsedS, lap.AvgHeartRate, lap.MaxHeartRate, Intensity(lap.Intensity)));
        }
    }

    public void OnRecord(in FitRecordMessage record)
    {
        if (currentFileIsActivity && record.Time is { } time)
        {
            samples.Add(new ActivitySample(time, record.DistanceM, record.SpeedMps, record.HeartRate));
        }
    }

    /// <summary>
    /// The recording, once decoding has ended: cleanly (<paramref name="stop"/> null), or early, which is a warning
    /// when enough was read before it and the decoder's refusal otherwise.
    /// </summary>
    public ActivityRecording Build(FitDecodeStop? stop)
    {
        List<string> warnings = [];
        if (stop is not null)
        {
            if (stop.Problem == ActivityFileProblem.Empty || !CanRecover)
            {
                throw new ActivityFileException(stop.Problem, stop.Reason, stop.Offset);
            }

            warnings.Add($"{stop.Reason} What came before it was read.");
        }

        if (!sawFileType && session is null && samples.Count == 0)
        {
            throw new ActivityFileException(ActivityFileProblem.NotAnActivity, "This FIT file holds no activity: no file type, session or record.", 0);
        }

        var sport = SportName(session?.Sport) ?? SportName(sportMessageSport) ?? SportName(firstLapSport) ?? "generic";
        var subSport = SubSportName(session?.SubSport) ?? SubSportName(sportMessageSubSport) ?? SubSportName(firstLapSubSport);
        return new ActivityRecording
        {
            Format = ActivityFormat.Fit,
            Sport = sport,
            SubSport = subSport,
            Session = session is { } s ? Totals(s, sport) : null,
            Laps = laps,
            Samples = samples,
            Warnings = warnings,
        };
    }

    private SessionTotals? Totals(in FitSummaryMessage s, string recordingSport)
    {
        var startedAt = StartOf(s) ?? samples.First;
        return startedAt is { } start
            ? new SessionTotals(SportName(s.Sport) ?? recordingSport, SubSportName(s.SubSport), start, s.DistanceM, s.TimerS, s.ElapsedS, s.AvgHeartRate, s.MaxHeartRate, s.Calories)
            : null;
    }

    /// <summary>start_time, else the closing timestamp less the elapsed time.</summary>
    private static DateTimeOffset? StartOf(in FitSummaryMessage summary) =>
        summary.StartTime ?? summary.Timestamp?.AddSeconds(-(summary.ElapsedS ?? summary.TimerS ?? 0));

    private static string? SportName(int? value) => value is { } v ? FitProfileNames.Sport(v) : null;

    private static string? SubSportName(int? value) => value is { } v ? FitProfileNames.SubSport(v) : null;

    /// <summary>FIT Profile, type intensity: 0 active, 1 rest, 2 warmup, 3 cooldown, 4 recovery, 5 interval.</summary>
    private static LapIntensity Intensity(int? value) => value switch
    {
        0 => LapIntensity.Active,
        1 => LapIntensity.Rest,
        2 => LapIntensity.Warmup,
        3 => LapIntensity.Cooldown,
        4 => LapIntensity.Recovery,
        5 => LapIntensity.Interval,
        _ => LapIntensity.Unknown,
    };
}
