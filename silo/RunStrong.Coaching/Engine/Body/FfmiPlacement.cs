namespace RunStrong.Coaching.Engine.Body;

/// <summary>Where the athlete's FFMI sits against the median for their sex (Schutz et al. 2002).</summary>
public enum FfmiPlacement
{
    BelowMedian,
    AtOrAboveMedian,
}
