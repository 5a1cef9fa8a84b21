using RunStrong.Challenges.Validation;
using static RunStrong.Challenges.Tests.Builders.ValidationAssert;

namespace RunStrong.Challenges.Tests.Validation;

/// <summary>A team request: an id by the id pattern and a display name.</summary>
public sealed class TeamInputTests
{
    [Fact]
    public void A_valid_team_is_accepted_with_its_name_trimmed() =>
        Assert.Equal(new ChallengeTeam("blue-crew", "Blue Crew"), Accepts(new TeamInput("blue-crew", "  Blue Crew ").Validate()));

    [Fact]
    public void Missing_id_and_name_are_both_named()
    {
        var result = new TeamInput(null, null).Validate();

        RejectsOnly(result, "id", "name");
        Assert.Equal("id is required.", MessageFor(result, "id"));
        Assert.Equal("name is required.", MessageFor(result, "name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("blue crew")]
    [InlineData("blue#1")]
    public void A_bad_id_is_rejected(string id) => RejectsOnly(new TeamInput(id, "Blue Crew").Validate(), "id");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Blue\tCrew")]
    public void A_blank_or_control_character_name_is_rejected(string name)
    {
        var result = new TeamInput("blue", name).Validate();

        RejectsOnly(result, "name");
        Assert.Equal("name must be 1-100 characters, not blank, without control characters.", MessageFor(result, "name"));
    }
}
