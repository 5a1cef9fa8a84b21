using RunStrong.Activities.Logging;
using RunStrong.Coaching.Validation;
using Xunit;

namespace RunStrong.Activities.Tests.Upload;

/// <summary>An activity's id: its start and its file's hash, a valid log entry id, readable back.</summary>
public sealed class ActivityIdsTests
{
    [Fact]
    public void An_id_carries_the_start_to_the_second_and_is_a_log_entry_id()
    {
        var start = new DateTimeOffset(2025, 3, 1, 7, 15, 2, 640, TimeSpan.FromHours(1));
        var hash = System.Security.Cryptography.SHA256.HashData("file"u8);

        var id = ActivityIds.Of(start, hash);

        Assert.Equal($"20250301T061502Z-{Convert.ToHexStringLower(hash)[..24]}", id);
        Assert.True(EntryId.IsValid(id));
        Assert.True(ActivityIds.TryParse(id, out var parsed));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 6, 15, 2, TimeSpan.Zero), parsed);
        Assert.True(ActivityIds.IsActivity(id));
    }

    [Theory]
    [InlineData("run-1")]
    [InlineData("20250301T061502Z-3F2A9C0D1E4B5A69C0FFEE12")]
    [InlineData("20251301T061502Z-3f2a9c0d1e4b5a69c0ffee12")]
    [InlineData("20250301T061502Z-3f2a9c0d1e4b5a69c0ffee1")]
    [InlineData("")]
    public void Anything_else_is_no_activity_id(string id)
    {
        Assert.False(ActivityIds.TryParse(id, out _));
        Assert.False(ActivityIds.IsActivity(id));
    }
}
