using RunStrong.Contracts.Members;
using RunStrong.Contracts.Security;
using RunStrong.Silo.Members;

namespace RunStrong.Silo.Grains;

/// <summary>
/// The athlete in the members directory. Each change refreshes the athlete's listing in the same write
/// (<see cref="RefreshListing"/>); a listing that changed is then sent to its roster shard off the request's
/// path (the write is acknowledged without waiting for the directory), and resent on a timer until the shard
/// has it. Imports publish their members' listings themselves, a batch per shard, instead.
/// </summary>
public sealed partial class AthleteGrain
{
    /// <summary>How often an undelivered listing is resent while the athlete is active.</summary>
    private static readonly TimeSpan ListingRetryPeriod = TimeSpan.FromSeconds(2);

    private IGrainTimer? listingRetry;
    private bool publishingListing;

    private (string TenantId, string AthleteId) Ids
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return (key[..slash], key[(slash + 1)..]);
        }
    }

    /// <summary>
    /// Brings <see cref="AthleteState.Listing"/> up to date inside a change; true when it changed (so the write stores
    /// it). <paramref name="publishedByCaller"/>: the caller (an import) sends the listing to the shard itself.
    /// </summary>
    private bool RefreshListing(AthleteState athlete, bool publishedByCaller)
    {
        if (!athlete.Exists())
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var listing = AthleteListing.Of(Ids.AthleteId, athlete, now, revision: 0);
        if (listing.SameContentAs(athlete.Listing))
        {
            return false;
        }

        athlete.Listing = listing with { Revision = AthleteListing.NextRevision(athlete.Listing?.Revision ?? 0, now) };
        athlete.ListingDelivered = publishedByCaller;
        return true;
    }

    /// <summary>
    /// On activation: a listing a previous activation stored but did not see delivered is sent now; an athlete
    /// stored before listings existed gets one (kept in memory, stored with the next write).
    /// </summary>
    private void ResumeListing()
    {
        if (state.State.Exists() && state.State.Listing is null)
        {
            RefreshListing(state.State, publishedByCaller: false);
        }

        PublishListingInBackground();
    }

    /// <summary>Starts sending the listing to its shard unless it is there already or on its way.</summary>
    private void PublishListingInBackground()
    {
        if (!publishingListing && !state.State.ListingDelivered && state.State.Listing is not null)
        {
            _ = PublishListingAsync();
        }
    }

    /// <summary>Sends the current listing until the shard has the latest one; on failure, retries on a timer.</summary>
    private async Task PublishListingAsync()
    {
        publishingListing = true;
        try
        {
            while (state.State.Listing is { } listing && !state.State.ListingDelivered)
            {
                var (tenantId, athleteId) = Ids;
                GrainCaller.EnterTenant(tenantId);
                await GrainFactory.GetGrain<IRosterShardGrain>(RosterKeys.ShardOf(tenantId, athleteId)).Publish([listing]);

                // A change made meanwhile left a newer listing: the loop sends that one too.
                if (ReferenceEquals(state.State.Listing, listing))
                {
                    state.State.ListingDelivered = true;
                }
            }

            listingRetry?.Dispose();
            listingRetry = null;
        }
        catch (Exception e)
        {
            LogListingNotDelivered(logger, e, this.GetPrimaryKeyString());
            listingRetry ??= this.RegisterGrainTimer(
                _ =>
                {
                    PublishListingInBackground();
                    return Task.CompletedTask;
                },
                new GrainTimerCreationOptions(ListingRetryPeriod, ListingRetryPeriod) { KeepAlive = true });
        }
        finally
        {
            publishingListing = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory listing of athlete {Athlete} not delivered; it is retried.")]
    private static partial void LogListingNotDelivered(ILogger logger, Exception exception, string athlete);
}
