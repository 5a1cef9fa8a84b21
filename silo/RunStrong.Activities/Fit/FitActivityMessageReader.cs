namespace RunStrong.Activities.Fit;

/// <summary>
/// Picks the messages an activity is made of (file_id, sport, session, lap, record) out of the decoded stream and
/// reads the fields the product uses, scaled as the FIT Profile says. Everything else is skipped unread.
/// </summary>
internal sealed class FitActivityMessageReader : IFitMessageVisitor
{
    private const int CompressedCounterMask = 0xFFF;
    private const int CompressedSpeedInvalid = 0xFFF;

    private readonly IFitActivityHandler handler;

    // record.compressed_speed_distance's distance is a 12-bit counter accumulated across records.
    private long compressedDistance;
    private int lastCompressedDistance;

    private FitActivityMessageReader(IFitActivityHandler handler) => this.handler = handler;

    /// <summary>Decodes <paramref name="file"/> into <paramref name="handler"/>; null when it ended cleanly, else why it stopped.</summary>
    public static FitDecodeStop? Read(Stream file, IFitActivityHandler handler) =>
        FitDecoder.Decode(file, new FitActivityMessageReader(handler));

    public void OnFileStart(int fileIndex)
    {
        compressedDistance = 0;
        lastCompressedDistance = 0;
        handler.OnFileStart(fileIndex);
    }

    public void OnMessage(FitMessage message)
    {
        switch (message.GlobalMessageNumber)
        {
            case FitProfile.Record.Message:
                ReadRecord(message);
                break;
            case FitProfile.Lap.Message:
                handler.OnLap(ReadSummary(message, isLap: true));
                break;
            case FitProfile.Session.Message:
                handler.OnSession(ReadSummary(message, isLap: false));
                break;
            case FitProfile.FileId.Message:
                if (Integer(message, FitProfile.FileId.Type) is { } fileType)
                {
                    handler.OnFileType(fileType);
                }

                break;
            case FitProfile.Sport.Message:
                handler.OnSport(Integer(message, FitProfile.Sport.SportField), Integer(message, FitProfile.Sport.SubSportField));
                break;
        }
    }

    private void ReadRecord(FitMessage message)
    {
        var distance = Scaled(message, FitProfile.Record.Distance, FitProfile.DistanceScale);
        var speed = Scaled(message, FitProfile.Record.EnhancedSpeed, FitProfile.SpeedScale)
            ?? Scaled(message, FitProfile.Record.Speed, FitProfile.SpeedScale);
        if (message.TryGetBytes(FitProfile.Record.CompressedSpeedDistance, out var packed) && packed.Length >= 3)
        {
            // Bits 0-11: speed (scale 100); bits 12-23: distance counter (scale 16), accumulated (FIT Profile, record).
            var packedSpeed = packed[0] | ((packed[1] & 0x0F) << 8);
            var packedDistance = (packed[1] >> 4) | (packed[2] << 4);
            compressedDistance += (packedDistance - lastCompressedDistance) & CompressedCounterMask;
            lastCompressedDistance = packedDistance;
            distance ??= compressedDistance / FitProfile.CompressedDistanceScale;
            if (packedSpeed != CompressedSpeedInvalid)
            {
                speed ??= packedSpeed / FitProfile.CompressedSpeedScale;
            }
        }

        handler.OnRecord(new FitRecordMessage(Time(message.Timestamp), distance, speed, Integer(message, FitProfile.Record.HeartRate)));
    }

    private static FitSummaryMessage ReadSummary(FitMessage message, bool isLap) => isLap
        ? new FitSummaryMessage(
            Time(message.Timestamp),
            DateTime(message, FitProfile.Lap.StartTime),
            Integer(message, FitProfile.Lap.SportField),
            Integer(message, FitProfile.Lap.SubSportField),
            Scaled(message, FitProfile.Lap.TotalElapsedTime, FitProfile.TimeScale),
            Scaled(message, FitProfile.Lap.TotalTimerTime, FitProfile.TimeScale),
            Scaled(message, FitProfile.Lap.TotalDistance, FitProfile.DistanceScale),
            Integer(message, FitProfile.Lap.AvgHeartRate),
            Integer(message, FitProfile.Lap.MaxHeartRate),
            Integer(message, FitProfile.Lap.TotalCalories),
            Integer(message, FitProfile.Lap.Intensity))
        : new FitSummaryMessage(
            Time(message.Timestamp),
            DateTime(message, FitProfile.Session.StartTime),
            Integer(message, FitProfile.Session.SportField),
            Integer(message, FitProfile.Session.SubSportField),
            Scaled(message, FitProfile.Session.TotalElapsedTime, FitProfile.TimeScale),
            Scaled(message, FitProfile.Session.TotalTimerTime, FitProfile.TimeScale),
            Scaled(message, FitProfile.Session.TotalDistance, FitProfile.DistanceScale),
            Integer(message, FitProfile.Session.AvgHeartRate),
            Integer(message, FitProfile.Session.MaxHeartRate),
            Integer(message, FitProfile.Session.TotalCalories),
            null);

    private static double? Scaled(FitMessage message, byte field, double scale) =>
        message.TryGetRaw(field, out var raw) ? raw / scale : null;

    private static int? Integer(FitMessage message, byte field) =>
        message.TryGetRaw(field, out var raw) && raw is >= int.MinValue and <= int.MaxValue ? (int)raw : null;

    private static DateTimeOffset? DateTime(FitMessage message, byte field) =>
        message.TryGetRaw(field, out var raw) && raw is >= 0 and <= uint.MaxValue ? Time((uint)raw) : null;

    private static DateTimeOffset? Time(uint? fitSeconds) =>
        fitSeconds is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + seconds)
            : null;
}
