using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Tests.Builders.ValidationAssert;

namespace RunStrong.Coaching.Tests.Validation;

public sealed class ProfileInputTests
{
    private static readonly DateOnly Today = Inputs.Today;

    [Fact]
    public void Complete_profile_maps_every_field_to_the_domain()
    {
        var profile = Accepts(Inputs.Profile.Validate(Today));

        Assert.Equal(
            new AthleteProfile(Sex.Female, 1990, 172, 64.5, 18, BodyFatMethod.Bia, 30, Goal.Build, TrainingPhase.Peak, InjuredRecently: true),
            profile);
    }

    [Fact]
    public void Profile_with_only_required_fields_defaults_to_maintain_base_phase_not_injured()
    {
        var profile = Accepts(Inputs.MinimalProfile.Validate(Today));

        Assert.Equal(Goal.Maintain, profile.Goal);
        Assert.Equal(TrainingPhase.Base, profile.Phase);
        Assert.False(profile.InjuredRecently);
        Assert.Null(profile.BodyFatPercent);
        Assert.Null(profile.BodyFatMethod);
        Assert.Null(profile.RunningExperienceMonths);
    }

    [Theory]
    [InlineData("sex")]
    [InlineData("birthYear")]
    [InlineData("heightCm")]
    [InlineData("weightKg")]
    public void Missing_required_field_is_rejected_naming_it(string field)
    {
        var input = field switch
        {
            "sex" => Inputs.Profile with { Sex = null },
            "birthYear" => Inputs.Profile with { BirthYear = null },
            "heightCm" => Inputs.Profile with { HeightCm = null },
            _ => Inputs.Profile with { WeightKg = null },
        };

        var error = RejectsOnly(input.Validate(Today), field);

        Assert.Equal($"{field} is required.", error.Message);
    }

