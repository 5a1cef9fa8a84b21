using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using RunStrong.Coaching.Athletes;

namespace RunStrong.Contracts.Serialization;

/// <summary>
/// The coaching, onboarding, challenge and members domains are plain C# (no Orleans attributes), so its types cross grain calls through
/// Orleans' System.Text.Json codec. Silo and client register the same rules here.
/// </summary>
public static class RunStrongSerialization
{
    public static JsonSerializerOptions DomainJsonOptions { get; } = CreateDomainJsonOptions();

    /// <summary>
    /// Domain types cross grain calls as JSON; those whose values cannot change are not copied between grains of one
    /// silo (<see cref="ImmutableDomainValueCopier"/>, registered first so that Orleans asks it before the JSON codec).
    /// </summary>
    public static ISerializerBuilder AddRunStrongDomainTypes(this ISerializerBuilder builder)
    {
        builder.Services.AddSingleton<IGeneralizedCopier>(new ImmutableDomainValueCopier(IsDomainType));
        return builder.AddJsonSerializer(isSupported: IsDomainType, jsonSerializerOptions: DomainJsonOptions);
    }

    private static bool IsDomainType(Type type) =>
        type.Assembly == typeof(AthleteProfile).Assembly
        || type.Assembly == typeof(Onboarding.MemberRecord).Assembly
        || type.Assembly == typeof(RunStrong.Challenges.Rules.ChallengeRules).Assembly
        || type.Assembly == typeof(RunStrong.Members.MemberListing).Assembly
        || type.Assembly == typeof(RunStrong.Activities.ActivitySummary).Assembly;

    private static JsonSerializerOptions CreateDomainJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
