namespace RunStrong.Web.Charts;

/// <summary>One mass reading for <see cref="BodyCompositionChart"/>.</summary>
/// <param name="Date">Day of the reading.</param>
/// <param name="Kg">Mass in kilograms.</param>
/// <param name="Method">How it was obtained; null for a plain weigh-in on scales.</param>
public sealed record MassReading(DateOnly Date, double Kg, MeasurementMethod? Method = null);
