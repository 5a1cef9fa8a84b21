namespace RunStrong.Activities.Recording;

/// <summary>What a lap was meant to be, when the device says (FIT lap <c>intensity</c>; a structured workout sets it).</summary>
public enum LapIntensity
{
    Unknown,
    Active,
    Rest,
    Warmup,
    Cooldown,
    Recovery,
    Interval,
}
