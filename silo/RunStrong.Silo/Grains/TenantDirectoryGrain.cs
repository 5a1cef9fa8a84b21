using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>The sorted list of tenant ids behind the admin's paged tenant listing.</summary>
public sealed class TenantDirectoryGrain(
    [PersistentState("directory", StorageNames.Tenants)] IPersistentState<TenantDirectoryState> state)
    : Grain, ITenantDirectoryGrain
{
    public Task Add(string tenantId) =>
        state.UpdateAsync(this, directory =>
        {
            var index = directory.TenantIds.BinarySearch(tenantId, StringComparer.Ordinal);
            if (index >= 0)
            {
                return Change<bool>.None(false);
            }

            directory.TenantIds.Insert(~index, tenantId);
            return Change<bool>.Write(true);
        });

    public Task Remove(string tenantId) =>
        state.UpdateAsync(this, directory => new Change<bool>(true, directory.TenantIds.Remove(tenantId)));

    public Task<IReadOnlyList<string>> Page(string? after, int limit)
    {
        var ids = state.State.TenantIds;
        var start = 0;
        if (after is not null)
        {
            var index = ids.BinarySearch(after, StringComparer.Ordinal);
            start = index >= 0 ? index + 1 : ~index;
        }

        return Task.FromResult<IReadOnlyList<string>>(ids.GetRange(start, Math.Min(limit, ids.Count - start)));
    }
}
