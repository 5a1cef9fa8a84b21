using System.Text;
using RunStrong.Contracts.Routes;

namespace RunStrong.Web.Api;

/// <summary>A declared route's path with its values filled in (escaped), so the pages never spell a route themselves.</summary>
public static class ApiPath
{
    public static string Of(RouteRule rule, params (string Name, string Value)[] values)
    {
        var path = new StringBuilder("/").Append(rule.Pattern);
        foreach (var (name, value) in values)
        {
            path.Replace("{" + name + "}", Uri.EscapeDataString(value));
        }

        return path.ToString();
    }

    /// <summary>Appends query parameters, leaving out those without a value.</summary>
    public static string WithQuery(this string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(parameter => !string.IsNullOrEmpty(parameter.Value))
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}")
            .ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
