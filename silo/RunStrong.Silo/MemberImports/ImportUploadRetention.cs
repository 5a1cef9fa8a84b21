using System.Globalization;

namespace RunStrong.Silo.MemberImports;

/// <summary>
/// How long an import's upload is kept after its job ends (completed, failed or cancelled), so the gym can still
/// download the full error report; then it is deleted (the job's counters and first errors stay). Setting
/// <c>RunStrong:Imports:UploadRetention</c> as a TimeSpan (<c>7.00:00:00</c>, <c>00:00:05</c>); default 7 days.
/// Dry runs keep nothing: their upload goes as soon as validation ends, whatever this says.
/// </summary>
public sealed record ImportUploadRetention(TimeSpan Period)
{
    public const string Setting = "RunStrong:Imports:UploadRetention";

    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    public static ImportUploadRetention From(IConfiguration? configuration)
    {
        if (configuration?[Setting] is not { Length: > 0 } text)
        {
            return new ImportUploadRetention(DefaultPeriod);
        }

        // Refused at startup rather than read as 0: a typo must not delete every upload the moment its job ends.
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var period) || period < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Setting} must be a non-negative TimeSpan such as 7.00:00:00; it is '{text}'.");
        }

        return new ImportUploadRetention(period);
    }
}
