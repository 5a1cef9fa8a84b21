using BenchmarkDotNet.Attributes;
using RunStrong.Activities.Fit;
using RunStrong.Activities.Recording;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// Reading a FIT activity from memory (target: at least 100 MB/s on one core for the 1 MB file, about 0 bytes
/// allocated per record, and at least 5x Garmin's JavaScript SDK, which FitSdk/benchmark-sdk.mjs measures on the
/// same files). <see cref="Read"/> is the product's path (records folded into the sample series); <see cref="Decode"/>
/// is the decoder alone, every activity message read and dropped.
/// </summary>
[MemoryDiagnoser]
public class FitDecodingBenchmarks
{
    private byte[] file = [];

    /// <summary>A generated 12.7-hour run at 1 Hz (1 MB, 45,780 records), and a real device's file with developer fields.</summary>
    [Params("Generated/long-run-1mb.fit", "developer-types-sample.fit")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var fixtures = Path.Combine(RepositoryLayout.Locate().Root, "tests", "RunStrong.Activities.Tests", "Fixtures");
        file = System.IO.File.ReadAllBytes(Path.Combine(fixtures, File));
        var counter = new MessageCounter();
        FitActivityMessageReader.Read(new MemoryStream(file), counter);
        Console.WriteLine($"// {File}: {file.Length} bytes, {counter.Records} records");
    }

    [Benchmark]
    public ActivityRecording Read() => FitActivityReader.Read(new MemoryStream(file, writable: false));

    [Benchmark]
    public int Decode()
    {
        var counter = new MessageCounter();
        FitActivityMessageReader.Read(new MemoryStream(file, writable: false), counter);
        return counter.Records;
    }

    private sealed class MessageCounter : IFitActivityHandler
    {
        public int Records { get; private set; }

        public void OnFileStart(int fileIndex)
        {
        }

        public void OnFileType(int fileType)
        {
        }

        public void OnSport(int? sport, int? subSport)
        {
        }

        public void OnSession(in FitSummaryMessage session)
        {
        }

        public void OnLap(in FitSummaryMessage lap)
        {
        }

        public void OnRecord(in FitRecordMessage record) => Records++;
    }
}
