using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// The raw baseline of an import: upserts of one athlete blob's bytes under distinct names in a scratch
/// container (<see cref="ScratchContainer"/> unless another is given), <see cref="MemberImport.JobConcurrency"/> at a time like the job, straight to Azurite with the SDK.
/// </summary>
public static class RawBlobWrites
{
    public const string ScratchContainer = "bench-raw-writes";

    /// <summary>Writes <paramref name="count"/> blobs named <c>{prefix}/{i}.json</c> into <paramref name="container"/>; returns the wall time.</summary>
    public static async Task<TimeSpan> RunAsync(
        BlobServiceClient blobs, string container, string prefix, BinaryData payload, int count, CancellationToken cancellationToken)
    {
        var scratch = blobs.GetBlobContainerClient(container);
        await scratch.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, MemberImport.JobConcurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                // An upsert (overwrite), as a grain state write is.
                var blob = scratch.GetBlobClient(string.Create(CultureInfo.InvariantCulture, $"{prefix}/{i:D7}.json"));
                await blob.UploadAsync(payload, overwrite: true, cancellationToken);
            }
        }));
        return clock.Elapsed;
    }
}
