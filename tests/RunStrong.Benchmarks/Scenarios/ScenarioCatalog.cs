namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Every scenario the harness can run, by command-line name.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<IScenario> All { get; } =
    [
        new AthleteReadScenario(),
        new ImportScenario(),
        new DirectoryScenario(),
        new Challenge.ChallengeScenario(),
        new ActivityUpload.ActivityUploadScenario(),
        new Pages.PagesScenario(),
    ];

    public static IScenario? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