    [Fact]
    public void Empty_profile_names_every_required_field_at_once()
    {
        var result = new ProfileInput(null, null, null, null, null, null, null, null, null, null).Validate(Today);

        Assert.Equal(["sex", "birthYear", "heightCm", "weightKg"], result.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(1926, true)] // 100 years old in 2026: the oldest accepted
    [InlineData(1925, false)]
    [InlineData(2016, true)] // 10 years old: the youngest accepted
    [InlineData(2017, false)]
    public void Birth_year_must_give_an_age_of_10_to_100_years_in_the_current_year(int birthYear, bool accepted)
    {
        var result = (Inputs.Profile with { BirthYear = birthYear }).Validate(Today);

        AssertOutcome(result, "birthYear", accepted);
    }

    [Fact]
    public void Birth_year_bounds_move_with_today()
    {
        var nextYear = new DateOnly(2027, 1, 1);

        Assert.True((Inputs.Profile with { BirthYear = 2017 }).Validate(nextYear).IsValid);
        RejectsOnly((Inputs.Profile with { BirthYear = 1926 }).Validate(nextYear), "birthYear");
    }

    [Theory]
    [InlineData(99.9, false)]
    [InlineData(100, true)]
    [InlineData(250, true)]
    [InlineData(250.1, false)]
    [InlineData(1.72, false)] // metres instead of centimetres
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    [InlineData(double.NegativeInfinity, false)]
    public void Height_must_be_a_finite_100_to_250_cm(double heightCm, bool accepted)
    {
        var result = (Inputs.Profile with { HeightCm = heightCm }).Validate(Today);

        var error = AssertOutcome(result, "heightCm", accepted);
        if (error is not null)
        {
            Assert.Equal("heightCm must be between 100 and 250 cm.", error.Message);
        }
    }

    [Theory]
    [InlineData(24.9, false)]
    [InlineData(25, true)]
    [InlineData(300, true)]
    [InlineData(300.1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Weight_must_be_a_finite_25_to_300_kg(double weightKg, bool accepted)
    {
        var result = (Inputs.Profile with { WeightKg = weightKg }).Validate(Today);

        AssertOutcome(result, "weightKg", accepted);
    }

    [Theory]
    [InlineData(1.9, false)]
    [InlineData(2, true)]
    [InlineData(70, true)]
    [InlineData(70.1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.NegativeInfinity, false)]
    public void Body_fat_must_be_a_finite_2_to_70_percent(double bodyFatPercent, bool accepted)
    {
        var result = (Inputs.Profile with { BodyFatPercent = bodyFatPercent }).Validate(Today);

        AssertOutcome(result, "bodyFatPercent", accepted);
    }

    [Fact]
    public void Body_fat_without_a_method_is_accepted()
    {
        var profile = Accepts((Inputs.Profile with { BodyFatMethod = null }).Validate(Today));

        Assert.Equal(18, profile.BodyFatPercent);
        Assert.Null(profile.BodyFatMethod);
    }

    [Fact]
    public void Body_fat_method_without_a_body_fat_figure_is_rejected_naming_bodyFatMethod()
    {
        var error = RejectsOnly((Inputs.Profile with { BodyFatPercent = null }).Validate(Today), "bodyFatMethod");

        Assert.Equal("bodyFatMethod is only meaningful with bodyFatPercent.", error.Message);
    }

    [Theory]
    [InlineData("dexa", BodyFatMethod.Dexa)]
    [InlineData("bia", BodyFatMethod.Bia)]
    [InlineData("skinfold", BodyFatMethod.Skinfold)]
    [InlineData("tape", BodyFatMethod.Tape)]
    public void Every_body_fat_method_wire_name_is_accepted(string method, BodyFatMethod expected)
    {
        var profile = Accepts((Inputs.Profile with { BodyFatMethod = method }).Validate(Today));

        Assert.Equal(expected, profile.BodyFatMethod);
    }

    [Fact]
    public void Unknown_body_fat_method_is_rejected_listing_the_allowed_names()
    {
        var error = RejectsOnly((Inputs.Profile with { BodyFatMethod = "calipers" }).Validate(Today), "bodyFatMethod");

        Assert.Equal("bodyFatMethod must be one of: dexa, bia, skinfold, tape.", error.Message);
    }

    [Theory]
    [InlineData("Female")] // wire names are camelCase and compared exactly
    [InlineData("FEMALE")]
    [InlineData("f")]
    [InlineData("")]
    [InlineData("nonbinary")]
    public void Unknown_sex_is_rejected_naming_sex(string sex)
    {
        var error = RejectsOnly((Inputs.Profile with { Sex = sex }).Validate(Today), "sex");

        Assert.Equal("sex must be one of: female, male, other, unspecified.", error.Message);
    }

    [Theory]
    [InlineData("other", Sex.Other)]
    [InlineData("unspecified", Sex.Unspecified)]
    public void Sex_other_or_unspecified_is_accepted(string sex, Sex expected)
    {
        var profile = (Inputs.Profile with { Sex = sex }).Validate(Today);

        Assert.Equal(expected, profile.Value?.Sex);
    }

    [Fact]
    public void The_basics_a_member_file_may_carry_are_each_optional_but_checked_when_given()
    {
        var none = new ProfileInput(null, null, null, null, null, null, null, null, null, null).ValidateBasics(Today);
        var bad = new ProfileInput("x", 1800, 1.7, 600, null, null, null, "lose", null, null).ValidateBasics(Today);

        Assert.Equal(ProfileBasics.None, none.Value);
        Assert.Equal(["sex", "birthYear", "heightCm", "weightKg", "goal"], bad.Errors.Select(error => error.Field));
    }

    [Fact]
    public void Unknown_goal_is_rejected_listing_maintain_and_build()
    {
        var error = RejectsOnly((Inputs.Profile with { Goal = "lose" }).Validate(Today), "goal");

        Assert.Equal("goal must be one of: maintain, build.", error.Message);
    }

    [Fact]
    public void Unknown_phase_is_rejected_listing_the_four_phases()
    {
        var error = RejectsOnly((Inputs.Profile with { Phase = "offseason" }).Validate(Today), "phase");

        Assert.Equal("phase must be one of: base, build, peak, taper.", error.Message);
    }

    [Theory]
    [InlineData("base", TrainingPhase.Base)]
    [InlineData("build", TrainingPhase.Build)]
    [InlineData("peak", TrainingPhase.Peak)]
    [InlineData("taper", TrainingPhase.Taper)]
    public void Every_phase_wire_name_is_accepted(string phase, TrainingPhase expected)
    {
        Assert.Equal(expected, Accepts((Inputs.Profile with { Phase = phase }).Validate(Today)).Phase);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1200, true)]
    [InlineData(1201, false)]
    public void Running_experience_must_be_0_to_1200_months(int months, bool accepted)
    {
        var result = (Inputs.Profile with { RunningExperienceMonths = months }).Validate(Today);

        AssertOutcome(result, "runningExperienceMonths", accepted);
    }

    [Fact]
    public void Several_bad_fields_are_reported_together_in_input_order()
    {
        var input = Inputs.Profile with { Sex = "x", HeightCm = double.NaN, Goal = "lose", Phase = "off" };

        var result = input.Validate(Today);

        Assert.Equal(["sex", "heightCm", "goal", "phase"], result.Errors.Select(e => e.Field));
    }

    private static FieldError? AssertOutcome(Validated<AthleteProfile> result, string field, bool accepted)
    {
        if (accepted)
        {
            Accepts(result);
            return null;
        }

        return RejectsOnly(result, field);
    }

    [Fact]
    public void Profile_without_a_time_zone_is_in_UTC() =>
        Assert.Equal("UTC", Accepts(Inputs.MinimalProfile.Validate(Today)).TimeZone);

    [Theory]
    [InlineData("Australia/Sydney", "Australia/Sydney")]
    [InlineData("Europe/Oslo", "Europe/Oslo")]
    [InlineData("america/los_angeles", "America/Los_Angeles")]
    [InlineData("UTC", "UTC")]
    public void IANA_time_zone_is_stored_in_its_canonical_spelling(string timeZone, string stored) =>
        Assert.Equal(stored, Accepts((Inputs.Profile with { TimeZone = timeZone }).Validate(Today)).TimeZone);

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("AUS Eastern Standard Time")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("+10:00")]
    [InlineData("UTC+10")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public void Unknown_windows_or_offset_time_zone_is_rejected_naming_timeZone(string timeZone)
    {
        var error = RejectsOnly((Inputs.Profile with { TimeZone = timeZone }).Validate(Today), "timeZone");

        Assert.Contains("IANA time-zone id", error.Message, StringComparison.Ordinal);
    }
}
