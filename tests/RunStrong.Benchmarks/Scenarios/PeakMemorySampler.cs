namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Polls a process's VmRSS until stopped and keeps the largest value.</summary>
public sealed class PeakMemorySampler : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peakBytes;

    public PeakMemorySampler(int pid, TimeSpan interval) => loop = SampleAsync(pid, interval);

    public long PeakBytes => Interlocked.Read(ref peakBytes);

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    public void Dispose() => stop.Dispose();

    private async Task SampleAsync(int pid, TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                if (ProcessProbe.StatusKilobytes(pid, "VmRSS") is { } kilobytes && kilobytes * 1024 > peakBytes)
                {
                    Interlocked.Exchange(ref peakBytes, kilobytes * 1024);
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
