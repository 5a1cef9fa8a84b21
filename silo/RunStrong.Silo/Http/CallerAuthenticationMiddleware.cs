using System.Diagnostics.CodeAnalysis;
using RunStrong.Contracts.Security;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Http;

/// <summary>
/// Admits only requests the gateway signed: a valid HMAC over the caller, the exact request (method, the Host
/// it was sent to, path and query, body digest), a fresh time and a nonce this silo has not seen. Anything else
/// gets 401, whatever headers it invents; a replay, a copy sent to another silo or listener, and (checked by
/// <see cref="SignedBodyVerification"/>) an altered body too. Health probes, the Prometheus endpoint and routes
/// whose rule admits anonymous callers (the OpenAPI document) need no signature. An endpoint mapped without a
/// declared rule is refused with 404 (nothing is served that was not declared); requests that match no endpoint,
/// or only routing's own 405/415 answers, are still authenticated first.
/// </summary>
public sealed partial class CallerAuthenticationMiddleware(
    RequestDelegate next, RequestSigner signer, NonceLedger nonces, TimeProvider clock, ILogger<CallerAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (ServiceDefaultsExtensions.IsHealthProbe(path) || ServiceDefaultsExtensions.IsMetricsScrape(path))
        {
            await next(context);
            return;
        }

        var endpoint = context.GetEndpoint();
        var rule = endpoint?.Metadata.GetMetadata<RouteRule>();
        if (rule is null && endpoint is RouteEndpoint)
        {
            // A route mapped without a declared rule: refused, whatever it is (deny by default).
            await Problems.Write(context, StatusCodes.Status404NotFound, "Not found", "No such route.");
            return;
        }

        if (rule?.Admits(CallerKinds.Anonymous) == true)
        {
            await next(context);
            return;
        }

        if (!TryReadVerified(context, out var signed, out var refusal))
        {
            LogRefused(logger, context.Request.Method, context.Request.Path.Value ?? "", refusal);
            await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthenticated",
                "Requests must come through the RunStrong gateway with a valid signature.");
            return;
        }

        switch (nonces.TryUse(signed.Nonce))
        {
            case NonceUse.Replayed:
                LogRefused(logger, context.Request.Method, context.Request.Path.Value ?? "", "replayed nonce");
                await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthenticated", "This signed request was already used.");
                return;
            case NonceUse.LedgerFull:
                context.Response.Headers.RetryAfter = "1";
                await Problems.Write(context, StatusCodes.Status503ServiceUnavailable, "Service busy", "The silo is at capacity; retry after 1 s.");
                return;
        }

        context.Features.Set(signed);
        context.Features.Set(signed.Caller);
        GrainCaller.Enter(signed.Caller);
        await next(context);
    }

    private bool TryReadVerified(HttpContext context, [NotNullWhen(true)] out SignedRequest? signed, out string refusal)
    {
        var request = context.Request;
        var pathAndQuery = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        if (!SignedCallerHeaders.TryRead(name => SingleValue(request.Headers, name), request.Method, request.Host.Value ?? "", pathAndQuery, out signed, out var signature))
        {
            refusal = "missing or malformed caller headers";
            return false;
        }

        if (!signer.Verify(signed, signature, clock.GetUtcNow()))
        {
            refusal = "signature invalid or stale";
            return false;
        }

        if (!RequestAuthority.AddressesThisListener(context))
        {
            refusal = "signed for another listener";
            return false;
        }

        refusal = "";
        return true;
    }

    /// <summary>A header's value when it was sent exactly once; a repeated caller header is refused, not merged.</summary>
    private static string? SingleValue(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string method, string path, string reason);
}
