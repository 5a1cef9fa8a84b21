namespace RunStrong.Contracts.Routes;

/// <summary>What a route accepts as a request body, and so how large it may be and how it is verified.</summary>
public enum RouteBody
{
    /// <summary>A JSON document (or none), up to the calling tenant's own body limit.</summary>
    TenantDocument,

    /// <summary>A small JSON document of platform administration (a tenant, its limits), up to <see cref="RouteRule.AdminBodyBytes"/>.</summary>
    AdminDocument,

    /// <summary>
    /// A large upload, streamed rather than held in memory (member files, up to <see cref="RouteRule.UploadBodyBytes"/>). The
    /// silo checks the signed digest against what it stored, not before it starts reading.
    /// </summary>
    StreamedUpload,

    /// <summary>
    /// An activity file from a watch (FIT, TCX or GPX, possibly gzipped), up to <see cref="RouteRule.ActivityFileBytes"/> as
    /// sent. Streamed and checked against its signed digest as it is read, like <see cref="StreamedUpload"/>.
    /// </summary>
    ActivityFile,
}
