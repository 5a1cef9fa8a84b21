using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// What a caller sends (<c>RunInput</c>, <c>MealInput</c>, …) has every field nullable on purpose: a missing or null
/// field reaches validation, which answers 400 naming it, rather than failing to bind. The generator nevertheless lists
/// every constructor parameter as <c>required</c>, so a client or validator trusting the document would demand fields
/// the API calls optional (a run's heart rate, a challenge's daily cap). For schemas only request bodies use, a field
/// the schema allows to be null is therefore not listed as required: which ones must be given is the validation's
/// rule, described per field and reported in the 400. Response schemas keep their lists: there a nullable field is
/// always present, written as null.
/// </summary>
internal sealed class RequestOnlySchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas is not { } components || document.Paths is null)
        {
            return Task.CompletedTask;
        }

        var sent = new HashSet<string>(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, components, sent);
            }

            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(response => response.Content?.Values ?? []))
            {
                Collect(media.Schema, components, answered);
            }
        }

        foreach (var name in sent.Except(answered))
        {
            if (components[name] is OpenApiSchema { Required: { Count: > 0 } required, Properties: { } properties })
            {
                foreach (var field in required.Where(field => properties.TryGetValue(field, out var property) && AdmitsNull(property)).ToList())
                {
                    required.Remove(field);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the names of the component schemas <paramref name="schema"/> refers to, directly or nested.</summary>
    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, HashSet<string> names)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && names.Add(id) && components.TryGetValue(id, out var target))
                {
                    Collect(target, components, names);
                }

                return;
        }

        foreach (var nested in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Collect(nested, components, names);
        }

        Collect(schema.Items, components, names);
        Collect(schema.AdditionalProperties, components, names);
    }

    private static bool AdmitsNull(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || (property.OneOf ?? []).Concat(property.AnyOf ?? []).Any(AdmitsNull);
}
