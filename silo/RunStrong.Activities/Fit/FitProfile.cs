namespace RunStrong.Activities.Fit;

/// <summary>
/// The message and field numbers of the FIT Profile (Profile.xlsx of the FIT SDK, "Messages" sheet) that the product
/// reads, with their scales: a stored value divided by its scale gives the unit the name ends in.
/// </summary>
internal static class FitProfile
{
    /// <summary>Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z (FIT Profile, type date_time).</summary>
    public const long FitEpochUnixSeconds = 631_065_600;

    /// <summary>Field 253 is the timestamp of every message that has one (FIT Protocol, "Timestamp").</summary>
    public const byte TimestampField = 253;

    public static class FileId
    {
        public const ushort Message = 0;
        public const byte Type = 0;
    }

    public static class Sport
    {
        public const ushort Message = 12;
        public const byte SportField = 0;
        public const byte SubSportField = 1;
    }

    public static class Session
    {
        public const ushort Message = 18;
        public const byte StartTime = 2;
        public const byte SportField = 5;
        public const byte SubSportField = 6;
        public const byte TotalElapsedTime = 7;
        public const byte TotalTimerTime = 8;
        public const byte TotalDistance = 9;
        public const byte TotalCalories = 11;
        public const byte AvgHeartRate = 16;
        public const byte MaxHeartRate = 17;
    }

    public static class Lap
    {
        public const ushort Message = 19;
        public const byte StartTime = 2;
        public const byte TotalElapsedTime = 7;
        public const byte TotalTimerTime = 8;
        public const byte TotalDistance = 9;
        public const byte TotalCalories = 11;
        public const byte AvgHeartRate = 15;
        public const byte MaxHeartRate = 16;
        public const byte Intensity = 23;
        public const byte SportField = 25;
        public const byte SubSportField = 39;
    }

    public static class Record
    {
        public const ushort Message = 20;
        public const byte HeartRate = 3;
        public const byte Distance = 5;
        public const byte Speed = 6;

        /// <summary>Speed (12 bits, scale 100) and accumulated distance (12 bits, scale 16) packed in 3 bytes.</summary>
        public const byte CompressedSpeedDistance = 8;
        public const byte EnhancedSpeed = 73;
    }

    /// <summary>total_elapsed_time, total_timer_time: seconds, scale 1000.</summary>
    public const double TimeScale = 1000;

    /// <summary>total_distance, record distance: metres, scale 100.</summary>
    public const double DistanceScale = 100;

    /// <summary>speed, enhanced_speed: metres per second, scale 1000.</summary>
    public const double SpeedScale = 1000;

    /// <summary>compressed_speed_distance's speed component: metres per second, scale 100.</summary>
    public const double CompressedSpeedScale = 100;

    /// <summary>compressed_speed_distance's distance component: metres, scale 16, a 12-bit counter that rolls over.</summary>
    public const double CompressedDistanceScale = 16;

    /// <summary>FIT Profile, type file: 4 is activity.</summary>
    public const int ActivityFileType = 4;
}
