using RunStrong.Activities.Recording;

namespace RunStrong.Activities.Tests.Derivation;

/// <summary>
/// Builds a recording second by second from parts (run at a speed, stand still, auto-pause), the way a watch would
/// record it: positions with GPS noise (a slowly wandering error of a few metres, the odd jump) measured into
/// cumulative distance, and a heart rate that follows each part's target with a lag.
/// </summary>
public sealed class SyntheticRun
{
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    private readonly List<Part> parts = [];

    /// <summary>Standard deviation of the wandering GPS error, in metres (0 = a perfect foot pod).</summary>
    public double GpsNoiseM { get; init; } = 3;

    /// <summary>One GPS jump of about 25 m every this many seconds (0 = none).</summary>
    public int GpsJumpEverySeconds { get; init; } = 300;

    public int Seed { get; init; } = 42;

    /// <summary>One sample every this many seconds (Garmin's smart recording writes one every 1-10 s).</summary>
    public int SampleEverySeconds { get; init; } = 1;

    public bool RecordHeartRate { get; init; } = true;

    public SyntheticRun Run(double seconds, double speedMps, int heartRate = 145)
    {
        parts.Add(new Part(seconds, _ => speedMps, _ => heartRate, Samples: true));
        return this;
    }

    /// <summary>Rolling hills: speed swings by ±<paramref name="swing"/> around the mean; heart rate is higher on the climbs.</summary>
    public SyntheticRun Hills(double seconds, double speedMps, double swing, double periodSeconds, int heartRate = 145)
    {
        parts.Add(new Part(
            seconds,
            t => speedMps * (1 + (swing * Math.Sin(2 * Math.PI * t / periodSeconds))),
            t => heartRate - (int)(10 * Math.Sin(2 * Math.PI * t / periodSeconds)),
            Samples: true));
        return this;
    }

    /// <summary>Repeats of work and recovery.</summary>
    public SyntheticRun Repeats(int count, double workSeconds, double workSpeed, double recoverySeconds, double recoverySpeed, int workHeartRate = 172, int recoveryHeartRate = 140)
    {
        for (var i = 0; i < count; i++)
        {
            Run(workSeconds, workSpeed, workHeartRate);
            if (recoverySeconds > 0)
            {
                Run(recoverySeconds, recoverySpeed, recoveryHeartRate);
            }
        }

        return this;
    }

    /// <summary>Standing still with the watch recording (a traffic light): GPS noise only.</summary>
    public SyntheticRun Stop(double seconds) => Run(seconds, 0, 120);

    /// <summary>An auto-paused watch: no samples at all.</summary>
    public SyntheticRun Pause(double seconds)
    {
        parts.Add(new Part(seconds, _ => 0, _ => 110, Samples: false));
        return this;
    }

    public SampleSeries Samples()
    {
        var random = new Random(Seed);
        var series = new SampleSeries();
        double along = 0, noiseX = 0, noiseY = 0, heart = 100, measured = 0;
        double? lastX = null, lastY = null;
        var second = 0;
        foreach (var part in parts)
        {
            for (var t = 0; t < part.Seconds; t++, second++)
            {
                along += part.Speed(t);
                heart += (part.HeartRate(t) - heart) / 30; // about 30 s to close most of the gap
                if (!part.Samples || second % SampleEverySeconds != 0)
                {
                    continue;
                }

                // GPS error: a first-order autoregressive wander (correlated from second to second), plus rare jumps.
                noiseX = (0.98 * noiseX) + (GpsNoiseM * 0.2 * Gaussian(random));
                noiseY = (0.98 * noiseY) + (GpsNoiseM * 0.2 * Gaussian(random));
                var jump = GpsJumpEverySeconds > 0 && second % GpsJumpEverySeconds == GpsJumpEverySeconds / 2 ? 25 : 0;
                var (x, y) = (along + noiseX + jump, noiseY);
                if (lastX is { } px && lastY is { } py)
                {
                    measured += Math.Sqrt(((x - px) * (x - px)) + ((y - py) * (y - py)));
                }

                (lastX, lastY) = (x, y);
                series.Add(new ActivitySample(Start.AddSeconds(second), measured, null, RecordHeartRate ? (int)Math.Round(heart) : null));
            }
        }

        return series;
    }

    public ActivityRecording Recording(string sport = "running", IReadOnlyList<RecordedLap>? laps = null, SessionTotals? session = null) => new()
    {
        Format = ActivityFormat.Fit,
        Sport = sport,
        Laps = laps ?? [],
        Samples = Samples(),
        Session = session,
    };

    private static double Gaussian(Random random)
    {
#pragma warning disable CA5394 // Reproducible test noise, not security.
        return Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
#pragma warning restore CA5394
    }

    private sealed record Part(double Seconds, Func<double, double> Speed, Func<double, int> HeartRate, bool Samples);
}
