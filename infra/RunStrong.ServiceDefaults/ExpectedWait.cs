namespace RunStrong.ServiceDefaults;

/// <summary>
/// Marks background calls that wait by design (a long poll that holds until news or its timeout): a trace root
/// started inside <see cref="Begin"/> is not exported for its length, only if it fails. Without it, every long
/// poll would pass the slow threshold and be exported as "slow background work".
/// </summary>
public static class ExpectedWait
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>True inside a <see cref="Begin"/> scope on this async flow.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Until disposed, trace roots started on this async flow are expected to take long.</summary>
    public static IDisposable Begin()
    {
        var outer = Active.Value;
        Active.Value = true;
        return new Scope(outer);
    }

    private sealed class Scope(bool outer) : IDisposable
    {
        public void Dispose() => Active.Value = outer;
    }
}
