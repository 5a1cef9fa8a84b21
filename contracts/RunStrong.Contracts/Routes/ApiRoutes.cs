using System.Reflection;

namespace RunStrong.Contracts.Routes;

/// <summary>
/// The public HTTP API, one <see cref="RouteRule"/> per route, grouped by area. This is the only place a route
/// and its rules are written: the silo maps each endpoint from its rule, the gateway builds its proxy routes
/// and policies from <see cref="All"/>, and the authorization matrix tests that both agree.
/// </summary>
public static partial class ApiRoutes
{
    private const CallerKinds Staff = CallerKinds.TenantStaff;
    private const CallerKinds Admin = CallerKinds.Admin;

    /// <summary>Staff, and the athlete the path names (with their own athlete key).</summary>
    private const CallerKinds StaffOrAthlete = CallerKinds.TenantStaff | CallerKinds.Athlete;

    /// <summary>Every declared route, read once from the area classes' fields.</summary>
    public static IReadOnlyList<RouteRule> All { get; } = typeof(ApiRoutes).GetNestedTypes(BindingFlags.Public)
        .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.FieldType == typeof(RouteRule))
        .Select(field => (RouteRule)field.GetValue(null)!)
        .ToList();

    private static readonly Dictionary<string, RouteRule> ByName = All.ToDictionary(rule => rule.Name, StringComparer.Ordinal);

    public static RouteRule? Named(string name) => ByName.GetValueOrDefault(name);
}
