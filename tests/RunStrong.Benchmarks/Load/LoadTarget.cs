using System.Net;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// One thing to put load on: a name for the report, the host it goes to, how to build each request (called
/// once per request, so per-request work such as signing is part of the loop) and the status that counts as
/// success.
/// </summary>
public sealed record LoadTarget(string Name, Uri BaseAddress, Func<HttpRequestMessage> CreateRequest, HttpStatusCode ExpectedStatus);
