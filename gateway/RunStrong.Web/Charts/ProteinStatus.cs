namespace RunStrong.Web.Charts;

/// <summary>Where a day's protein falls against the target band.</summary>
public enum ProteinStatus
{
    /// <summary>Less than the low end of the target.</summary>
    Below,

    /// <summary>From the low to the high end of the target, inclusive.</summary>
    Within,

    /// <summary>More than the high end of the target.</summary>
    Above,
}
