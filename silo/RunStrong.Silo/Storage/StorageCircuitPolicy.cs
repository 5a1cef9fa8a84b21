using Azure.Core;
using Azure.Core.Pipeline;

namespace RunStrong.Silo.Storage;

/// <summary>
/// Puts every attempt of every storage call this silo makes (grain state, membership, reminders, uploads) through
/// the silo's <see cref="StorageCircuit"/>: refused at once while storage is known unreachable, and its outcome
/// reported otherwise. Sits per retry, so each of the SDK's attempts counts and a refused one ends the retries
/// (<see cref="StorageUnavailableException"/> is not one the SDK retries).
/// </summary>
public sealed class StorageCircuitPolicy(StorageCircuit circuit) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: true);

    private async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        if (!circuit.TryAdmit(out var probe))
        {
            throw new StorageUnavailableException(circuit.UnreachableFor ?? TimeSpan.Zero);
        }

        try
        {
            if (async)
            {
                await ProcessNextAsync(message, pipeline);
            }
            else
            {
                ProcessNext(message, pipeline);
            }
        }
        catch (Exception) when (message.CancellationToken.IsCancellationRequested)
        {
            // The caller gave up: that says nothing about storage.
            if (probe)
            {
                circuit.ProbeAbandoned();
            }

            throw;
        }
        catch (Exception)
        {
            // Refused, reset, or past the network timeout: no answer from storage.
            circuit.NoAnswer(probe);
            throw;
        }

        circuit.Answered();
    }
}
