using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Serialization;

namespace RunStrong.Silo.Tests.Serialization;

/// <summary>
/// What crosses an in-silo grain call uncopied: domain values that cannot change go as they are, anything that could
/// (a settable member, a collection, an unsealed class) is still copied, so caller and callee never share state.
/// </summary>
public sealed class DomainValueCopyTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection()
        .AddSerializer(serializer => serializer.AddRunStrongDomainTypes())
        .BuildServiceProvider();

    public void Dispose() => services.Dispose();

    [Fact]
    public void A_score_update_and_a_run_cross_as_they_are()
    {
        var update = new ScoreUpdate("a1", "red", new Score(1234), 7, "run-1");
        var run = new Run("run-1", DateTimeOffset.UnixEpoch, 10.5, 55, RunKind.Easy, 4, null);

        Assert.Same(update, Copy(update));
        Assert.Same(run, Copy(run));
    }

    [Fact]
    public void A_value_holding_lists_is_copied_whole()
    {
        var page = new LeaderboardPage(3, DateTimeOffset.UnixEpoch, 1, [new TeamStanding(1, "red", "Red", new Score(5), 1)], [new AthleteStanding(1, "a1", "red", new Score(5))]);

        var copy = Copy(page);

        Assert.NotSame(page, copy);
        Assert.NotSame(page.Teams, copy.Teams);
        Assert.Equal(page.Teams, copy.Teams);
        Assert.Equal(page.Athletes, copy.Athletes);
    }

    [Theory]
    [InlineData(typeof(Frozen), true)]
    [InlineData(typeof(FrozenPair), true)]
    [InlineData(typeof(Level), true)]
    [InlineData(typeof(Settable), false)]
    [InlineData(typeof(WithList), false)]
    [InlineData(typeof(WithReadOnlyList), false)]
    [InlineData(typeof(Unsealed), false)]
    [InlineData(typeof(HoldsSettable), false)]
    [InlineData(typeof(HoldsObject), false)]
    public void The_rule_reads_every_field(Type type, bool immutable) =>
        Assert.Equal(immutable, new ImmutableDomainValueCopier(_ => true).IsImmutable(type));

    [Fact]
    public void Types_outside_the_domain_are_left_to_their_own_copiers() =>
        Assert.False(new ImmutableDomainValueCopier(_ => false).IsSupportedType(typeof(Frozen)));

    private T Copy<T>(T value) => services.GetRequiredService<DeepCopier<T>>().Copy(value)!;

    public enum Level { Low, High }

    public sealed record Frozen(string Name, int Count, DateOnly Day, Level Level, decimal? Weight);

    public sealed record FrozenPair(Frozen First, Frozen? Second);

    public sealed class Settable
    {
        public string Name { get; set; } = "";
    }

    public sealed record WithList(List<string> Names);

    public sealed record WithReadOnlyList(IReadOnlyList<string> Names);

    public record Unsealed(string Name);

    public sealed record HoldsSettable(Settable Inner);

    public sealed record HoldsObject(object Inner);
}
