using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Log.Reading;

namespace RunStrong.Silo.Grains;

/// <summary>Reading the log back: a page (or the weeks asked for) per call, never the whole log.</summary>
public sealed partial class AthleteGrain
{
    public Task<LogPage<Run>?> ListRuns(LogPageRequest request) => Read(() => LogListing.Runs(Log, request, Calendar));

    public Task<LogPage<StrengthSession>?> ListStrengthSessions(LogPageRequest request) =>
        Read(() => LogListing.StrengthSessions(Log, request, Calendar));

    public Task<LogPage<NutritionDay>?> ListNutrition(LogPageRequest request) => Read(() => LogListing.Nutrition(Log, request));

    public Task<LogPage<Measurement>?> ListMeasurements(LogPageRequest request) => Read(() => LogListing.Measurements(Log, request));

    public Task<IReadOnlyList<WeeklyTotals>?> ListWeeks(LocalDays days) => Read(() => LogListing.Weeks(Log, days, Calendar));

    /// <summary>What <paramref name="read"/> finds, or null for an athlete nothing is known about (as <see cref="GetOverview"/>).</summary>
    private Task<T?> Read<T>(Func<T> read)
        where T : class =>
        Task.FromResult<T?>(state.State.Exists() ? read() : null);
}
