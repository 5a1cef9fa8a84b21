namespace RunStrong.Activities.Xml;

/// <summary>
/// The open elements above the reader's position, as tags the reader cares about: enough context to tell a lap's
/// <c>DistanceMeters</c> from a trackpoint's without building a tree. Deeper nesting than any activity file has is refused.
/// </summary>
internal sealed class TagStack<TTag>
    where TTag : struct, Enum
{
    /// <summary>TCX trackpoint extensions sit 9 deep; 64 leaves room for any real exporter and bounds a hostile file.</summary>
    public const int MaxDepth = 64;

    private readonly TTag[] tags = new TTag[MaxDepth];

    public int Depth { get; private set; }

    public TTag Top => Depth > 0 ? tags[Depth - 1] : default;

    public TTag Parent => Depth > 1 ? tags[Depth - 2] : default;

    public TTag Grandparent => Depth > 2 ? tags[Depth - 3] : default;

    /// <summary>Pushes a tag; false when the document nests deeper than <see cref="MaxDepth"/>.</summary>
    public bool TryPush(TTag tag)
    {
        if (Depth == MaxDepth)
        {
            return false;
        }

        tags[Depth++] = tag;
        return true;
    }

    public TTag Pop() => tags[--Depth];
}
