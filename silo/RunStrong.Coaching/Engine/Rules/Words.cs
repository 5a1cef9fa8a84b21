namespace RunStrong.Coaching.Engine.Rules;

/// <summary>A few phrases to list in a message as "a", "a and b" or "a, b and c".</summary>
internal sealed class Words
{
    private readonly List<string> items = new(3);

    public int Count => items.Count;

    public void Add(string phrase) => items.Add(phrase);

    public override string ToString() => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Concat(string.Join(", ", items.GetRange(0, items.Count - 1)), " and ", items[^1]),
    };
}
