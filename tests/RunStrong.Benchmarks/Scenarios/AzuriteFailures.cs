using Azure;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Runs a scenario's storage work so that a refusal from Azurite reads as one, with its status and code.</summary>
internal static class AzuriteFailures
{
    public static async Task ExplainAsync(Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (RequestFailedException e)
        {
            throw new InvalidOperationException($"Azurite: {e.Status} {e.ErrorCode}: {e.Message}", e);
        }
    }
}
