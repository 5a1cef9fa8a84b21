using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using RunStrong.Contracts.Security;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// The body as it will be forwarded, hashed for the signature (the silo checks it, so a body altered on the
/// hop is refused). Hashing needs the whole body before the request leaves, so it is buffered: in memory up
/// to <see cref="MemoryThreshold"/>, beyond that in a temporary file (a member upload), never more than the
/// route's limit. The buffer also lets a retry send the same bytes again.
/// </summary>
public sealed record ForwardedBody(string Sha256)
{
    private const int MemoryThreshold = 64 * 1024;

    private static readonly ForwardedBody Empty = new(RequestSigner.EmptyBodySha256);

    /// <summary>The proxy pipeline step: hashes the body (if any) and rewinds it for the forwarder.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        context.Features.Set(await ReadAsync(context));
        await next();
    }

    private static async Task<ForwardedBody> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true))
        {
            return Empty;
        }

        request.EnableBuffering(MemoryThreshold);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        request.Body.Position = 0;
        return new ForwardedBody(Base64Url.EncodeToString(hash.GetHashAndReset()));
    }
}
