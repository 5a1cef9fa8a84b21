namespace RunStrong.Silo.Tests.Scopes;

/// <summary>
/// A RunStrong grain interface that deliberately declares no <see cref="GrainScopeAttribute"/>: the silo must
/// refuse it. It lives in the test assembly, which the test cluster loads like any other grain assembly.
/// </summary>
public interface IUnscopedProbeGrain : IGrainWithStringKey
{
    Task<string> Echo(string text);
}
