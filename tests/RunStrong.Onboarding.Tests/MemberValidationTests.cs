using RunStrong.Onboarding.Tests.Builders;
using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>The rules every row must pass, each with a value just inside and just outside (today is 2026-06-15).</summary>
public sealed class MemberValidationTests
{
    private static readonly MemberLine Valid = new();

    [Theory]
    [InlineData("gym-42:α")]
    [InlineData("x")]
    public async Task ExternalId_of_1_to_100_characters_is_accepted(string id)
    {
        Assert.Equal(id, Accepted(await ReadCsvAsync(Valid with { ExternalId = id })).ExternalId);
    }

    [Fact]
    public async Task ExternalId_of_exactly_100_characters_is_accepted()
    {
        Accepted(await ReadCsvAsync(Valid with { ExternalId = new string('x', 100) }));
    }

    [Fact]
    public async Task ExternalId_of_101_characters_is_rejected()
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { ExternalId = new string('x', 101) }), "externalId");

        Assert.Equal("externalId must be 1-100 characters.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Blank_externalId_is_rejected_as_required(string id)
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { ExternalId = id }), "externalId");

        Assert.Equal("externalId is required.", error.Message);
    }

    [Theory]
    [InlineData("m\t1")]
    [InlineData("m\n1")]
    [InlineData("m\u00851")]
    public async Task ExternalId_with_control_characters_is_rejected(string id)
    {
        RejectedOnly(await ReadCsvAsync(Valid with { ExternalId = id }), "externalId");
    }

    [Fact]
    public async Task Values_are_trimmed()
    {
        var member = Accepted(await ReadCsvAsync(Valid with { ExternalId = " m-1 ", FirstName = " Ada ", Sex = " female " }));

        Assert.Equal(("m-1", "Ada", Sex.Female), (member.ExternalId, member.FirstName, member.Sex));
    }

    [Fact]
    public async Task One_name_is_enough_and_the_other_is_empty()
    {
        var onlyFirst = Accepted(await ReadCsvAsync(Valid with { LastName = "" }));
        var onlyLast = Accepted(await ReadCsvAsync(Valid with { FirstName = " " }));

        Assert.Equal(("Ada", ""), (onlyFirst.FirstName, onlyFirst.LastName));
        Assert.Equal(("", "Lovelace"), (onlyLast.FirstName, onlyLast.LastName));
    }

    [Fact]
    public async Task A_member_without_any_name_is_rejected_naming_firstName()
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { FirstName = "", LastName = "" }), "firstName");

        Assert.Equal("firstName or lastName is required: a member needs at least one name.", error.Message);
    }

    [Fact]
    public async Task Names_of_100_characters_are_accepted_and_of_101_rejected()
    {
        Accepted(await ReadCsvAsync(Valid with { FirstName = new string('a', 100), LastName = new string('b', 100) }));
        RejectedOnly(await ReadCsvAsync(Valid with { FirstName = new string('a', 101) }), "firstName");
        RejectedOnly(await ReadCsvAsync(Valid with { LastName = new string('b', 101) }), "lastName");
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("ada.lovelace+runs@mail.example.co.uk")]
    public async Task Email_that_looks_like_an_address_is_accepted(string email)
    {
        Assert.Equal(email, Accepted(await ReadCsvAsync(Valid with { Email = email })).Email);
    }

    [Fact]
    public async Task Email_may_be_empty()
    {
        Assert.Null(Accepted(await ReadCsvAsync(Valid with { Email = "" })).Email);
    }

    [Theory]
    [InlineData("ada.example.com")]
    [InlineData("ada@@example.com")]
    [InlineData("ada@work@example.com")]
    [InlineData("@example.com")]
    [InlineData("ada@localhost")]
    [InlineData("ada@example.")]
    [InlineData("ada@.com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("+44 20 7946 0000")]
    public async Task Email_that_does_not_look_like_an_address_is_rejected(string email)
    {
        RejectedOnly(await ReadCsvAsync(Valid with { Email = email }), "email");
    }

    [Fact]
    public async Task Email_of_254_characters_is_accepted_and_of_255_rejected()
    {
        var domain = "@example.com";

        Accepted(await ReadCsvAsync(Valid with { Email = new string('a', 254 - domain.Length) + domain }));
        var error = RejectedOnly(await ReadCsvAsync(Valid with { Email = new string('a', 255 - domain.Length) + domain }), "email");
        Assert.Equal("email must be at most 254 characters.", error.Message);
    }

    [Theory]
    [InlineData("female", Sex.Female)]
    [InlineData("male", Sex.Male)]
    [InlineData("Male", Sex.Male)]
    [InlineData("other", Sex.Other)]
    [InlineData("UNSPECIFIED", Sex.Unspecified)]
    [InlineData("f", Sex.Female)]
    [InlineData("M", Sex.Male)]
    public async Task Sex_female_male_other_unspecified_or_F_M_is_accepted_in_any_letter_case(string sex, Sex expected)
    {
        Assert.Equal(expected, Accepted(await ReadCsvAsync(Valid with { Sex = sex })).Sex);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("woman")]
    [InlineData("fm")]
    public async Task Other_sex_values_are_rejected_naming_the_accepted_ones(string sex)
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { Sex = sex }), "sex");

        Assert.Equal("sex must be one of: female, male, other, unspecified.", error.Message);
    }

    [Fact]
    public async Task Sex_birth_year_height_weight_and_goal_may_all_be_empty_and_stay_null()
    {
        var member = Accepted(await ReadCsvAsync(Valid with { Sex = "", BirthYear = "", HeightCm = "", WeightKg = "", Goal = "" }));

        Assert.Equal(((Sex?)null, (int?)null, (double?)null, (double?)null, (Goal?)null), (member.Sex, member.BirthYear, member.HeightCm, member.WeightKg, member.Goal));
        Assert.Equal(["sex", "birthYear", "heightCm", "weightKg"], member.ProfileBasics().Missing);
    }

    [Theory]
    [InlineData("1926")]
    [InlineData("2016")]
    public async Task Birth_year_giving_an_age_of_10_to_100_is_accepted(string year)
    {
        Accepted(await ReadCsvAsync(Valid with { BirthYear = year }));
    }

    [Theory]
    [InlineData("1925")]
    [InlineData("2017")]
    public async Task Birth_year_giving_an_age_outside_10_to_100_is_rejected(string year)
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { BirthYear = year }), "birthYear");

        Assert.Equal("birthYear must be between 1926 and 2016.", error.Message);
    }

    [Theory]
    [InlineData("1990.0")]
    [InlineData("nineteen ninety")]
    public async Task Birth_year_that_is_not_a_whole_number_is_rejected_once(string year)
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { BirthYear = year }), "birthYear");

        Assert.Equal("birthYear must be a whole number.", error.Message);
    }

    [Theory]
    [InlineData("100")]
    [InlineData("250")]
    [InlineData("172.5")]
    public async Task Height_of_100_to_250_cm_is_accepted(string height)
    {
        Accepted(await ReadCsvAsync(Valid with { HeightCm = height }));
    }

    [Theory]
    [InlineData("99.9")]
    [InlineData("250.1")]
    [InlineData("1.72")]
    public async Task Height_outside_100_to_250_cm_is_rejected(string height)
    {
        RejectedOnly(await ReadCsvAsync(Valid with { HeightCm = height }), "heightCm");
    }

    [Theory]
    [InlineData("25")]
    [InlineData("300")]
    [InlineData("6.05e1")]
    public async Task Weight_of_25_to_300_kg_is_accepted(string weight)
    {
        Accepted(await ReadCsvAsync(Valid with { WeightKg = weight }));
    }

    [Theory]
    [InlineData("24.9")]
    [InlineData("300.1")]
    public async Task Weight_outside_25_to_300_kg_is_rejected(string weight)
    {
        RejectedOnly(await ReadCsvAsync(Valid with { WeightKg = weight }), "weightKg");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    [InlineData("60,5")]
    [InlineData("sixty")]
    public async Task Weight_that_is_not_a_finite_invariant_number_is_rejected_once(string weight)
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { WeightKg = weight }), "weightKg");

        Assert.StartsWith("weightKg must be a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maintain", Goal.Maintain)]
    [InlineData("build", Goal.Build)]
    public async Task Goal_maintain_or_build_is_accepted(string goal, Goal expected)
    {
        Assert.Equal(expected, Accepted(await ReadCsvAsync(Valid with { Goal = goal })).Goal);
    }

    [Fact]
    public async Task Goal_other_than_maintain_or_build_is_rejected()
    {
        var error = RejectedOnly(await ReadCsvAsync(Valid with { Goal = "lose" }), "goal");

        Assert.Equal("goal must be one of: maintain, build.", error.Message);
    }

    [Fact]
    public async Task Every_bad_field_of_a_row_is_reported_in_column_order_on_the_row_line()
    {
        var rows = await ReadCsvAsync(Valid, Valid with { ExternalId = "m-2", Goal = "lose", WeightKg = "x", FirstName = "", LastName = "", Sex = "?" });

        Assert.NotNull(rows[0].Member);
        Assert.Null(rows[1].Member);
        Assert.Equal(["firstName", "sex", "weightKg", "goal"], rows[1].Errors.Select(error => error.Field));
        Assert.All(rows[1].Errors, error => Assert.Equal(3L, error.Line));
    }
}
