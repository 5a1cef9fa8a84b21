using System.Globalization;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Validation;

/// <summary>A body measurement as a client sends it (<c>POST .../measurements</c>); see <see cref="ProfileInput"/> for why all is optional.</summary>
public sealed record MeasurementInput(
    string? Id,
    DateOnly? Date,
    double? WeightKg,
    double? BodyFatPercent,
    string? BodyFatMethod)
{
    public Validated<Measurement> Validate(DateOnly today)
    {
        var checks = new FieldChecks();
        var id = checks.Matches(Id, "id", EntryId.IsValid, EntryId.Rule);
        var date = checks.Required(Date, "date");
        if (date is { } day && !LoggedDates.IsAllowed(day, today))
        {
            checks.Add("date", $"date {LoggedDates.Rule}");
        }

        var (weight, bodyFat, method) = BodyMeasures.Check(checks, WeightKg, BodyFatPercent, BodyFatMethod);

        if (checks.HasErrors)
        {
            return Validated<Measurement>.Failed(checks.Errors);
        }

        var measurementId = id ?? EntryId.Derive("measurement", string.Create(
            CultureInfo.InvariantCulture, $"{date!.Value:yyyy-MM-dd}|{weight}|{bodyFat}|{method}"));
        return Validated<Measurement>.Ok(new Measurement(measurementId, date!.Value, weight!.Value, bodyFat, method));
    }
}
