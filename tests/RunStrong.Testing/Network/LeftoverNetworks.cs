using System.Globalization;
using System.Text.RegularExpressions;
using static RunStrong.Testing.Network.NetworkCommand;

namespace RunStrong.Testing.Network;

/// <summary>
/// The names a <see cref="ClusterNetwork"/> gives what it creates, each carrying the creating process's id,
/// and the sweep that removes those whose process is gone (a test host killed before it could clean up).
/// Another live run's namespaces and links are never touched. Link names stay within Linux's 15 characters.
/// </summary>
internal static partial class LeftoverNetworks
{
    public static string NamespaceName(int pid, int run, int slot) => string.Create(CultureInfo.InvariantCulture, $"runstrong-net-{pid}-{run}-s{slot}");

    public static string BridgeName(int pid, int run) => string.Create(CultureInfo.InvariantCulture, $"rsb{pid}n{run}");

    public static string LinkName(int pid, int run, int slot) => string.Create(CultureInfo.InvariantCulture, $"rsv{pid}n{run}s{slot}");

    public static void Sweep(Action<string>? log)
    {
        var swept = new List<string>();
        foreach (var name in Ip("netns", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]))
        {
            if (NamespaceOwner().Match(name) is { Success: true } match && IsGone(match.Groups["pid"].Value) && TryIp("netns", "del", name))
            {
                swept.Add(name);
            }
        }

        // Veth ends left in the root namespace go with their namespace; bridges (and any veth end left) go here.
        foreach (var line in Ip("-o", "link", "show").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = line.Split(':', 3) is [_, var field, ..] ? field.Trim().Split('@')[0] : "";
            if (LinkOwner().Match(name) is { Success: true } match && IsGone(match.Groups["pid"].Value) && TryIp("link", "del", name))
            {
                swept.Add(name);
            }
        }

        if (swept.Count > 0)
        {
            log?.Invoke($"swept {swept.Count} network namespace(s) and link(s) left by test runs that ended without cleaning up: {string.Join(", ", swept)}");
        }
    }

    /// <summary>No process with this id is running (ours is always running).</summary>
    private static bool IsGone(string pid) => !Directory.Exists($"/proc/{pid}");

    [GeneratedRegex(@"^runstrong-net-(?<pid>\d+)-\d+-s\d+$")]
    private static partial Regex NamespaceOwner();

    [GeneratedRegex(@"^rs[bv](?<pid>\d+)n\d+(s\d+)?$")]
    private static partial Regex LinkOwner();
}
