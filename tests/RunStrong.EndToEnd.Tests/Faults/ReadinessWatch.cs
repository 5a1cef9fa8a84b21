using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Aspire.Hosting.Testing;
using RunStrong.EndToEnd.Tests.Failover;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// Polls every AppHost silo's <c>/health/ready</c> four times a second while a fault test runs, as the
/// gateway's active health checks and Kubernetes' readiness probe do, and keeps what each answered when; and the
/// gateway's, which stays ready but says "Degraded" while no silo is.
/// </summary>
internal sealed class ReadinessWatch(AppHostFixture platform, Timeline timeline)
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentQueue<(double At, string Silo, int Status)> answers = new();
    private readonly ConcurrentQueue<(double At, int Status, string Text)> gatewayAnswers = new();

    private static IEnumerable<string> Silos => Enumerable.Range(1, AppHostFixture.SiloCount).Select(i => $"silo-{i}");

    public async Task RunAsync(CancellationToken stop)
    {
        var clients = Silos.ToDictionary(name => name, name =>
        {
            var client = platform.App.CreateHttpClient(name, "http");
            client.Timeout = TimeSpan.FromSeconds(2);
            return client;
        });
        using var gateway = platform.Gateway();
        gateway.Timeout = TimeSpan.FromSeconds(2);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await gateway.GetAsync("/health/ready", stop);
                    gatewayAnswers.Enqueue((timeline.Now, (int)response.StatusCode, await response.Content.ReadAsStringAsync(stop)));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    gatewayAnswers.Enqueue((timeline.Now, 0, e.GetType().Name));
                }

                await Task.WhenAll(clients.Select(async pair =>
                {
                    int status;
                    try
                    {
                        using var response = await pair.Value.GetAsync("/health/ready", stop);
                        status = (int)response.StatusCode;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        status = 0;
                    }

                    if (!stop.IsCancellationRequested)
                    {
                        answers.Enqueue((timeline.Now, pair.Key, status));
                    }
                }));
                await Task.Delay(Period, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Every silo answered "not ready" (503) at least once while storage was out.</summary>
    public bool EverySiloReportedOutage(double from, double to) =>
        Silos.All(silo => answers.Any(a => a.Silo == silo && a.At >= from && a.At <= to + 1 && a.Status == 503));

    /// <summary>Every silo's last answer was "ready".</summary>
    public bool EverySiloReadyAfter(double since) =>
        Silos.All(silo => answers.Where(a => a.Silo == silo && a.At > since).LastOrDefault().Status == 200);

    /// <summary>The gateway stayed ready (200) throughout and said "Degraded" at least once while storage was out.</summary>
    public bool GatewayReportedDegradedWhileServing(double from, double to) =>
        gatewayAnswers.All(a => a.Status == 200) && gatewayAnswers.Any(a => a.At >= from && a.At <= to + 1 && a.Text == "Degraded");

    public string Summary(double from, double to)
    {
        var text = new StringBuilder("readiness:");
        var degraded = gatewayAnswers.Where(a => a.Text == "Degraded").ToList();
        text.Append(CultureInfo.InvariantCulture,
            $" gateway: {gatewayAnswers.Count(a => a.Status != 200)} of {gatewayAnswers.Count} answers not 200, {degraded.Count} \"Degraded\"");
        if (degraded.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({degraded.Min(a => a.At) - from:+0.0;-0.0} s to {degraded.Max(a => a.At) - to:+0.0;-0.0} s after the outage's end)");
        }

        text.Append(';');
        foreach (var silo in Silos)
        {
            var mine = answers.Where(a => a.Silo == silo).ToList();
            var notReady = mine.Where(a => a.Status != 200).ToList();
            text.Append(CultureInfo.InvariantCulture, $" {silo}: {notReady.Count} of {mine.Count} answers not ready");
            if (notReady.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $" ({notReady.Min(a => a.At) - from:+0.0;-0.0} s to {notReady.Max(a => a.At) - to:+0.0;-0.0} s after the outage's end, statuses {string.Join("/", notReady.Select(a => a.Status).Distinct())})");
            }

            text.Append(';');
        }

        return text.ToString();
    }
}
