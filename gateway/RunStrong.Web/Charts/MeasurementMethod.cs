namespace RunStrong.Web.Charts;

/// <summary>How a body-composition reading was obtained; each has its own marker shape.</summary>
public enum MeasurementMethod
{
    /// <summary>Dual-energy X-ray absorptiometry.</summary>
    Dexa,

    /// <summary>Bioelectrical impedance.</summary>
    Bia,

    /// <summary>Skinfold callipers.</summary>
    Skinfold,

    /// <summary>Tape measurements.</summary>
    Tape,

    /// <summary>Estimated from other data rather than measured.</summary>
    Estimated,
}
