namespace RunStrong.Coaching.Athletes;

/// <summary>Sex as used by the body-composition references (FFMI medians, body-fat charts).</summary>
public enum Sex
{
    Female,
    Male,
}
