namespace RunStrong.Coaching.Engine.Body;

/// <summary>The ACE body-fat chart's categories (wire: essential, athletes, fitness, average, obese).</summary>
public enum BodyFatCategory
{
    Essential,
    Athletes,
    Fitness,
    Average,
    Obese,
}
