using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// An entry the engine set aside (MEASUREMENT_IMPLAUSIBLE): a measurement, or the profile's body fat when
/// <see cref="Measurement"/> is null. <see cref="Value"/> is the normalised FFMI or the one-day change in %.
/// </summary>
internal sealed record ImplausibleEntry(Measurement? Measurement, ImplausibleReason Reason, double Value);

internal enum ImplausibleReason
{
    NormalizedFfmi,
    DailyMassChange,
}
