using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// One field of a JSON body, at any depth, named as the API names fields in errors
/// (<c>exercises[0].sets</c>); can copy the body with this field replaced or removed.
/// </summary>
public sealed record JsonField(string Path, JsonValueKind Kind, IReadOnlyList<object> Steps)
{
    /// <summary>Every field of <paramref name="body"/>: values, arrays and (not the root) objects.</summary>
    public static IReadOnlyList<JsonField> In(JsonNode body)
    {
        var fields = new List<JsonField>();
        Walk(body, "", [], fields);
        return fields;
    }

    /// <summary>The field named by <paramref name="path"/>, which must exist in <paramref name="body"/>.</summary>
    public static JsonField Named(JsonNode body, string path) =>
        In(body).SingleOrDefault(field => field.Path == path)
            ?? throw new InvalidOperationException($"The sample body has no field '{path}': {body.ToJsonString()}");

    /// <summary>A copy of <paramref name="body"/> with this field set to <paramref name="value"/> (raw JSON text).</summary>
    public string With(JsonNode body, string value)
    {
        var copy = body.DeepClone();
        var (parent, last) = Parent(copy);
        var replacement = JsonNode.Parse(value);
        if (last is int index)
        {
            parent.AsArray()[index] = replacement;
        }
        else
        {
            parent.AsObject()[(string)last] = replacement;
        }

        return copy.ToJsonString();
    }

    /// <summary>A copy of <paramref name="body"/> without this field.</summary>
    public string Without(JsonNode body)
    {
        var copy = body.DeepClone();
        var (parent, last) = Parent(copy);
        if (last is int index)
        {
            parent.AsArray().RemoveAt(index);
        }
        else
        {
            parent.AsObject().Remove((string)last);
        }

        return copy.ToJsonString();
    }

    private (JsonNode Parent, object Last) Parent(JsonNode root)
    {
        var node = root;
        foreach (var step in Steps.Take(Steps.Count - 1))
        {
            node = step is int index ? node.AsArray()[index]! : node.AsObject()[(string)step]!;
        }

        return (node, Steps[^1]);
    }

    private static void Walk(JsonNode? node, string path, List<object> steps, List<JsonField> fields)
    {
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        if (steps.Count > 0)
        {
            fields.Add(new JsonField(path, kind, [.. steps]));
        }

        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                Walk(child, path.Length == 0 ? name : $"{path}.{name}", [.. steps, name], fields);
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], $"{path}[{i}]", [.. steps, i], fields);
            }
        }
    }
}
