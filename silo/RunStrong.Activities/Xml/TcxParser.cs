using System.Xml;
using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Xml;

/// <summary>
/// The TCX reader's single pass: a stack of the open elements gives each value its context (a lap's
/// <c>DistanceMeters</c> or a trackpoint's), laps and trackpoints are emitted as their end tags arrive, and
/// reading stops at the end of the first activity.
/// </summary>
internal sealed class TcxParser(XmlReader reader)
{
    private const string TcxV2 = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    private const string TcxV1 = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v1";
    private const string ActivityExtensionV2 = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";
    private const string ActivityExtensionV1 = "http://www.garmin.com/xmlschemas/ActivityExtension/v1";

    /// <summary>Shorter than this is not a recording worth logging (ActivityFileProblem.NoTimedTrack).</summary>
    private const double MinRecordingSeconds = 60;

    private readonly TagStack<TcxTag> open = new();
    private readonly LapCollector laps = new();
    private readonly SampleSeries samples = new();

    private bool sawActivity;
    private bool sawCoursesOrWorkouts;
    private string sport = "generic";
    private DateTimeOffset? activityId;

    // The lap being read.
    private DateTimeOffset? lapStart;
    private double? lapDistance, lapTime, lapEnergy;
    private int? lapAvgHeartRate, lapMaxHeartRate;
    private LapIntensity lapIntensity;
    private DateTimeOffset? lapFirstPoint;

    // The trackpoint being read.
    private DateTimeOffset? pointTime;
    private double? pointDistance, pointSpeed, pointLatitude, pointLongitude;
    private int? pointHeartRate;

    // Distance from positions, used only while no trackpoint states its own DistanceMeters.
    private bool trackpointsStateDistance;
    private double positionDistance;
    private double? lastLatitude, lastLongitude;

