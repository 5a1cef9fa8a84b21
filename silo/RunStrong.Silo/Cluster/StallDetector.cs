using System.Diagnostics;
using System.Threading.Channels;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Ticks <see cref="StallGuard"/> from a thread of its own (the thread pool may be the thing that is starved),
/// and after each detected stall reads membership afresh (<see cref="IClusterMembershipService.Refresh"/>, which
/// reads the membership table) until it can say whether this silo is still active: then the guard lets requests
/// through again; if the silo was declared dead (or is leaving), the guard keeps refusing until Orleans stops it.
/// </summary>
public sealed partial class StallDetector(
    StallGuard guard, IClusterMembershipService membership, ILocalSiloDetails silo, ILogger<StallDetector> logger) : BackgroundService
{
    /// <summary>Pause between membership reads that could not decide (storage unreachable, silo still joining).</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<TimeSpan> stalls = Channel.CreateUnbounded<TimeSpan>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        guard.StallDetected += OnStall;
        var ticker = new Thread(() => Tick(stoppingToken)) { IsBackground = true, Name = "stall-ticker" };
        ticker.Start();
        try
        {
            await foreach (var gap in stalls.Reader.ReadAllAsync(stoppingToken))
            {
                // Stalls that piled up while one read ran are covered by the next read.
                while (stalls.Reader.TryRead(out _))
                {
                }

                await VerifyAsync(gap, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            guard.StallDetected -= OnStall;
        }
    }

    private void OnStall(TimeSpan gap) => stalls.Writer.TryWrite(gap);

    private void Tick(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            guard.Tick(Stopwatch.GetTimestamp());
            Thread.Sleep(StallGuard.TickPeriod);
        }
    }

    private async Task VerifyAsync(TimeSpan gap, CancellationToken stoppingToken)
    {
        LogStalled(logger, gap.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested && !guard.IsExcluded)
        {
            // Only a read that begins after the latest stall can vouch for the time since.
            var stall = guard.Stalls;
            SiloStatus status;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(ReadTimeout);
                await membership.Refresh(default, timeout.Token);
                status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
            }
            catch (Exception e) when (e is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
            {
                LogReadFailed(logger, e);
                await Task.Delay(RetryPeriod, stoppingToken);
                continue;
            }

            if (status == SiloStatus.Active)
            {
                guard.Confirmed(stall);
                if (guard.Stalls == stall)
                {
                    var took = Stopwatch.GetElapsedTime(started);
                    LogConfirmed(logger, took.TotalMilliseconds);
                    return;
                }

                continue;
            }

            if (status.IsTerminating())
            {
                guard.Excluded(status.ToString());
                LogExcluded(logger, status);
                return;
            }

            // Created, Joining, or not yet in the local view (None): not known to be a member; ask again.
            await Task.Delay(RetryPeriod, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "This silo was stalled for {Seconds:F1} s (paused, frozen or starved): refusing requests with 503 until membership confirms it is still active.")]
    private static partial void LogStalled(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Membership confirms this silo is still active ({Milliseconds:F0} ms after the stall was noticed): serving requests again.")]
    private static partial void LogConfirmed(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After a stall, membership lists this silo as {Status}: it was declared dead while it stood still. Refusing every request until Orleans stops it.")]
    private static partial void LogExcluded(ILogger logger, SiloStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After a stall, membership could not be read; still refusing requests, trying again.")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
