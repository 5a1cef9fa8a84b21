using RunStrong.Challenges.Validation;
using static RunStrong.Challenges.Tests.Builders.ValidationAssert;

namespace RunStrong.Challenges.Tests.Validation;

/// <summary>A challenge request: every bad or missing field is named.</summary>
public sealed class ChallengeInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 5);

    private static readonly ChallengeInput Valid = new("spring-10k_2026", "Spring 10K", new(2026, 11, 2), new(2026, 11, 15), "distanceKm", null, null, null);

    [Fact]
    public void A_valid_challenge_defaults_to_absolute_scoring_and_team_totals()
    {
        var draft = Accepts(Valid.Validate(Today));

        Assert.Equal("spring-10k_2026", draft.Id);
        Assert.Equal("Spring 10K", draft.Name);
        Assert.Equal(
            new ChallengeRules(new(2026, 11, 2), new(2026, 11, 15), ChallengeMetric.DistanceKm, null, ScoringMode.Absolute, TeamScoring.Total),
            draft.Rules);
    }

    [Fact]
    public void The_name_is_trimmed() => Assert.Equal("Spring 10K", Accepts((Valid with { Name = "  Spring 10K   " }).Validate(Today)).Name);

    [Fact]
    public void Every_missing_required_field_is_named()
    {
        var result = new ChallengeInput(null, null, null, null, null, null, null, null).Validate(Today);

        RejectsOnly(result, "id", "name", "startsOn", "endsOn", "metric");
        Assert.Equal("id is required.", MessageFor(result, "id"));
        Assert.Equal("metric is required.", MessageFor(result, "metric"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("spring 10k")]
    [InlineData("spring/10k")]
    [InlineData("spring.10k")]
    [InlineData("früh")]
    [InlineData("spring\n")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a123456789abcde")] // 65 characters
    public void An_id_outside_the_pattern_is_rejected(string id)
    {
        var result = (Valid with { Id = id }).Validate(Today);

        RejectsOnly(result, "id");
        Assert.Equal("id must be 1-64 characters of letters, digits, '_' and '-'.", MessageFor(result, "id"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A-Z_0-9")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a123456789abcd")] // 64 characters
    public void An_id_inside_the_pattern_is_accepted(string id) => Assert.Equal(id, Accepts((Valid with { Id = id }).Validate(Today)).Id);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Spring\u000710K")]
    [InlineData("Line\nbreak")]
    public void A_blank_or_control_character_name_is_rejected(string name) =>
        RejectsOnly((Valid with { Name = name }).Validate(Today), "name");

    [Fact]
    public void A_name_of_101_characters_is_rejected_and_100_accepted()
    {
        RejectsOnly((Valid with { Name = new string('x', 101) }).Validate(Today), "name");
        Accepts((Valid with { Name = new string('x', 100) }).Validate(Today));
    }

    [Fact]
    public void EndsOn_before_startsOn_is_rejected_and_the_same_day_accepted()
    {
        var result = (Valid with { StartsOn = new(2026, 11, 10), EndsOn = new(2026, 11, 9) }).Validate(Today);

        RejectsOnly(result, "endsOn");
        Assert.Equal("endsOn must be on or after startsOn.", MessageFor(result, "endsOn"));
        Assert.Equal(1, Accepts((Valid with { StartsOn = new(2026, 11, 10), EndsOn = new(2026, 11, 10) }).Validate(Today)).Rules.Days);
    }

    [Fact]
    public void A_challenge_of_367_days_is_rejected_and_366_accepted()
    {
        // Nov 2 2026 .. Nov 2 2027 is 366 days with both ends (2027 is not a leap year).
        Assert.Equal(366, Accepts((Valid with { EndsOn = new(2027, 11, 2) }).Validate(Today)).Rules.Days);

        var result = (Valid with { EndsOn = new(2027, 11, 3) }).Validate(Today);
        RejectsOnly(result, "endsOn");
        Assert.Equal("A challenge lasts at most 366 days.", MessageFor(result, "endsOn"));
    }

    [Fact]
    public void EndsOn_before_the_detail_window_is_rejected()
    {
        // Today Nov 5 2026 - 126 days = Jul 2 2026: activity before it can no longer be scored.
        var result = (Valid with { StartsOn = new(2026, 6, 1), EndsOn = new(2026, 7, 1) }).Validate(Today);

        RejectsOnly(result, "endsOn");
        Assert.StartsWith("endsOn must be on or after 2026-07-02", MessageFor(result, "endsOn"), StringComparison.Ordinal);
        Accepts((Valid with { StartsOn = new(2026, 6, 1), EndsOn = new(2026, 7, 2) }).Validate(Today));
    }

    [Fact]
    public void StartsOn_more_than_366_days_ahead_is_rejected()
    {
        // Nov 5 2026 + 366 days = Nov 6 2027.
        Accepts((Valid with { StartsOn = new(2027, 11, 6), EndsOn = new(2027, 11, 20) }).Validate(Today));

        var result = (Valid with { StartsOn = new(2027, 11, 7), EndsOn = new(2027, 11, 20) }).Validate(Today);
        RejectsOnly(result, "startsOn");
        Assert.Equal("startsOn must be within 366 days from today.", MessageFor(result, "startsOn"));
    }

    [Theory]
    [InlineData("kilometres")]
    [InlineData("DistanceKm")]
    [InlineData("")]
    public void An_unknown_metric_lists_the_allowed_values(string metric)
    {
        var result = (Valid with { Metric = metric }).Validate(Today);

        RejectsOnly(result, "metric");
        Assert.Equal("metric must be one of: distanceKm, legSessions, proteinDays, balancedWeeks, points.", MessageFor(result, "metric"));
    }

    [Fact]
    public void An_unknown_scoring_lists_the_allowed_values()
    {
        var result = (Valid with { Scoring = "relative" }).Validate(Today);

        RejectsOnly(result, "scoring");
        Assert.Equal("scoring must be one of: absolute, relativeToBaseline.", MessageFor(result, "scoring"));
    }

    [Fact]
    public void An_unknown_team_score_lists_the_allowed_values()
    {
        var result = (Valid with { TeamScore = "sum" }).Validate(Today);

        RejectsOnly(result, "teamScore");
        Assert.Equal("teamScore must be one of: total, average.", MessageFor(result, "teamScore"));
    }

    [Theory]
    [InlineData("distanceKm", ChallengeMetric.DistanceKm)]
    [InlineData("legSessions", ChallengeMetric.LegSessions)]
    [InlineData("proteinDays", ChallengeMetric.ProteinDays)]
    [InlineData("balancedWeeks", ChallengeMetric.BalancedWeeks)]
    [InlineData("points", ChallengeMetric.Points)]
    public void Every_metric_wire_name_is_accepted(string wire, ChallengeMetric metric) =>
        Assert.Equal(metric, Accepts((Valid with { Metric = wire }).Validate(Today)).Rules.Metric);

    [Fact]
    public void Explicit_scoring_and_team_score_are_kept()
    {
        var rules = Accepts((Valid with { Scoring = "relativeToBaseline", TeamScore = "average" }).Validate(Today)).Rules;

        Assert.Equal(ScoringMode.RelativeToBaseline, rules.Scoring);
        Assert.Equal(TeamScoring.Average, rules.TeamScoring);
    }

    [Theory]
    [InlineData("proteinDays")]
    [InlineData("balancedWeeks")]
    public void A_daily_cap_is_rejected_for_metrics_counted_once_a_day_or_week(string metric)
    {
        var result = (Valid with { Metric = metric, DailyCap = 1 }).Validate(Today);

        RejectsOnly(result, "dailyCap");
        Assert.StartsWith($"dailyCap does not apply to {metric}", MessageFor(result, "dailyCap"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("distanceKm", 0)]
    [InlineData("distanceKm", -5)]
    [InlineData("distanceKm", 0.009)]
    [InlineData("distanceKm", double.NaN)]
    [InlineData("distanceKm", double.PositiveInfinity)]
    [InlineData("distanceKm", 400.01)]
    [InlineData("legSessions", 10.5)]
    [InlineData("points", 10_000.5)]
    public void A_daily_cap_outside_its_range_is_rejected(string metric, double cap) =>
        RejectsOnly((Valid with { Metric = metric, DailyCap = cap }).Validate(Today), "dailyCap");

    [Fact]
    public void A_daily_cap_out_of_range_names_its_bounds_and_unit() =>
        Assert.Equal("dailyCap must be between 0.01 and 400 km.", MessageFor((Valid with { DailyCap = 0 }).Validate(Today), "dailyCap"));

    [Theory]
    [InlineData("distanceKm", 30, 3000)]
    [InlineData("distanceKm", 400, 40000)]
    [InlineData("distanceKm", 0.01, 1)]
    [InlineData("distanceKm", 42.195, 4220)]
    [InlineData("legSessions", 10, 1000)]
    [InlineData("points", 10_000, 1_000_000)]
    public void A_daily_cap_in_range_becomes_a_score_in_hundredths(string metric, double cap, long hundredths) =>
        Assert.Equal(new Score(hundredths), Accepts((Valid with { Metric = metric, DailyCap = cap }).Validate(Today)).Rules.DailyCap);

    [Fact]
    public void A_daily_cap_with_an_unknown_metric_names_only_the_metric() =>
        RejectsOnly((Valid with { Metric = "steps", DailyCap = 0 }).Validate(Today), "metric");

    [Fact]
    public void Several_bad_fields_are_named_at_once()
    {
        var input = new ChallengeInput("bad id", " ", new(2026, 11, 20), new(2026, 11, 10), "steps", null, "relative", "sum");

        RejectsOnly(input.Validate(Today), "id", "name", "endsOn", "metric", "scoring", "teamScore");
    }
}
