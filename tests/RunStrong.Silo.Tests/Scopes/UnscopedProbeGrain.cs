namespace RunStrong.Silo.Tests.Scopes;

/// <summary>The grain behind <see cref="IUnscopedProbeGrain"/>; reaching it at all is the failure.</summary>
public sealed class UnscopedProbeGrain : Grain, IUnscopedProbeGrain
{
    public Task<string> Echo(string text) => Task.FromResult(text);
}
