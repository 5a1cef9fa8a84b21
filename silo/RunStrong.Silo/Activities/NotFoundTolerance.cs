using Azure;

namespace RunStrong.Silo.Activities;

/// <summary>Deleting what is already gone is what a delete wants: 404 from storage is success.</summary>
internal static class NotFoundTolerance
{
    public static async Task IgnoreNotFound(this Task<Response> delete)
    {
        try
        {
            await delete;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
