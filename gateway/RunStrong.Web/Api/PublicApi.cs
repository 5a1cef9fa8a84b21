using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RunStrong.Web.Sessions;

namespace RunStrong.Web.Api;

/// <summary>
/// The pages' way to the data: the gateway's own public API, called with the signed-in browser's session (its
/// cookie, and for a change the session's anti-forgery header). The request then passes the same authentication,
/// route rules, tenant limits and signing as any client's, so a page can never show or change more than the
/// caller's key may. One instance per page request.
/// </summary>
public sealed class PublicApi(IHttpClientFactory clients, SelfAddress self, IHttpContextAccessor context)
{
    public const string ClientName = "runstrong-public-api";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SignedInCaller Caller => context.HttpContext?.Features.Get<SignedInCaller>()
        ?? throw new InvalidOperationException("The pages call the API only for a signed-in caller.");

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, content: null, cancellationToken);

    public Task<ApiResult<T>> SendJsonAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(method, path, JsonContent.Create(body, body.GetType(), options: Json), cancellationToken);

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(self.Value, path)) { Content = content };
        var caller = Caller;
        request.Headers.Add("Cookie", $"{WebSessionCookie.Name}={caller.CookieValue}");
        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            request.Headers.Add(WebSessionCookie.CsrfHeader, caller.CsrfToken);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var value = response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(NoBody)
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(status, value, null);
            }

            var problem = response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json"
                ? await ReadProblemAsync(response, cancellationToken)
                : null;
            return new ApiResult<T>(status, default, problem ?? new ApiProblem { Status = status, Title = response.ReasonPhrase });
        }
        catch (HttpRequestException exception)
        {
            return new ApiResult<T>(503, default, ApiProblem.Unavailable(503, $"The platform could not be reached ({exception.HttpRequestError})."));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiResult<T>(504, default, ApiProblem.Unavailable(504, "The platform took too long to answer; try again."));
        }
        catch (JsonException exception)
        {
            // An answer this page cannot read is the page's fault, shown as such rather than as a server error page.
            return new ApiResult<T>(502, default, ApiProblem.Unavailable(502, $"The platform's answer could not be read ({exception.Path})."));
        }
    }

    private static async Task<ApiProblem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<ApiProblem>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
