namespace RunStrong.Silo.Cluster;

/// <summary>
/// Graceful drain. When shutdown begins (SIGTERM) the silo first withdraws its endpoint and reports
/// not-ready, then keeps serving for <see cref="DrainSettings.Seconds"/> while the gateway notices (its
/// discovery poll and active health checks run every second) and in-flight requests finish; only then do
/// Kestrel and Orleans stop (Orleans hands its activations over as it leaves the cluster). This is the
/// same delay a Kubernetes preStop hook would add, built in so it also holds outside Kubernetes.
/// </summary>
public sealed partial class ShutdownDrain(
    IHostApplicationLifetime lifetime, SiloAnnouncement announcement, IConfiguration configuration, ILogger<ShutdownDrain> logger) : IHostedService
{
    public const string SecondsSetting = "RunStrong:DrainSeconds";

    /// <summary>Default drain: a few gateway polls and health checks, well inside a 30 s shutdown budget.</summary>
    public const int DefaultSeconds = 5;

    private volatile bool draining;

    /// <summary>Set once shutdown began: readiness answers 503 from then on.</summary>
    public bool IsDraining => draining;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // ApplicationStopping callbacks run before any hosted service or the server stops, so blocking
        // here keeps the silo serving during the drain.
        lifetime.ApplicationStopping.Register(Drain);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Drain()
    {
        draining = true;
        var seconds = configuration.GetValue<int?>(SecondsSetting) ?? DefaultSeconds;
        LogDraining(logger, seconds);
        announcement.WithdrawAsync().GetAwaiter().GetResult();
        Thread.Sleep(TimeSpan.FromSeconds(Math.Max(0, seconds)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: withdrawn from the gateway, draining for {Seconds} s before stopping.")]
    private static partial void LogDraining(ILogger logger, int seconds);
}
