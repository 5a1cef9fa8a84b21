using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// A <see cref="TimeOnly"/> (a meal's time) is a time on the athlete's own clock, without an offset. The generator
/// calls it format <c>time</c>, which JSON Schema defines as RFC 3339's full-time, offset included: clients and
/// validators would then send or demand an offset the API does not take. Described as what it is instead.
/// </summary>
internal sealed class LocalTimeSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeOnly) && schema.Format == "time")
        {
            schema.Format = null;
            schema.Pattern = @"^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$";
            schema.Description ??= "A time of day on the athlete's own clock, without an offset: HH:mm:ss.";
        }

        return Task.CompletedTask;
    }
}
