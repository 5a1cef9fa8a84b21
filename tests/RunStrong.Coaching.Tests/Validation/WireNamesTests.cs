namespace RunStrong.Coaching.Tests.Validation;

public sealed class WireNamesTests
{
    [Theory]
    [InlineData(RunKind.Easy, "easy")]
    [InlineData(RunKind.Interval, "interval")]
    public void Run_kinds_appear_in_camel_case(RunKind kind, string wire) => Assert.Equal(wire, WireNames.Of(kind));

    [Fact]
    public void Body_fat_methods_appear_in_lower_case() => Assert.Equal("dexa", WireNames.Of(BodyFatMethod.Dexa));

    [Fact]
    public void All_lists_names_in_declaration_order()
    {
        Assert.Equal(["easy", "long", "tempo", "interval"], WireNames.All<RunKind>());
        Assert.Equal(["female", "male", "other", "unspecified"], WireNames.All<Sex>());
        Assert.Equal(["maintain", "build"], WireNames.All<Goal>());
        Assert.Equal(["base", "build", "peak", "taper"], WireNames.All<TrainingPhase>());
        Assert.Equal(["dexa", "bia", "skinfold", "tape"], WireNames.All<BodyFatMethod>());
    }

    [Fact]
    public void Every_wire_name_parses_back_to_its_value()
    {
        foreach (var kind in Enum.GetValues<RunKind>())
        {
            Assert.True(WireNames.TryParse<RunKind>(WireNames.Of(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Theory]
    [InlineData("Tempo")]
    [InlineData("TEMPO")]
    [InlineData(" tempo")]
    [InlineData("2")] // numeric enum values are not wire names
    [InlineData("")]
    public void Parsing_is_exact_and_rejects_other_spellings(string text)
    {
        Assert.False(WireNames.TryParse<RunKind>(text, out var parsed));
        Assert.Equal(default, parsed);
    }
}
