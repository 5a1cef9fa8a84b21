using Azure;
using Azure.Data.Tables;

namespace RunStrong.Testing.Processes;

/// <summary>
/// Reads one cluster's rows of the Orleans membership table in Azure Tables (<c>OrleansSiloInstances</c>,
/// partitioned by cluster id), as the silos and the gateway's Orleans client see it: which silos are
/// active, which were declared dead.
/// </summary>
public sealed class ClusterMembership(string storageConnectionString, string clusterId)
{
    public const string TableName = "OrleansSiloInstances";

    private readonly TableClient table = new(storageConnectionString, TableName);

    /// <summary>Every silo row of the cluster (the table's version row left out); empty before the first silo wrote.</summary>
    public async Task<IReadOnlyList<Member>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var members = new List<Member>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == clusterId, cancellationToken: cancellationToken))
            {
                if (Text(row, "Status") is { Length: > 0 } status)
                {
                    members.Add(new Member($"{Text(row, "Address")}:{Text(row, "Port")}@{Text(row, "Generation")}", status, Text(row, "SiloName")));
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No silo has created the table yet.
        }

        return members;
    }

    /// <summary>How many silos the table holds as Active.</summary>
    public async Task<int> ActiveCountAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(cancellationToken)).Count(m => m.Status == "Active");

    /// <summary>Polls until exactly <paramref name="active"/> silos are Active; returns how long that took.</summary>
    public async Task<TimeSpan> WaitForActiveAsync(int active, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var members = await ReadAsync(cancellationToken);
            if (members.Count(m => m.Status == "Active") == active)
            {
                return TimeProvider.System.GetElapsedTime(started);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Cluster {clusterId} did not have {active} active silo(s) within {timeout.TotalSeconds} s: " +
                    string.Join(", ", members.Select(m => $"{m.Address} {m.Status}")));
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static string Text(TableEntity row, string column) =>
        row.TryGetValue(column, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";

    /// <summary>One silo's row: its Orleans address (ip:port@generation) and status (Joining, Active, ShuttingDown, Dead, …).</summary>
    public sealed record Member(string Address, string Status, string SiloName);
}
