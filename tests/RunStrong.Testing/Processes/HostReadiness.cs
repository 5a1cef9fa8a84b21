namespace RunStrong.Testing.Processes;

/// <summary>Waits until a started host answers <c>/health/ready</c> with 2xx, or says why it never did.</summary>
public static class HostReadiness
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public static async Task WaitAsync(HostProcess host, Uri baseUri, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The {host.Name} exited before it was ready. Its last output:{Environment.NewLine}{host.OutputTail()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The {host.Name} was not ready within {limit.TotalSeconds} s. Its last output:{Environment.NewLine}{host.OutputTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but slow to answer while it starts.
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
