namespace RunStrong.Activities.Fit;

/// <summary>
/// Why <see cref="FitDecoder"/> stopped before the end of the input, with the byte offset. Whether that is fatal
/// depends on what was read before it, which the caller knows and the decoder does not.
/// </summary>
internal sealed record FitDecodeStop(ActivityFileProblem Problem, string Reason, long Offset);
