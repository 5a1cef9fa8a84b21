namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// The import scenario's names: 10 first and 11 last names in turn, ASCII only. Kept as they were so that
/// import results stay comparable across runs; too uniform for search (a prefix matches a tenth of the gym).
/// </summary>
public sealed class UniformMemberNames : IMemberNames
{
    public static UniformMemberNames Instance { get; } = new();

    private static readonly string[] FirstNames = ["Ada", "Ben", "Cleo", "Dev", "Ema", "Finn", "Gia", "Hugo", "Ines", "Jon"];
    private static readonly string[] LastNames = ["Alder", "Brook", "Castro", "Dahl", "Eze", "Fors", "Garcia", "Holm", "Ito", "Jansen", "Kaur"];

    public GeneratedName ForRow(int row)
    {
        var first = FirstNames[row % FirstNames.Length];
        return new GeneratedName(first, LastNames[row % LastNames.Length], $"{first.ToLowerInvariant()}.{row}@example.com");
    }
}
