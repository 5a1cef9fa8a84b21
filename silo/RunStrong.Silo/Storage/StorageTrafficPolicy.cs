using Azure.Core;
using Azure.Core.Pipeline;

namespace RunStrong.Silo.Storage;

/// <summary>
/// Counts every attempt a storage client sends, with its request-body bytes, into <see cref="StorageTraffic"/>
/// under the client's <paramref name="service"/> name. Sits per retry after the circuit's policy, so a retry counts
/// as the request it is on the wire and a call the open circuit refused unsent does not count. "Answered" means
/// storage sent back a response, whatever its status; no answer is a reset, a refused connection or a timeout.
/// </summary>
public sealed class StorageTrafficPolicy(StorageTraffic traffic, string service) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var answered = false;
        try
        {
            ProcessNext(message, pipeline);
            answered = message.HasResponse;
        }
        finally
        {
            Count(message, answered);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var answered = false;
        try
        {
            await ProcessNextAsync(message, pipeline);
            answered = message.HasResponse;
        }
        finally
        {
            Count(message, answered);
        }
    }

    private void Count(HttpMessage message, bool answered)
    {
        // A body of unknown length (a stream the SDK sends chunked) counts 0; grain state and table rows have one.
        var bytes = message.Request.Content is { } content && content.TryComputeLength(out var length) ? length : 0;
        traffic.Sent(service, message.Request.Method.Method, answered, bytes);
    }
}
