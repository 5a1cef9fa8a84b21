namespace RunStrong.Web.Charts;

/// <summary>Protein eaten on one day for <see cref="ProteinChart"/>.</summary>
/// <param name="Date">The day.</param>
/// <param name="Amount">Grams, or grams per kilogram of body mass, in the chart's unit; null when nothing was logged.</param>
public sealed record ProteinDay(DateOnly Date, double? Amount);
