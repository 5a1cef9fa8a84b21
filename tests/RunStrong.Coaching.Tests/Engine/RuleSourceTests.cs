using System.Text.RegularExpressions;
using RunStrong.Coaching.Engine;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Every source a recommendation shows an athlete is a published reference they can look up: authors, then where and
/// when it was published. Notes about the evidence (contested, expert opinion, "a synthesis of") belong in the
/// grade, the contested flag and the message, never among the references.
/// </summary>
public sealed partial class RuleSourceTests
{
    // A first author's surname and initials ("Morton RW", "Stöggl TL", "Jäger R"), then a publication year.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+ \p{Lu}{1,3}\b.*\b(19|20)\d{2}\b")]
    private static partial Regex PublishedReference();

    public static TheoryData<string> Rules() => [.. RuleCatalogue.All.Select(rule => rule.Code)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_source_of_a_rule_is_a_published_reference(string code)
    {
        var rule = RuleCatalogue.All.Single(r => r.Code == code);

        Assert.NotEmpty(rule.Sources);
        Assert.All(rule.Sources, source => Assert.Matches(PublishedReference(), source));
        Assert.Equal(rule.Sources.Count, rule.Sources.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Expert opinion")]
    [InlineData("Synthesis of the protein, strength and energy rules above")]
    [InlineData("Threshold contested, especially in men")]
    [InlineData("Criticised: Impellizzeri FM et al. 2020; Lolli L et al. 2019")]
    public void Notes_about_the_evidence_are_not_taken_for_references(string note) =>
        Assert.DoesNotMatch(PublishedReference(), note);
}
