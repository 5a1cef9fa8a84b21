namespace RunStrong.Benchmarks.Platform;

/// <summary>Turns an unexpected answer during setup into an exception that shows the body.</summary>
public static class ResponseChecks
{
    public static async Task EnsureAsync(this HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }
    }
}
