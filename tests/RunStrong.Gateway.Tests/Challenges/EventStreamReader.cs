namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>One block of a Server-Sent Events stream: an event (with its fields), a comment, or a bare <c>retry</c>.</summary>
internal sealed record ServerSentBlock(string? Event, string? Id, string? Data, string? Retry, string? Comment)
{
    public long Version => long.Parse(Id!, System.Globalization.CultureInfo.InvariantCulture);

    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Data!).RootElement;
}

/// <summary>Reads a Server-Sent Events answer as a browser's EventSource would, block by block, each within a bound.</summary>
internal sealed class EventStreamReader : IDisposable
{
    private readonly StreamReader reader;

    private EventStreamReader(HttpResponseMessage response, Stream body)
    {
        Response = response;
        reader = new StreamReader(body);
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Opens the stream (headers only; the body is read block by block), sending <c>Last-Event-ID</c> when given.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string path, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The next block, or null when the stream ended; fails when none arrives within <paramref name="within"/>.</summary>
    public async Task<ServerSentBlock?> NextAsync(TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(within);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No complete block within {within.TotalSeconds} s.");
            }

            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (fields.Count > 0)
                {
                    return new ServerSentBlock(fields.GetValueOrDefault("event"), fields.GetValueOrDefault("id"), fields.GetValueOrDefault("data"),
                        fields.GetValueOrDefault("retry"), fields.GetValueOrDefault(""));
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            fields[name] = fields.TryGetValue(name, out var earlier) && name == "data" ? $"{earlier}\n{value}" : value;
        }
    }

    /// <summary>The next event (skipping comments and bare <c>retry</c> blocks), within <paramref name="within"/> in all.</summary>
    public async Task<ServerSentBlock> NextEventAsync(TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (true)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            var block = await NextAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1))
                ?? throw new InvalidOperationException("The stream ended before the next event.");
            if (block.Event is not null)
            {
                return block;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        Response.Dispose();
    }
}