    public ActivityRecording Parse()
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "TrainingCenterDatabase")
        {
            throw new ActivityFileException(
                ActivityFileProblem.UnknownFormat,
                $"Not a TCX file: it starts with <{reader.LocalName}>, not <TrainingCenterDatabase>.");
        }

        do
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (StartElement())
                    {
                        return Finish();
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (EndElement(open.Pop()))
                    {
                        return Finish();
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Text(reader.Value);
                    break;
            }
        }
        while (reader.Read());

        return Finish();
    }

    /// <summary>Pushes the element (or handles an empty one at once); true when the first activity is complete.</summary>
    private bool StartElement()
    {
        var tag = Classify();
        if (tag == TcxTag.Activity && sawActivity)
        {
            return true; // the first activity is the one read
        }

        // A course's laps and trackpoints (Courses follow Activities in the schema) are not the activity's.
        if (!sawActivity && tag is TcxTag.Lap or TcxTag.Trackpoint)
        {
            tag = TcxTag.Other;
        }

        switch (tag)
        {
            case TcxTag.Activity:
                sawActivity = true;
                sport = XmlSportNames.FromTcx(reader.GetAttribute("Sport"));
                break;
            case TcxTag.Lap:
                BeginLap();
                break;
            case TcxTag.Trackpoint:
                (pointTime, pointDistance, pointSpeed, pointLatitude, pointLongitude, pointHeartRate) = (null, null, null, null, null, null);
                break;
            case TcxTag.Courses or TcxTag.Workouts:
                sawCoursesOrWorkouts = true;
                break;
        }

        if (reader.IsEmptyElement)
        {
            return EndElement(tag);
        }

        if (!open.TryPush(tag))
        {
            throw ActivityXmlInput.InvalidValue(reader, reader.LocalName, "(nested too deep)");
        }

        return false;
    }

    /// <summary>Emits a finished trackpoint or lap; true when the first activity is complete.</summary>
    private bool EndElement(TcxTag tag)
    {
        switch (tag)
        {
            case TcxTag.Trackpoint:
                EndTrackpoint();
                break;
            case TcxTag.Lap:
                EndLap();
                break;
            case TcxTag.Activity:
                return true;
        }

        return false;
    }

    private void Text(string text)
    {
        if (!sawActivity)
        {
            return;
        }

        switch (open.Top)
        {
            case TcxTag.Id when open.Parent == TcxTag.Activity:
                activityId = ActivityXmlInput.Time(reader, "Id", text);
                break;
            case TcxTag.TotalTimeSeconds when open.Parent == TcxTag.Lap:
                lapTime = NonNegative("TotalTimeSeconds", text);
                break;
            case TcxTag.DistanceMeters when open.Parent == TcxTag.Lap:
                lapDistance = NonNegative("DistanceMeters", text);
                break;
            case TcxTag.DistanceMeters when open.Parent == TcxTag.Trackpoint:
                pointDistance = NonNegative("DistanceMeters", text);
                break;
            case TcxTag.Calories when open.Parent == TcxTag.Lap:
                lapEnergy = NonNegative("Calories", text);
                break;
            case TcxTag.Value when open.Parent == TcxTag.AverageHeartRateBpm && open.Grandparent == TcxTag.Lap:
                lapAvgHeartRate = ActivityXmlInput.HeartRate(reader, "AverageHeartRateBpm", text);
                break;
            case TcxTag.Value when open.Parent == TcxTag.MaximumHeartRateBpm && open.Grandparent == TcxTag.Lap:
                lapMaxHeartRate = ActivityXmlInput.HeartRate(reader, "MaximumHeartRateBpm", text);
                break;
            case TcxTag.Value when open.Parent == TcxTag.HeartRateBpm && open.Grandparent == TcxTag.Trackpoint:
                pointHeartRate = ActivityXmlInput.HeartRate(reader, "HeartRateBpm", text);
                break;
            case TcxTag.Intensity when open.Parent == TcxTag.Lap:
                lapIntensity = text.Trim() switch
                {
                    "Active" => LapIntensity.Active,
                    "Resting" => LapIntensity.Rest,
                    _ => LapIntensity.Unknown,
                };
                break;
            case TcxTag.Time when open.Parent == TcxTag.Trackpoint:
                pointTime = ActivityXmlInput.Time(reader, "Time", text);
                break;
            case TcxTag.LatitudeDegrees:
                pointLatitude = InRange("LatitudeDegrees", text, 90);
                break;
            case TcxTag.LongitudeDegrees:
                pointLongitude = InRange("LongitudeDegrees", text, 180);
                break;
            case TcxTag.Speed:
                pointSpeed = NonNegative("Speed", text);
                break;
        }
    }

    private void BeginLap()
    {
        var startTime = reader.GetAttribute("StartTime");
        lapStart = startTime is null ? null : ActivityXmlInput.Time(reader, "Lap StartTime", startTime);
        (lapDistance, lapTime, lapEnergy, lapAvgHeartRate, lapMaxHeartRate) = (null, null, null, null, null);
        lapIntensity = LapIntensity.Unknown;
        lapFirstPoint = null;
    }

    private void EndLap()
    {
        // The schema requires StartTime; exporters that drop it still have the lap's first point or the activity's Id.
        var start = lapStart ?? lapFirstPoint ?? activityId;
        if (start is null)
        {
            throw ActivityXmlInput.InvalidValue(reader, "Lap", "(no StartTime)");
        }

        laps.Add(new RecordedLap(start.Value, lapDistance, lapTime, null, lapAvgHeartRate, lapMaxHeartRate, lapIntensity, lapEnergy));
    }

    private void EndTrackpoint()
    {
        if (pointDistance is not null)
        {
            trackpointsStateDistance = true;
        }
        else if (!trackpointsStateDistance && pointLatitude is { } latitude && pointLongitude is { } longitude)
        {
            if (lastLatitude is { } previousLatitude && lastLongitude is { } previousLongitude)
            {
                positionDistance += GreatCircle.DistanceM(previousLatitude, previousLongitude, latitude, longitude);
            }

            (lastLatitude, lastLongitude) = (latitude, longitude);
            pointDistance = positionDistance;
        }

        if (pointTime is { } time)
        {
            lapFirstPoint ??= time;
            samples.Add(new ActivitySample(time, pointDistance, pointSpeed, pointHeartRate));
        }
    }

    private ActivityRecording Finish()
    {
        if (!sawActivity)
        {
            throw sawCoursesOrWorkouts
                ? new ActivityFileException(ActivityFileProblem.NotAnActivity, "This TCX file holds courses or workouts, not a recorded activity.")
                : new ActivityFileException(ActivityFileProblem.NoTimedTrack, "This TCX file holds no activity.");
        }

        var lapSeconds = laps.Laps.Sum(lap => lap.TimerS ?? 0);
        if (samples.ElapsedSeconds < MinRecordingSeconds && lapSeconds < MinRecordingSeconds)
        {
            throw new ActivityFileException(
                ActivityFileProblem.NoTimedTrack,
                "This TCX activity has no timed track or laps of at least a minute.");
        }

        return new ActivityRecording
        {
            Format = ActivityFormat.Tcx,
            Sport = sport,
            Laps = laps.Laps,
            Samples = samples,
            Warnings = laps.Seen > ActivityRecording.MaxLaps
                ? [$"The file has {laps.Seen} laps; laps after the {ActivityRecording.MaxLaps}th are counted in the last one."]
                : [],
        };
    }

    private TcxTag Classify()
    {
        var ns = reader.NamespaceURI;
        if (ns is ActivityExtensionV2 or ActivityExtensionV1)
        {
            return reader.LocalName == "Speed" ? TcxTag.Speed : TcxTag.Other;
        }

        if (ns is not (TcxV2 or TcxV1 or ""))
        {
            return TcxTag.Other;
        }

        return reader.LocalName switch
        {
            "TrainingCenterDatabase" => TcxTag.TrainingCenterDatabase,
            "Activities" => TcxTag.Activities,
            "Activity" => TcxTag.Activity,
            "Id" => TcxTag.Id,
            "Lap" => TcxTag.Lap,
            "TotalTimeSeconds" => TcxTag.TotalTimeSeconds,
            "DistanceMeters" => TcxTag.DistanceMeters,
            "Calories" => TcxTag.Calories,
            "AverageHeartRateBpm" => TcxTag.AverageHeartRateBpm,
            "MaximumHeartRateBpm" => TcxTag.MaximumHeartRateBpm,
            "Value" => TcxTag.Value,
            "Intensity" => TcxTag.Intensity,
            "Trackpoint" => TcxTag.Trackpoint,
            "Time" => TcxTag.Time,
            "HeartRateBpm" => TcxTag.HeartRateBpm,
            "LatitudeDegrees" => TcxTag.LatitudeDegrees,
            "LongitudeDegrees" => TcxTag.LongitudeDegrees,
            "Courses" => TcxTag.Courses,
            "Workouts" => TcxTag.Workouts,
            _ => TcxTag.Other,
        };
    }

    private double NonNegative(string element, string text)
    {
        var value = ActivityXmlInput.Number(reader, element, text);
        return value >= 0 ? value : throw ActivityXmlInput.InvalidValue(reader, element, text);
    }

    private double InRange(string element, string text, double limit)
    {
        var value = ActivityXmlInput.Number(reader, element, text);
        return Math.Abs(value) <= limit ? value : throw ActivityXmlInput.InvalidValue(reader, element, text);
    }
}
