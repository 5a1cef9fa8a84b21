using System.Globalization;
using System.Text.Json.Serialization;

namespace RunStrong.Challenges.Rules;

/// <summary>
/// A score in hundredths of its unit (km, sessions, points, percent). Whole hundredths, not floating point,
/// so that sums are exact in any order: a team total is the same however its members' updates arrived.
/// </summary>
public readonly record struct Score(long Hundredths) : IComparable<Score>
{
    public static Score Zero => default;

    /// <summary>The nearest hundredth of <paramref name="value"/> (midpoints away from zero).</summary>
    /// <remarks>Rounded as the decimal the client typed: 1.005 is 1.01, although the double nearest 1.005 is just below it.</remarks>
    public static Score Of(double value) => new((long)Math.Round((decimal)value * 100, MidpointRounding.AwayFromZero));

    public static Score Whole(long units) => new(units * 100);

    /// <summary>The score as a number in its unit, e.g. 12.35 (km).</summary>
    [JsonIgnore]
    public decimal Value => Hundredths / 100m;

    public static Score operator +(Score left, Score right) => new(left.Hundredths + right.Hundredths);

    public static Score operator -(Score left, Score right) => new(left.Hundredths - right.Hundredths);

    public static bool operator <(Score left, Score right) => left.Hundredths < right.Hundredths;

    public static bool operator >(Score left, Score right) => left.Hundredths > right.Hundredths;

    public static bool operator <=(Score left, Score right) => left.Hundredths <= right.Hundredths;

    public static bool operator >=(Score left, Score right) => left.Hundredths >= right.Hundredths;

    public static Score Min(Score left, Score right) => left <= right ? left : right;

    public static Score Max(Score left, Score right) => left >= right ? left : right;

    public int CompareTo(Score other) => Hundredths.CompareTo(other.Hundredths);

    public Score Add(Score other) => this + other;

    public Score Subtract(Score other) => this - other;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
