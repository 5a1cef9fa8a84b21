namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// A page in a context of its own, recording everything that went wrong while it was open: console errors
/// (Chromium reports Content Security Policy violations there), uncaught script errors, requests that failed
/// and responses with an error status. Page tests end with <see cref="AssertNoProblems"/>.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<string> consoleErrors = [];
    private readonly List<string> failedRequests = [];

    internal BrowserPage(IBrowserContext context, IPage page, int width)
    {
        Context = context;
        Page = page;
        Width = width;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(consoleErrors, $"console error: {message.Text}{Where(message.Location)}");
            }
        };
        page.PageError += (_, error) => Record(consoleErrors, $"uncaught error: {error}");
        page.RequestFailed += (_, request) => Record(failedRequests, $"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(failedRequests, $"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IBrowserContext Context { get; }

    /// <summary><see cref="BrowserFixture.Phone"/> or <see cref="BrowserFixture.Desktop"/>.</summary>
    public int Width { get; }

    /// <summary>Console errors and uncaught script errors, CSP violations among them, in the order they came.</summary>
    public IReadOnlyList<string> ConsoleErrors => Snapshot(consoleErrors);

    /// <summary>Requests that got no response, and responses with a 4xx or 5xx status.</summary>
    public IReadOnlyList<string> FailedRequests => Snapshot(failedRequests);

    /// <summary>The console errors that are Content Security Policy violations.</summary>
    public IReadOnlyList<string> CspViolations =>
        [.. ConsoleErrors.Where(error => error.Contains("Content Security Policy", StringComparison.Ordinal))];

    /// <summary>Fails, listing them, if the page logged an error or a request failed.</summary>
    public void AssertNoProblems()
    {
        var problems = ConsoleErrors.Concat(FailedRequests).ToList();
        if (problems.Count > 0)
        {
            Assert.Fail($"{Page.Url} at {Width} px had {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    // Location is "url:line:column", or ":0:0" when the message came from no resource.
    private static string Where(string location) =>
        location.StartsWith(':') || string.IsNullOrEmpty(location) ? string.Empty : $" (at {location})";

    // Playwright raises events on its connection's thread while the test reads.
    private void Record(List<string> list, string problem)
    {
        lock (gate)
        {
            list.Add(problem);
        }
    }

    private List<string> Snapshot(List<string> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}
