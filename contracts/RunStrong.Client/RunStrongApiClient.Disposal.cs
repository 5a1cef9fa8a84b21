namespace RunStrong.Client;

/// <summary>
/// The generated client is partial; this half lets <c>using var api = RunStrongClient.Create(…)</c> close the
/// HttpClient its adapter made (an HttpClient passed in by the caller stays theirs: the adapter leaves it open).
/// </summary>
public partial class RunStrongApiClient : IDisposable
{
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && RequestAdapter is IDisposable adapter)
        {
            adapter.Dispose();
        }
    }
}
