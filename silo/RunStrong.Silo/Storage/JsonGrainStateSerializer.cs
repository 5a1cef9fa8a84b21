using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace RunStrong.Silo.Storage;

/// <summary>
/// Grain state as plain camelCase JSON, without .NET type or assembly names (the Orleans default writes
/// <c>$type</c>, which breaks reading stored state when a type is renamed or moved). Unknown properties are
/// ignored and missing ones take their defaults, so state types can evolve by adding members.
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public static JsonGrainStateSerializer Instance { get; } = new();

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
        ?? throw new InvalidOperationException($"Stored state for {typeof(T).Name} is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
