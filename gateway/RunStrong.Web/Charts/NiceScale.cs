namespace RunStrong.Web.Charts;

/// <summary>A linear axis range rounded outward to "nice" steps (1, 2 or 5 times a power of ten).</summary>
/// <param name="Min">Lowest value on the axis (the first tick).</param>
/// <param name="Max">Highest value on the axis (the last tick).</param>
/// <param name="Step">Distance between ticks.</param>
public sealed record NiceScale(double Min, double Max, double Step)
{
    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, rounded so no float noise reaches a label.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step) + 1;
            var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(Step)) + 1);
            var ticks = new double[count];
            for (var i = 0; i < count; i++)
            {
                ticks[i] = Math.Round(Min + (i * Step), Math.Min(decimals, 15));
            }

            return ticks;
        }
    }

    /// <summary>Decimals needed to tell the ticks apart in labels.</summary>
    public int LabelDecimals => Math.Clamp(-(int)Math.Floor(Math.Log10(Step) + 1e-9), 0, 6);

    /// <summary>Chooses a scale covering <paramref name="low"/>..<paramref name="high"/> with at most <paramref name="maxTicks"/> ticks.</summary>
    public static NiceScale For(double low, double high, int maxTicks = 6)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), "Scale bounds must be finite numbers.");
        }

        if (low > high)
        {
            (low, high) = (high, low);
        }

        maxTicks = Math.Max(2, maxTicks);
        if (high - low < 1e-9)
        {
            // One distinct value still needs a visible range around it.
            var pad = Math.Abs(low) > 1e-9 ? Math.Abs(low) * 0.1 : 1;
            low -= pad;
            high += pad;
        }

        var rough = (high - low) / (maxTicks - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        var step = nice * magnitude;
        var min = Math.Floor((low / step) + 1e-9) * step;
        var max = Math.Ceiling((high / step) - 1e-9) * step;

        // Outward rounding can add a tick beyond the limit; widen the step once if it does.
        if (Math.Round((max - min) / step) + 1 > maxTicks)
        {
            step = NextStep(step);
            min = Math.Floor((low / step) + 1e-9) * step;
            max = Math.Ceiling((high / step) - 1e-9) * step;
        }

        return new NiceScale(min, max, step);
    }

    /// <summary>Maps a value to a position between <paramref name="bottom"/> (at Min) and <paramref name="top"/> (at Max).</summary>
    public double Map(double value, double bottom, double top) => bottom + ((value - Min) / (Max - Min) * (top - bottom));

    private static double NextStep(double step)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
        var lead = Math.Round(step / magnitude);
        return (lead < 2 ? 2 : lead < 5 ? 5 : 10) * magnitude;
    }
}
