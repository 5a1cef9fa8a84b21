using System.Buffers;
using System.Buffers.Text;
using RunStrong.Coaching.Log.Reading;

namespace RunStrong.Coaching.Tests.Log.Reading;

/// <summary>A cursor is read back only as it was written, and only by the list that wrote it.</summary>
public sealed class LogCursorTests
{
    private static readonly LogPosition Position = new(new DateTimeOffset(2026, 11, 24, 19, 30, 0, TimeSpan.Zero).UtcTicks, "run-2026-11-25.a:1");

    [Fact]
    public void A_cursor_reads_back_as_the_position_it_was_made_from()
    {
        var cursor = LogCursor.Of(LogEntryKind.Runs, Position);

        Assert.True(LogCursor.TryRead(cursor, LogEntryKind.Runs, out var read));
        Assert.Equal(Position, read);
    }

    [Fact]
    public void A_nutrition_cursor_has_no_id_and_reads_back()
    {
        var position = new LogPosition(new DateOnly(2026, 11, 25).DayNumber, "");

        Assert.True(LogCursor.TryRead(LogCursor.Of(LogEntryKind.Nutrition, position), LogEntryKind.Nutrition, out var read));
        Assert.Equal(position, read);
    }

    [Fact]
    public void Changing_any_single_character_of_a_cursor_makes_it_unreadable()
    {
        var cursor = LogCursor.Of(LogEntryKind.Runs, Position);

        for (var i = 0; i < cursor.Length; i++)
        {
            var tampered = string.Concat(cursor.AsSpan(0, i), cursor[i] == 'A' ? "B" : "A", cursor.AsSpan(i + 1));
            if (Bytes(tampered) is { } bytes && bytes.AsSpan().SequenceEqual(Bytes(cursor)!))
            {
                continue; // the last character's spare bits: the same bytes, so the same cursor
            }

            Assert.False(LogCursor.TryRead(tampered, LogEntryKind.Runs, out _), $"changed at {i}: {tampered}");
        }
    }

    /// <summary>The bytes a cursor's text stands for, or null when it is no base64url at all.</summary>
    private static byte[]? Bytes(string text)
    {
        var buffer = new byte[text.Length];
        return Base64Url.DecodeFromChars(text, buffer, out _, out var length) == OperationStatus.Done ? buffer[..length] : null;
    }

    [Fact]
    public void A_cursor_of_one_list_is_refused_by_another()
    {
        var cursor = LogCursor.Of(LogEntryKind.Runs, Position);

        Assert.False(LogCursor.TryRead(cursor, LogEntryKind.StrengthSessions, out _));
        Assert.False(LogCursor.TryRead(cursor, LogEntryKind.Measurements, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AQ")]
    [InlineData("!!!!")]
    public void Text_that_is_no_cursor_is_refused(string text) =>
        Assert.False(LogCursor.TryRead(text, LogEntryKind.Runs, out _));

    [Fact]
    public void A_truncated_cursor_and_a_very_long_one_are_refused()
    {
        var cursor = LogCursor.Of(LogEntryKind.Runs, Position);

        Assert.False(LogCursor.TryRead(cursor[..^2], LogEntryKind.Runs, out _));
        Assert.False(LogCursor.TryRead(cursor + new string('A', 10_000), LogEntryKind.Runs, out _));
    }
}
