using System.Globalization;
using System.Text.RegularExpressions;

namespace RunStrong.Testing.Network;

/// <summary>Reads the root queue's counters of one link (<c>tc -s qdisc show</c>), in the root namespace or in <paramref name="space"/>.</summary>
internal sealed partial class QueueCounter(string what, string device, NetworkNamespace? space)
{
    public QueueCounts Read()
    {
        string[] show = ["-s", "qdisc", "show", "dev", device, "root"];
        var text = space is null ? NetworkCommand.Tc(show) : space.TcIn(show);
        var match = Counters().Match(text);
        return match.Success
            ? new QueueCounts(what, long.Parse(match.Groups["sent"].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups["dropped"].Value, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"No queue counters for {device}{(space is null ? "" : " in " + space.Name)}: {text}");
    }

    [GeneratedRegex(@"Sent \d+ bytes (?<sent>\d+) pkt \(dropped (?<dropped>\d+)")]
    private static partial Regex Counters();
}
