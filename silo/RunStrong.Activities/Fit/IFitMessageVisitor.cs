namespace RunStrong.Activities.Fit;

/// <summary>Receives what <see cref="FitDecoder"/> reads, message by message, without anything being kept.</summary>
internal interface IFitMessageVisitor
{
    /// <summary>A FIT file begins: the first, or the next of several concatenated ("chained") files.</summary>
    void OnFileStart(int fileIndex);

    /// <summary>A data message; its bytes are valid only during the call.</summary>
    void OnMessage(FitMessage message);
}
