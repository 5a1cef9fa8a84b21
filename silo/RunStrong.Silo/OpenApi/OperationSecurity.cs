using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// Each operation's security requirement, read from its <see cref="RouteRule"/> (the rule the gateway authorizes
/// by): one alternative per kind of caller the rule admits. Anonymous routes get an empty requirement.
/// </summary>
internal sealed class OperationSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.RouteRule();
        operation.Security = SchemesFor(rule)
            .Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] })
            .ToList();
        return Task.CompletedTask;
    }

    /// <summary>The schemes a caller may use on a route: any one of them is enough.</summary>
    public static IEnumerable<string> SchemesFor(RouteRule rule)
    {
        if (rule.Admits(CallerKinds.TenantStaff))
        {
            yield return ApiSecuritySchemes.StaffKey;
        }

        if (rule.Admits(CallerKinds.Athlete))
        {
            yield return ApiSecuritySchemes.AthleteKey;
        }

        // The web pages sign in staff and athletes, never the operator: a session stands for a staff or athlete key.
        if (rule.Admits(CallerKinds.TenantStaff | CallerKinds.Athlete))
        {
            yield return ApiSecuritySchemes.BrowserSession;
        }

        if (rule.Admits(CallerKinds.Admin))
        {
            yield return ApiSecuritySchemes.AdminKey;
        }
    }
}
