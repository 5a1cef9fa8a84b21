using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using RunStrong.Coaching.Validation;

namespace RunStrong.Coaching.Log.Reading;

/// <summary>
/// The opaque <c>next</c> (and <c>after</c>) of a log listing: a <see cref="LogPosition"/> and a check, base64url.
/// The check hashes the kind of entry with the position. It is no secret and needs none (a forged position only
/// selects entries the caller may read anyway); it turns an edited, truncated or misplaced cursor (one from the
/// runs sent to the measurements) into a 400 instead of a page that silently starts somewhere else.
/// </summary>
public static class LogCursor
{
    public const string Rule = "must be the next value of an earlier page of this list, unchanged.";

    private const byte Version = 1;
    private const int Header = 1 + sizeof(long);
    private const int CheckBytes = 8;

    /// <summary>Longer than any cursor this class writes (a 64-character id makes about 110), so anything longer is refused unread.</summary>
    private const int MaxChars = 160;

    public static string Of(LogEntryKind kind, LogPosition position)
    {
        var id = Encoding.UTF8.GetBytes(position.Id);
        var bytes = new byte[Header + id.Length + CheckBytes];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), position.Key);
        id.CopyTo(bytes, Header);
        Check(kind, bytes.AsSpan(0, Header + id.Length), bytes.AsSpan(Header + id.Length));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position a cursor of <paramref name="kind"/> holds; false when it is not one, unchanged.</summary>
    public static bool TryRead(string cursor, LogEntryKind kind, out LogPosition position)
    {
        position = default;
        Span<byte> bytes = stackalloc byte[MaxChars];
        // DecodeFromChars reports bad text as a status (TryDecodeFromChars throws on it).
        if (cursor.Length > MaxChars || Base64Url.DecodeFromChars(cursor, bytes, out _, out var length) != OperationStatus.Done
            || length < Header + CheckBytes || bytes[0] != Version)
        {
            return false;
        }

        var content = bytes[..(length - CheckBytes)];
        Span<byte> expected = stackalloc byte[CheckBytes];
        Check(kind, content, expected);
        var id = Encoding.UTF8.GetString(content[Header..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[(length - CheckBytes)..length]) || (id.Length > 0 && !EntryId.IsValid(id)))
        {
            return false;
        }

        position = new LogPosition(BinaryPrimitives.ReadInt64BigEndian(content[1..]), id);
        return true;
    }

    private static void Check(LogEntryKind kind, ReadOnlySpan<byte> content, Span<byte> check)
    {
        var input = new byte[1 + content.Length];
        input[0] = (byte)kind;
        content.CopyTo(input.AsSpan(1));
        SHA256.HashData(input).AsSpan(0, CheckBytes).CopyTo(check);
    }
}
