using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Tests.Builders.ValidationAssert;

namespace RunStrong.Coaching.Tests.Validation;

public sealed class RunInputTests
{
    private static readonly DateOnly Today = Inputs.Today; // 2026-11-25

    [Fact]
    public void Complete_run_maps_every_field_and_keeps_the_client_id()
    {
        var run = Accepts(Inputs.Run.Validate(Today, LocalCalendar.Utc));

        Assert.Equal(new Run("garmin-123", Inputs.At(2026, 11, 24, 6, 30), 10, 55, RunKind.Tempo, 7, 162), run);
    }

    [Fact]
    public void Run_without_rpe_or_heart_rate_is_accepted()
    {
        var run = Accepts((Inputs.Run with { Rpe = null, AvgHeartRate = null }).Validate(Today, LocalCalendar.Utc));

        Assert.Null(run.Rpe);
        Assert.Null(run.AvgHeartRate);
    }

    [Theory]
    [InlineData("startedAt")]
    [InlineData("distanceKm")]
    [InlineData("durationMin")]
    [InlineData("kind")]
    public void Missing_required_field_is_rejected_naming_it(string field)
    {
        var input = field switch
        {
            "startedAt" => Inputs.Run with { StartedAt = null },
            "distanceKm" => Inputs.Run with { DistanceKm = null },
            "durationMin" => Inputs.Run with { DurationMin = null },
            _ => Inputs.Run with { Kind = null },
        };

        var error = RejectsOnly(input.Validate(Today, LocalCalendar.Utc), field);

        Assert.Equal($"{field} is required.", error.Message);
    }

    [Fact]
    public void Run_starting_late_tomorrow_utc_is_accepted_for_time_zones_ahead_of_utc()
    {
        Accepts((Inputs.Run with { StartedAt = new DateTimeOffset(2026, 11, 26, 23, 59, 59, TimeSpan.Zero) }).Validate(Today, LocalCalendar.Utc));
    }

    [Fact]
    public void Run_starting_the_day_after_tomorrow_is_rejected_naming_startedAt()
    {
        var error = RejectsOnly((Inputs.Run with { StartedAt = Inputs.At(2026, 11, 27, 0, 0) }).Validate(Today, LocalCalendar.Utc), "startedAt");

        Assert.Equal("startedAt must be within the last 126 days and no later than tomorrow (in the athlete's time zone).", error.Message);
    }

    [Fact]
    public void Start_day_is_judged_in_utc_not_in_the_clients_offset()
    {
        // 2026-11-27 00:30 at +02:00 is 2026-11-26 22:30 UTC: tomorrow, so accepted.
        var aheadOfUtc = new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.FromHours(2));
        Accepts((Inputs.Run with { StartedAt = aheadOfUtc }).Validate(Today, LocalCalendar.Utc));

