namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Where generated member rows get their names and email from (deterministic by row).</summary>
public interface IMemberNames
{
    GeneratedName ForRow(int row);
}
