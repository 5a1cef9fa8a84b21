namespace RunStrong.Activities.Fit;

/// <summary>Receives the activity messages <see cref="FitActivityMessageReader"/> picks out of a FIT stream.</summary>
internal interface IFitActivityHandler
{
    /// <summary>A FIT file begins (the first, or one chained after it).</summary>
    void OnFileStart(int fileIndex);

    /// <summary>The file_id message's type (FIT Profile, type file).</summary>
    void OnFileType(int fileType);

    /// <summary>A sport message.</summary>
    void OnSport(int? sport, int? subSport);

    void OnSession(in FitSummaryMessage session);

    void OnLap(in FitSummaryMessage lap);

    void OnRecord(in FitRecordMessage record);
}
