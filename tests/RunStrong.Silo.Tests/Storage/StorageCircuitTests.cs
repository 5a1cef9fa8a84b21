using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests.Storage;

/// <summary>When the storage circuit opens, what it refuses while open, how it probes and how it closes.</summary>
public sealed class StorageCircuitTests
{
    private readonly SteppedClock clock = new();

    [Fact]
    public void One_call_without_an_answer_does_not_open_it_two_in_a_row_do()
    {
        var circuit = new StorageCircuit(clock);
        circuit.NoAnswer(probe: false);
        Assert.False(circuit.IsOpen);
        Assert.True(circuit.TryAdmit(out _));

        circuit.NoAnswer(probe: false);
        Assert.True(circuit.IsOpen);
        Assert.False(circuit.TryAdmit(out _));
        Assert.Equal(1, circuit.TimesOpened);
        Assert.Equal(1, circuit.CallsRefused);
    }

    [Fact]
    public void An_answer_between_failures_starts_the_count_again()
    {
        var circuit = new StorageCircuit(clock);
        circuit.NoAnswer(probe: false);
        circuit.Answered();
        circuit.NoAnswer(probe: false);
        Assert.False(circuit.IsOpen);
    }

    [Fact]
    public void While_open_one_probe_goes_out_per_interval_and_its_answer_closes_the_circuit()
    {
        var circuit = Opened();
        clock.Advance(StorageCircuit.ProbeInterval - TimeSpan.FromMilliseconds(1));
        Assert.False(circuit.TryAdmit(out _));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(circuit.TryAdmit(out var probe));
        Assert.True(probe);
        Assert.False(circuit.TryAdmit(out _)); // one probe at a time

        circuit.Answered();
        Assert.False(circuit.IsOpen);
        Assert.Null(circuit.UnreachableFor);
        Assert.True(circuit.TryAdmit(out probe));
        Assert.False(probe);
    }

    [Fact]
    public void A_probe_without_an_answer_keeps_it_open_for_another_interval()
    {
        var circuit = Opened();
        clock.Advance(StorageCircuit.ProbeInterval);
        Assert.True(circuit.TryAdmit(out var probe));
        clock.Advance(TimeSpan.FromSeconds(3)); // the probe waits out its network timeout
        circuit.NoAnswer(probe);

        Assert.True(circuit.IsOpen);
        Assert.Equal(TimeSpan.FromSeconds(4), circuit.UnreachableFor);
        Assert.False(circuit.TryAdmit(out _));
        clock.Advance(StorageCircuit.ProbeInterval);
        Assert.True(circuit.TryAdmit(out probe));
        Assert.True(probe);
    }

    [Fact]
    public void A_probe_its_caller_gave_up_on_lets_the_next_call_probe()
    {
        var circuit = Opened();
        clock.Advance(StorageCircuit.ProbeInterval);
        Assert.True(circuit.TryAdmit(out _));
        circuit.ProbeAbandoned();

        Assert.True(circuit.TryAdmit(out var probe));
        Assert.True(probe);
    }

    private StorageCircuit Opened()
    {
        var circuit = new StorageCircuit(clock);
        circuit.NoAnswer(probe: false);
        circuit.NoAnswer(probe: false);
        Assert.True(circuit.IsOpen);
        return circuit;
    }

    /// <summary>A monotonic clock that moves only when told.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
