using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Security;
using RunStrong.ServiceDefaults;
using RunStrong.Silo.Api.Keys;
using RunStrong.Silo.Http;
using RunStrong.Silo.LiveLeaderboards;

namespace RunStrong.Silo.Hosting;

/// <summary>The silo's HTTP surface: JSON rules, error mapping and the gateway signature check.</summary>
public static class SiloHttpApiExtensions
{
    public static WebApplicationBuilder AddSiloHttpApi(this WebApplicationBuilder builder)
    {
        var secrets = PlatformSecrets.Load(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new RequestSigner(secrets.SigningKey));
        builder.Services.AddSingleton<NonceLedger>();
        builder.Services.AddSingleton<PublicBaseUrl>();
        builder.AddLiveLeaderboards();

        builder.Services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));

        // Bind failures throw so BadRequestExceptionHandler can name the field, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<AthleteErasingExceptionHandler>();
        builder.Services.AddExceptionHandler<StorageUnavailableExceptionHandler>();
        return builder;
    }

    /// <summary>The live leaderboard streams' hub, with its bounds; settings that make no sense stop the silo from starting.</summary>
    private static void AddLiveLeaderboards(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(LiveLeaderboardSettings.Section).Get<LiveLeaderboardSettings>() ?? new LiveLeaderboardSettings();
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(Options.Create(settings));
        builder.Services.AddSingleton<LiveLeaderboardHub>();
    }

    /// <summary>Strict JSON: numbers must be numbers (no "12" or "NaN"), enums are camelCase names.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
