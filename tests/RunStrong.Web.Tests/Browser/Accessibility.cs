using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace RunStrong.Web.Tests.Browser;

/// <summary>axe-core, run in the page as it stands (after whatever the test did), with all its default rules.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>The violations axe rates serious or critical: the ones that keep someone from using the page.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(violation => Blocking.Contains(violation.Impact, StringComparer.Ordinal))];
    }

    /// <summary>Fails listing each serious or critical violation: rule, impact, what it asks for, and the elements.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail(Describe(page.Url, violations));
        }
    }

    internal static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} serious or critical violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    {node.Target}  {node.Html}");
            }
        }

        return text.ToString();
    }
}
