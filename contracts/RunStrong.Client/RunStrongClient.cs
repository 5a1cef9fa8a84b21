using Microsoft.Kiota.Http.HttpClientLibrary;

namespace RunStrong.Client;

/// <summary>
/// Creates the generated <see cref="RunStrongApiClient"/> for a gateway and a key:
/// <c>var api = RunStrongClient.Create(new Uri("http://127.0.0.1:5080"), key);</c>. Keep one client per key for
/// as long as it is used (it holds its HttpClient) and dispose it at the end; or pass an HttpClient whose lifetime
/// you manage (it is then left open).
/// </summary>
public static class RunStrongClient
{
    /// <summary>A client that sends a tenant (staff) key or an athlete key, as <c>X-Api-Key</c>.</summary>
    public static RunStrongApiClient Create(Uri gateway, string apiKey, HttpClient? httpClient = null) =>
        Create(gateway, KeyHeaders.ApiKey, apiKey, httpClient);

    /// <summary>A client that sends the platform admin key, as <c>X-Admin-Key</c> (tenant administration).</summary>
    public static RunStrongApiClient CreateForAdmin(Uri gateway, string adminKey, HttpClient? httpClient = null) =>
        Create(gateway, KeyHeaders.AdminKey, adminKey, httpClient);

    private static RunStrongApiClient Create(Uri gateway, string headerName, string key, HttpClient? httpClient)
    {
        var authentication = new GatewayKeyAuthenticationProvider(gateway, headerName, key);
        // Without an HttpClient, Kiota makes one with its middleware (retries that wait out Retry-After on 429 and
        // 503, redirects); the adapter owns it and RunStrongApiClient.Dispose closes it.
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: httpClient)
        {
            // Generated URL templates start with {+baseurl}/api/…: the gateway's address without its final slash.
            // Set before the client is made, so the document's servers entry is not used in its place.
            BaseUrl = gateway.AbsoluteUri.TrimEnd('/'),
        };
        return new RunStrongApiClient(adapter);
    }
}
