using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using RunStrong.Client.Models;

namespace RunStrong.Client.Api.T.Item.Athletes.Item.Activities;

/// <summary>
/// Uploading an activity file. The route reads its body as raw bytes (a FIT, TCX or GPX file, sniffed), and
/// the OpenAPI document describes no request body for it, so the generated PostAsync sends none; this half of
/// the generated builder sends the file to the same URL, with the same answer and problem types.
/// </summary>
public partial class ActivitiesRequestBuilder
{
    /// <summary>
    /// Uploads one FIT, TCX or GPX file (optionally gzipped): 201 the new activity, 200 the one this file made
    /// before. A refused file (413, 415, 422) throws the problem, with its status and detail.
    /// </summary>
    /// <param name="file">The file's bytes, as recorded (or gzipped).</param>
    /// <param name="contentType"><c>application/vnd.ant.fit</c>, <c>application/vnd.garmin.tcx+xml</c>,
    /// <c>application/gpx+xml</c> or <c>application/octet-stream</c> (the content decides the format);
    /// <c>application/gzip</c> for a gzipped file.</param>
    public async Task<ActivityResponse?> UploadAsync(Stream file, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var request = new RequestInformation(Method.POST, UrlTemplate, PathParameters);
        request.Headers.TryAdd("Accept", "application/json");
        request.SetStreamContent(file, contentType);
        return await RequestAdapter.SendAsync(request, ActivityResponse.CreateFromDiscriminatorValue, ProblemMapping, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every error status is a problem+json body.</summary>
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ProblemMapping = new(StringComparer.Ordinal)
    {
        ["XXX"] = HttpValidationProblemDetails.CreateFromDiscriminatorValue,
    };
}
