namespace RunStrong.Activities;

/// <summary>Why a file was refused. Every refusal names one; the upload route answers 415 or 422 by it.</summary>
public enum ActivityFileProblem
{
    /// <summary>Not a FIT, TCX or GPX file at all (random bytes, a photo, a CSV): 415.</summary>
    UnknownFormat,

    /// <summary>No bytes, or nothing but whitespace.</summary>
    Empty,

    /// <summary>A FIT, TCX or GPX file that records something other than an activity (settings, a workout, a route, monitoring).</summary>
    NotAnActivity,

    /// <summary>The FIT file header is damaged (size, signature or header CRC).</summary>
    CorruptHeader,

    /// <summary>The file's checksum does not match and too little of it could be read to trust.</summary>
    CrcMismatch,

    /// <summary>The file ends early, before a session or enough records.</summary>
    Truncated,

    /// <summary>The content breaks its format (bad XML, a FIT message without its definition, an impossible size).</summary>
    Malformed,

    /// <summary>No timed track: a GPX route or a track without times, or a recording under a minute.</summary>
    NoTimedTrack,

    /// <summary>Read fine, but its figures are no real session (a run of a few metres, a pace no runner reaches).</summary>
    Implausible,
}