        // 2026-11-26 23:30 at -02:00 is 2026-11-27 01:30 UTC: the day after tomorrow, so rejected.
        var behindUtc = new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.FromHours(-2));
        RejectsOnly((Inputs.Run with { StartedAt = behindUtc }).Validate(Today, LocalCalendar.Utc), "startedAt");
    }

    [Fact]
    public void Run_older_than_the_126_day_detail_window_is_rejected_naming_startedAt()
    {
        // 2026-11-25 minus 126 days is 2026-07-22: the 21st is one day too old.
        RejectsOnly((Inputs.Run with { StartedAt = Inputs.At(2026, 7, 21, 23, 59) }).Validate(Today, LocalCalendar.Utc), "startedAt");
    }

    [Fact]
    public void Run_on_the_first_day_of_the_detail_window_is_accepted()
    {
        Accepts((Inputs.Run with { StartedAt = Inputs.At(2026, 7, 22, 0, 0) }).Validate(Today, LocalCalendar.Utc));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(0.09)]
    [InlineData(5e-324)]
    [InlineData(400.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Distance_outside_100_m_to_400_km_or_not_finite_is_rejected_naming_distanceKm(double km)
    {
        var error = Rejects((Inputs.Run with { DistanceKm = km, DurationMin = 1 }).Validate(Today, LocalCalendar.Utc), "distanceKm");

        Assert.Equal("distanceKm must be between 0.1 and 400 km.", error.Message);
    }

    [Fact]
    public void A_100_m_stride_in_half_a_minute_is_accepted()
    {
        Accepts((Inputs.Run with { DistanceKm = 0.1, DurationMin = 0.5 }).Validate(Today, LocalCalendar.Utc));
    }

    [Fact]
    public void A_pace_slower_than_60_min_per_km_is_rejected_naming_durationMin()
    {
        // 2 km in 121 minutes is 60.5 min/km: a watch left running, not a run.
        var error = RejectsOnly((Inputs.Run with { DistanceKm = 2, DurationMin = 121 }).Validate(Today, LocalCalendar.Utc), "durationMin");

        Assert.Contains("slower than 60 min/km", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_400_km_run_over_48_hours_is_accepted()
    {
        Accepts((Inputs.Run with { DistanceKm = 400, DurationMin = 48 * 60, Kind = "long" }).Validate(Today, LocalCalendar.Utc));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2880.1)] // just over 48 h
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Duration_outside_0_to_48_hours_or_not_finite_is_rejected_naming_durationMin(double minutes)
    {
        var error = RejectsOnly((Inputs.Run with { DurationMin = minutes }).Validate(Today, LocalCalendar.Utc), "durationMin");

        Assert.Equal("durationMin must be between 0 and 2880 minutes.", error.Message);
    }

    [Fact]
    public void Zero_duration_is_rejected_as_not_greater_than_zero()
    {
        var error = RejectsOnly((Inputs.Run with { DurationMin = 0 }).Validate(Today, LocalCalendar.Utc), "durationMin");

        Assert.Equal("durationMin must be greater than 0.", error.Message);
    }

    [Fact]
    public void Pace_faster_than_2_min_per_km_is_rejected_naming_durationMin()
    {
        // 10 km in 19 min = 1.9 min/km, faster than the 1 km world record pace.
        var error = RejectsOnly((Inputs.Run with { DistanceKm = 10, DurationMin = 19 }).Validate(Today, LocalCalendar.Utc), "durationMin");

        Assert.Contains("pace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pace_of_exactly_2_min_per_km_is_accepted()
    {
        Accepts((Inputs.Run with { DistanceKm = 10, DurationMin = 20 }).Validate(Today, LocalCalendar.Utc));
    }

    [Theory]
    [InlineData("easy", RunKind.Easy)]
    [InlineData("long", RunKind.Long)]
    [InlineData("tempo", RunKind.Tempo)]
    [InlineData("interval", RunKind.Interval)]
    public void Every_run_kind_wire_name_is_accepted(string kind, RunKind expected)
    {
        Assert.Equal(expected, Accepts((Inputs.Run with { Kind = kind }).Validate(Today, LocalCalendar.Utc)).Kind);
    }

    [Theory]
    [InlineData("sprint")]
    [InlineData("Easy")]
    [InlineData("intervals")]
    [InlineData("")]
    public void Unknown_run_kind_is_rejected_listing_the_four_kinds(string kind)
    {
        var error = RejectsOnly((Inputs.Run with { Kind = kind }).Validate(Today, LocalCalendar.Utc), "kind");

        Assert.Equal("kind must be one of: easy, long, tempo, interval.", error.Message);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Rpe_must_be_1_to_10_on_the_cr10_scale(int rpe, bool accepted)
    {
        var result = (Inputs.Run with { Rpe = rpe }).Validate(Today, LocalCalendar.Utc);

        if (accepted)
        {
            Assert.Equal(rpe, Accepts(result).Rpe);
        }
        else
        {
            Assert.Equal("rpe must be between 1 and 10.", RejectsOnly(result, "rpe").Message);
        }
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(250, true)]
    [InlineData(251, false)]
    public void Average_heart_rate_must_be_30_to_250_bpm(int bpm, bool accepted)
    {
        var result = (Inputs.Run with { AvgHeartRate = bpm }).Validate(Today, LocalCalendar.Utc);

        if (accepted)
        {
            Accepts(result);
        }
        else
        {
            RejectsOnly(result, "avgHeartRate");
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("strava_987.654:2-b")]
    [InlineData("AZaz09")]
    public void Client_id_of_letters_digits_and_underscore_dot_colon_dash_is_kept(string id)
    {
        Assert.Equal(id, Accepts((Inputs.Run with { Id = id }).Validate(Today, LocalCalendar.Utc)).Id);
    }

    [Fact]
    public void Client_id_of_64_characters_is_accepted()
    {
        var id = new string('a', 64);

        Assert.Equal(id, Accepts((Inputs.Run with { Id = id }).Validate(Today, LocalCalendar.Utc)).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("run/1")]
    [InlineData("naïve")]
    [InlineData("a\nb")]
    public void Client_id_outside_the_pattern_is_rejected_naming_id(string id)
    {
        var error = RejectsOnly((Inputs.Run with { Id = id }).Validate(Today, LocalCalendar.Utc), "id");

        Assert.Equal($"id {EntryId.Rule}", error.Message);
    }

    // '$' in a .NET pattern also matches before a final '\n'; the id patterns end in '\z' for this reason.
    [Fact]
    public void Client_id_with_a_trailing_newline_is_rejected_naming_id()
    {
        RejectsOnly((Inputs.Run with { Id = "a\n" }).Validate(Today, LocalCalendar.Utc), "id");
    }

    [Fact]
    public void Client_id_of_65_characters_is_rejected_naming_id()
    {
        RejectsOnly((Inputs.Run with { Id = new string('a', 65) }).Validate(Today, LocalCalendar.Utc), "id");
    }

    [Fact]
    public void Run_without_id_gets_a_run_prefixed_id_of_24_hex_digits()
    {
        var run = Accepts((Inputs.Run with { Id = null }).Validate(Today, LocalCalendar.Utc));

        Assert.Matches("^run-[0-9a-f]{24}$", run.Id);
        Assert.True(EntryId.IsValid(run.Id));
    }

    [Fact]
    public void Derived_ids_are_equal_for_runs_with_equal_content()
    {
        var first = Accepts((Inputs.Run with { Id = null }).Validate(Today, LocalCalendar.Utc));
        var retry = Accepts((Inputs.Run with { Id = null }).Validate(Today.AddDays(1), LocalCalendar.Utc));

        Assert.Equal(first.Id, retry.Id);
    }

    [Fact]
    public void Derived_id_depends_on_the_instant_not_the_offset_it_was_written_in()
    {
        var utc = Inputs.Run with { Id = null, StartedAt = Inputs.At(2026, 11, 24, 6, 30) };
        var local = utc with { StartedAt = new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(2)) };

        Assert.Equal(Accepts(utc.Validate(Today, LocalCalendar.Utc)).Id, Accepts(local.Validate(Today, LocalCalendar.Utc)).Id);
    }

    [Fact]
    public void Derived_id_ignores_rpe_and_heart_rate_so_a_retry_with_them_added_counts_once()
    {
        var bare = Inputs.Run with { Id = null, Rpe = null, AvgHeartRate = null };

        Assert.Equal(Accepts(bare.Validate(Today, LocalCalendar.Utc)).Id, Accepts((bare with { Rpe = 9, AvgHeartRate = 170 }).Validate(Today, LocalCalendar.Utc)).Id);
    }

    [Fact]
    public void Derived_ids_differ_when_start_distance_duration_or_kind_differ()
    {
        var baseline = Inputs.Run with { Id = null };
        string[] ids =
        [
            Accepts(baseline.Validate(Today, LocalCalendar.Utc)).Id,
            Accepts((baseline with { StartedAt = baseline.StartedAt!.Value.AddSeconds(1) }).Validate(Today, LocalCalendar.Utc)).Id,
            Accepts((baseline with { DistanceKm = 10.01 }).Validate(Today, LocalCalendar.Utc)).Id,
            Accepts((baseline with { DurationMin = 55.5 }).Validate(Today, LocalCalendar.Utc)).Id,
            Accepts((baseline with { Kind = "interval" }).Validate(Today, LocalCalendar.Utc)).Id,
        ];

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Run_day_is_the_utc_calendar_day_of_the_start()
    {
        var run = Accepts((Inputs.Run with { StartedAt = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(-3)) }).Validate(Today, LocalCalendar.Utc));

        Assert.Equal(new DateOnly(2026, 11, 25), run.UtcDay());
    }

    [Fact]
    public void Several_bad_fields_are_reported_together()
    {
        var input = new RunInput("bad id", null, double.NaN, -5, "jog", 0, 400);

        var result = input.Validate(Today, LocalCalendar.Utc);

        Assert.Equal(["id", "startedAt", "distanceKm", "durationMin", "kind", "rpe", "avgHeartRate"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Tomorrow_is_the_athletes_tomorrow()
    {
        // Today is 2026-11-25 in Sydney; 2026-11-26 14:00 UTC is already 01:00 on the 27th there.
        var input = Inputs.Run with { StartedAt = Inputs.At(2026, 11, 26, 14, 0) };

        Accepts(input.Validate(Today, LocalCalendar.Utc));
        RejectsOnly(input.Validate(Today, LocalCalendar.For("Australia/Sydney")), "startedAt");
    }
}
