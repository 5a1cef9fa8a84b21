namespace RunStrong.Web.Charts;

/// <summary>Marker shapes, so series and categories differ by more than colour.</summary>
public enum MarkerShape
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled diamond.</summary>
    Diamond,

    /// <summary>A triangle pointing up.</summary>
    TriangleUp,

    /// <summary>A triangle pointing down.</summary>
    TriangleDown,

    /// <summary>A circle drawn as an outline only.</summary>
    Ring,
}
