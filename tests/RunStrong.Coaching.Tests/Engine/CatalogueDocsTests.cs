using RunStrong.Coaching.Engine;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>docs/COACHING.md is the rule catalogue: it must state the version the engine reports and list every rule.</summary>
public sealed class CatalogueDocsTests
{
    private static readonly Lazy<string> Catalogue = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "COACHING.md")));

    [Fact]
    public void The_catalogue_states_the_rule_version_the_engine_reports()
    {
        Assert.Equal("2026.12-3", RuleCatalogue.Version);
        Assert.Contains($"`ruleVersion` (now\n`{RuleCatalogue.Version}`", Catalogue.Value.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_a_row_in_the_catalogue_table()
    {
        Assert.All(RuleCatalogue.All, rule => Assert.Contains($"\n| {rule.Code} |", Catalogue.Value.ReplaceLineEndings("\n"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalogue_documents_the_cross_training_constants()
    {
        var text = Catalogue.Value.ReplaceLineEndings(" ");
        Assert.Contains(FormattableString.Invariant($"{CoachingThresholds.HrMaxIntercept} - {CoachingThresholds.HrMaxPerYearOfAge} x age"), text, StringComparison.Ordinal);
        Assert.Contains(
            $"below {CoachingThresholds.ModerateFromPercentHrMax} % light, {CoachingThresholds.ModerateFromPercentHrMax}-{CoachingThresholds.VigorousFromPercentHrMax - 1} % moderate, "
            + $"{CoachingThresholds.VigorousFromPercentHrMax}-{CoachingThresholds.NearMaximalFromPercentHrMax - 1} %",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            $"light \"easy\" {CoachingThresholds.CrossTrainingRpeLight}, moderate \"moderate\" {CoachingThresholds.CrossTrainingRpeModerate}, "
            + $"vigorous \"hard\" {CoachingThresholds.CrossTrainingRpeVigorous}, near-maximal \"very hard\" {CoachingThresholds.CrossTrainingRpeNearMaximal}",
            text,
            StringComparison.Ordinal);
        Assert.Contains($"Without a heart rate: {CoachingThresholds.DefaultRpeCrossTraining}, moderate", text, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "COACHING.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("docs/COACHING.md not found above " + AppContext.BaseDirectory);
    }
}
