namespace RunStrong.Silo.Storage;

/// <summary>
/// A storage call refused without being sent: this silo's storage circuit is open, storage having stopped
/// answering (<see cref="StorageCircuit"/>). The HTTP API answers it with 503 and Retry-After. Serializable, as it
/// crosses silos when a grain on another silo hit it.
/// </summary>
[GenerateSerializer]
[Alias("RunStrong.StorageUnavailableException")]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("Storage is unreachable.")
    {
    }

    public StorageUnavailableException(TimeSpan unreachableFor)
        : base($"Storage has not answered this silo for {unreachableFor.TotalSeconds:F0} s; the call was not sent.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
