using System.Text.Json;

namespace RunStrong.Coaching.Log;

/// <summary>
/// Whether two entries say the same thing. Records compare lists by reference, so a retried strength
/// session (a new list of the same exercises) would look different; comparing their JSON does not.
/// </summary>
internal static class SameContent
{
    public static bool Of<T>(T first, T second) =>
        JsonSerializer.SerializeToUtf8Bytes(first).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(second));
}
