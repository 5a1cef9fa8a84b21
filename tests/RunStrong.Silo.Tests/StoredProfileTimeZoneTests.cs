using System.Text.Json;
using RunStrong.Coaching.Athletes;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Profiles stored (or sent between silos) before the profile had a time zone still read, as UTC athletes;
/// a stored time zone survives the round trip.
/// </summary>
public sealed class StoredProfileTimeZoneTests
{
    private const string ProfileWithoutTimeZone =
        """{"sex":"female","birthYear":1990,"heightCm":172,"weightKg":64.5,"bodyFatPercent":18,"bodyFatMethod":"bia","runningExperienceMonths":30,"goal":"maintain","phase":"base","injuredRecently":false}""";

    [Fact]
    public void Stored_athlete_state_without_a_time_zone_reads_as_UTC()
    {
        var json = $$$"""{"profile":{{{ProfileWithoutTimeZone}}},"log":{"runs":[{"id":"r-1","startedAt":"2026-11-24T19:30:00+00:00","distanceKm":10,"durationMin":55,"kind":"easy"}]}}""";

        var state = JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(new BinaryData(json));

        Assert.Equal("UTC", state.Profile!.TimeZone);
        Assert.Same(LocalCalendar.Utc, state.Profile.Calendar);
        Assert.Equal(AthleteBuilders.Profile(), state.Profile);
    }

    [Fact]
    public void A_grain_message_without_a_time_zone_reads_as_UTC() =>
        Assert.Equal("UTC", JsonSerializer.Deserialize<AthleteProfile>(ProfileWithoutTimeZone, RunStrongSerialization.DomainJsonOptions)!.TimeZone);

    [Fact]
    public void A_stored_time_zone_round_trips_and_the_calendar_is_not_stored()
    {
        var state = new AthleteState { Profile = AthleteBuilders.Profile() with { TimeZone = "Australia/Sydney" } };

        var json = JsonGrainStateSerializer.Instance.Serialize(state).ToString();

        Assert.Contains("\"timeZone\":\"Australia/Sydney\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("calendar", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(state.Profile, JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(new BinaryData(json)).Profile);
    }
}
