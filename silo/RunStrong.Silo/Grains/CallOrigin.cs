namespace RunStrong.Silo.Grains;

/// <summary>
/// Whether a grain call was sent from inside a silo or by an external Orleans client (the gateway, a tool),
/// told from the sender Orleans records in the message (<see cref="IGrainCallContext.SourceId"/>):
/// <list type="bullet">
/// <item>a call made by a grain carries that grain's id, and one made by a system target the target's id;</item>
/// <item>a call made on a silo outside any grain (a hosted service using the silo's <see cref="IGrainFactory"/>,
/// such as <c>SiloAnnouncement</c>) carries the silo's hosted-client id: a client id whose key is
/// <c>"hosted-{siloAddress}"</c> (Orleans' <c>InsideRuntimeClient.SendRequest</c> and
/// <c>HostedClient.CreateHostedClientGrainId</c>);</item>
/// <item>a call from an external client carries that client's id: a client id (<c>"sys.client"</c> type,
/// <see cref="GrainTypePrefix.IsClient(in GrainId)"/>) with a random key.</item>
/// </list>
/// This is what well-behaved Orleans code sends; it is no proof against a hostile program speaking the
/// Orleans protocol, which can claim any sender (and any request context). The cluster's ports must stay on a
/// private network for that (docs/SECURITY.md).
/// </summary>
internal static class CallOrigin
{
    /// <summary>The key prefix of a silo's hosted client (Orleans' <c>HostedClient.CreateHostedClientGrainId</c>).</summary>
    internal const string HostedClientKeyPrefix = "hosted-";

    public static bool IsInsideSilo(GrainId? source) => source switch
    {
        // No sender recorded: nothing says it came from a silo.
        null => false,
        { } client when client.IsClient() => client.Key.ToString()?.StartsWith(HostedClientKeyPrefix, StringComparison.Ordinal) == true,
        _ => true,
    };
}
