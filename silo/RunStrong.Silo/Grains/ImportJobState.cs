using RunStrong.Contracts.MemberImports;

namespace RunStrong.Silo.Grains;

/// <summary>What an import job persists: its request, status, cursor (rows done, in file order) and counters.</summary>
public sealed class ImportJobState
{
    public ImportRequest? Request { get; set; }

    public ImportStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Data rows in the file, counted before processing starts; -1 until then.</summary>
    public long Total { get; set; } = -1;

    /// <summary>The cursor: rows handled, in file order. A resumed job skips exactly these.</summary>
    public long Processed { get; set; }

    public long Created { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Failed { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>
    /// Attempts begun since the job last made progress (rows counted or a batch written); an attempt ends in an
    /// unexpected error or a lost silo. Counted before the work, so a file that crashes its silo is counted too.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>When the upload is to be deleted: set when the job ends (its end for a dry run, later by the retention period otherwise).</summary>
    public DateTimeOffset? UploadDeleteAt { get; set; }

    /// <summary>When the upload was deleted; from then on only the counters and first errors remain.</summary>
    public DateTimeOffset? UploadDeletedAt { get; set; }

    /// <summary>The first row errors, for the status view; all of them are in the error report.</summary>
    public List<ImportRowError> FirstErrors { get; set; } = [];
}
