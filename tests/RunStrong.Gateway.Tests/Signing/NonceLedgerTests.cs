using RunStrong.Contracts.Security;
using RunStrong.Silo.Http;

namespace RunStrong.Gateway.Tests.Signing;

/// <summary>The silo's memory of nonces: a nonce is refused again for as long as its signature could still be fresh, and forgotten after.</summary>
public sealed class NonceLedgerTests
{
    [Fact]
    public void A_nonce_is_accepted_once_and_refused_for_the_whole_freshness_window()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var ledger = new NonceLedger(clock);
        var nonce = RequestSigner.NewNonce();

        Assert.Equal(NonceUse.Fresh, ledger.TryUse(nonce));
        foreach (var later in new[] { 1, 30, 59, 60, 61, 89, 119 })
        {
            clock.SetUtcNow(DateTimeOffset.UnixEpoch.AddDays(20_000).AddSeconds(later));
            Assert.Equal(NonceUse.Replayed, ledger.TryUse(nonce));
        }
    }

    [Fact]
    public void A_nonce_is_forgotten_once_no_signature_carrying_it_can_be_fresh()
    {
        var start = DateTimeOffset.UnixEpoch.AddDays(20_000);
        var clock = new ManualClock(start);
        var ledger = new NonceLedger(clock);
        var nonce = RequestSigner.NewNonce();
        ledger.TryUse(nonce);

        // Two full windows later its timestamp is long stale (refused by the signature check), so the ledger may drop it.
        clock.SetUtcNow(start + RequestSigner.MaxClockSkew * 8);
        ledger.TryUse(RequestSigner.NewNonce());
        clock.SetUtcNow(start + RequestSigner.MaxClockSkew * 12);

        Assert.Equal(NonceUse.Fresh, ledger.TryUse(nonce));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64url at all!!")]
    [InlineData("AAAA")]
    public void Something_that_is_not_a_nonce_counts_as_a_replay(string nonce) =>
        Assert.Equal(NonceUse.Replayed, new NonceLedger(TimeProvider.System).TryUse(nonce));
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public void SetUtcNow(DateTimeOffset value) => now = value;

    public override DateTimeOffset GetUtcNow() => now;
}
