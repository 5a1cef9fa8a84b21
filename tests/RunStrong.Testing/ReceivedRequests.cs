using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace RunStrong.Testing;

/// <summary>The last requests a host received (path and headers), so a test can see what crossed a hop.</summary>
public sealed class ReceivedRequests
{
    private const int Kept = 512;
    private readonly ConcurrentQueue<ReceivedRequest> requests = new();

    public void Record(HttpRequest request)
    {
        requests.Enqueue(new ReceivedRequest(
            request.Method,
            request.Path.Value ?? "",
            request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        while (requests.Count > Kept && requests.TryDequeue(out _))
        {
        }
    }

    /// <summary>The received requests for <paramref name="path"/>, oldest first.</summary>
    public IReadOnlyList<ReceivedRequest> For(string path) => [.. requests.Where(request => request.Path == path)];
}

public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);
