using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// The AppHost's silos as processes and as members: which process runs which silo resource (Aspire names each
/// process's telemetry after its resource), and when the platform is at full strength again.
/// </summary>
internal sealed class PlatformProcesses(AppHostFixture platform)
{
    public ClusterMembership Membership { get; } = new(platform.Storage.ConnectionString, platform.ClusterId);

    /// <summary>The silo resource a process runs (silo-1, silo-2, …), from the service name Aspire gives it.</summary>
    public static string? ResourceOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0')
                .FirstOrDefault(variable => variable.StartsWith("OTEL_SERVICE_NAME=", StringComparison.Ordinal))?["OTEL_SERVICE_NAME=".Length..];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the process is still there (a zombie awaiting its parent counts as gone).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Silo resource name to its running process, for this platform's cluster.</summary>
    public IReadOnlyDictionary<string, int> Silos() =>
        SiloProcesses.Of(platform.ClusterId)
            .Select(pid => (Pid: pid, Resource: ResourceOf(pid)))
            .Where(p => p.Resource is not null)
            .GroupBy(p => p.Resource!)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Pid), StringComparer.Ordinal);

    public IResource Resource(string name) =>
        platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);

    /// <summary>
    /// Waits until every silo resource has a running process and <see cref="AppHostFixture.SiloCount"/> silos are
    /// active members; <paramref name="also"/> may add a condition. Returns the processes then.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> WaitForFullStrengthAsync(TimeSpan timeout, Func<IReadOnlyDictionary<string, int>, bool>? also, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var silos = Silos();
            var members = await Membership.ReadAsync(cancellationToken);
            var active = members.Count(m => m.Status == "Active");
            if (silos.Count == AppHostFixture.SiloCount && active == AppHostFixture.SiloCount && (also?.Invoke(silos) ?? true))
            {
                return silos;
            }

            last = $"processes {string.Join(", ", silos.Select(s => $"{s.Key}={s.Value}"))}; members {string.Join(", ", members.Select(m => $"{m.Address} {m.Status}"))}";
            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The platform was not back at full strength within {timeout.TotalSeconds:F0} s: {last}");
    }
}
