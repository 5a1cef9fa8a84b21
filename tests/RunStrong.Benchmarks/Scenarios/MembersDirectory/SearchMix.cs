namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// A fixed list of searches drawn from the names the import generated (<see cref="VariedMemberNames"/>), an
/// equal share of each <see cref="SearchKind"/>; multi-word and email searches are taken from rows that exist,
/// so every search has at least one match. Seeded: the same list every run.
/// </summary>
public static class SearchMix
{
    private const int Seed = 13;

    public static IReadOnlyList<SearchText> Build(int members, int count)
    {
        var names = VariedMemberNames.Instance;
        var random = new Random(Seed);
        var allParts = names.FirstNames.Concat(names.LastNames).ToArray();

        // Single-word names whose written form is not ASCII: typed without accents, they must still be found.
        var accented = allParts.Where(p => !p.Written.All(char.IsAscii) && p.Written.All(char.IsLetter)).ToArray();
        var searches = new List<SearchText>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (SearchKind)(i % 4);
            var query = kind switch
            {
                SearchKind.NamePrefix => Cased(Prefix(Pick(allParts).Written), random),
                SearchKind.Folded => Prefix(Pick(accented).InEmail),
                SearchKind.MultiWord => MultiWord(names.ForRow(Row()), random),
                _ => EmailPrefix(names.ForRow(Row()).Email),
            };
            searches.Add(new SearchText(query, kind));
        }

        return searches;

        NamePart Pick(NamePart[] parts) => parts[random.Next(parts.Length)];
        int Row() => random.Next(1, members + 1);
        string Prefix(string text) => text[..Math.Min(text.Length, random.Next(2, 5))];
        string EmailPrefix(string email) => email[..Math.Min(email.IndexOf('@', StringComparison.Ordinal), random.Next(4, 9))];
    }

    /// <summary>A first name's start, a space, and the last name's start; a multi-word last name keeps its first word whole.</summary>
    private static string MultiWord(GeneratedName name, Random random)
    {
        var first = name.FirstName.Split(' ', '-')[0];
        var lastWords = name.LastName.Split(' ');
        var last = lastWords.Length > 1
            ? $"{lastWords[0]} {lastWords[1][..Math.Min(lastWords[1].Length, 1 + random.Next(3))]}"
            : name.LastName[..Math.Min(name.LastName.Length, random.Next(2, 5))];
        return Cased($"{first[..Math.Min(first.Length, random.Next(2, 5))]} {last}", random);
    }

    /// <summary>As typed: as written, or all lower case (half each).</summary>
    private static string Cased(string text, Random random) => random.Next(2) == 0 ? text : text.ToLowerInvariant();
}
