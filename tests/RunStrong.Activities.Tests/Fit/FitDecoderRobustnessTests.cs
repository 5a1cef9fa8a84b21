using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using RunStrong.Activities.Fit;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>
/// Damaged input of every kind yields a recording or an <see cref="ActivityFileException"/>, never another exception,
/// and fast: every prefix of small real files, seeded random byte flips, and random bytes behind a valid header
/// (FsCheck; FsCheck.Xunit.v3 needs xunit.v3 4.x, so properties run inside facts).
/// </summary>
public sealed class FitDecoderRobustnessTests
{

    /// <summary>A fixed seed: the same flips every run, so a failure reproduces; FsCheck shrinks it to the fewest flips.</summary>
    private static readonly Config Seeded = Config.QuickThrowOnFailure
        .WithMaxTest(300)
        .WithQuietOnSuccess(true)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261206UL), FSharpOption<int>.None)));

    [Theory]
    [InlineData("Activity.fit", 1)]
    [InlineData("garmin-fenix-5-run.fit", 1)]
    [InlineData("compressed-speed-distance.fit", 1)]
    [InlineData("developer-types-sample.fit", 499)]
    public void Every_prefix_is_read_or_refused(string fixture, int step)
    {
        var file = FitFixtures.Bytes(fixture);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var length = 0; length <= file.Length; length += step)
        {
            var outcome = Outcome(file[..length]);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Short prefixes are refused, long ones recovered: both must have happened.
        Assert.Contains(outcomes.Keys, o => o.StartsWith("refused", StringComparison.Ordinal));
        Assert.Contains("read", outcomes.Keys);
    }

    [Theory]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("compressed-speed-distance.fit")]
    [InlineData("developer-types-sample.fit")]
    [InlineData("Generated/big-endian-run.fit")]
    public void Random_byte_flips_are_read_or_refused(string fixture)
    {
        var file = FitFixtures.Bytes(fixture);
        var flips = (
            from count in Gen.Choose(1, 8)
            from flipped in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, file.Length - 1), Gen.Choose(1, 255)), count)
            select flipped).ToArbitrary();

        Prop.ForAll(flips, changes =>
        {
            var damaged = (byte[])file.Clone();
            foreach (var (at, mask) in changes)
            {
                damaged[at] ^= (byte)mask;
            }

            return Outcome(damaged) is not null;
        }).Check(Seeded);
    }

    [Fact]
    public void Random_bytes_behind_a_valid_header_are_read_or_refused()
    {
        var garbage = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(body =>
        {
            var file = new byte[14 + body.Length + 2];
            file[0] = 14;
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)body.Length);
            ".FIT"u8.CopyTo(file.AsSpan(8));
            body.CopyTo(file, 14);
            return file;
        }).ToArbitrary();

        Prop.ForAll(garbage, file => Outcome(file) is not null).Check(Seeded.WithMaxTest(1000).WithEndSize(2000));
    }

    /// <summary>
    /// "read" or "refused: problem"; any other exception fails the test, and so does reading past the end or going
    /// back: the stream cannot seek, and asking it for more after its end more than a few times means a decoder
    /// looping on damage.
    /// </summary>
    private static string Outcome(byte[] file)
    {
        try
        {
            FitActivityReader.Read(new ForwardOnlyStream(file));
            return "read";
        }
        catch (ActivityFileException refusal)
        {
            return $"refused: {refusal.Problem}";
        }
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content, writable: false)
    {
        private int readsAtEnd;

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (read == 0 && count > 0 && ++readsAtEnd > 16)
            {
                throw new InvalidOperationException("The reader keeps asking for bytes after the end: a loop.");
            }

            return read;
        }

        // MemoryStream's span overload calls back into the array one in a derived class: route it there explicitly.
        public override int Read(Span<byte> buffer)
        {
            var chunk = new byte[buffer.Length];
            var read = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
