using RunStrong.Activities.Fit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>The decoder's messages view for tests: every activity message the product reads, kept in order.</summary>
internal sealed class FitMessageLog : IFitActivityHandler
{
    public List<int> FileTypes { get; } = [];

    public List<int> FileStarts { get; } = [];

    public List<FitSummaryMessage> Sessions { get; } = [];

    public List<FitSummaryMessage> Laps { get; } = [];

    public List<FitRecordMessage> Records { get; } = [];

    public FitDecodeStop? Stop { get; private set; }

    public static FitMessageLog Read(byte[] file)
    {
        var log = new FitMessageLog();
        using var stream = new MemoryStream(file, writable: false);
        log.Stop = FitActivityMessageReader.Read(stream, log);
        return log;
    }

    public static FitMessageLog Read(string fixture) => Read(FitFixtures.Bytes(fixture));

    public void OnFileStart(int fileIndex) => FileStarts.Add(fileIndex);

    public void OnFileType(int fileType) => FileTypes.Add(fileType);

    public void OnSport(int? sport, int? subSport)
    {
    }

    public void OnSession(in FitSummaryMessage session) => Sessions.Add(session);

    public void OnLap(in FitSummaryMessage lap) => Laps.Add(lap);

    public void OnRecord(in FitRecordMessage record) => Records.Add(record);
}
