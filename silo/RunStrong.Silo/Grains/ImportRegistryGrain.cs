using RunStrong.Contracts.MemberImports;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>A gym's imports, newest first; bounded to the most recent <see cref="Kept"/>.</summary>
public sealed class ImportRegistryGrain(
    [PersistentState("imports", StorageNames.Tenants)] IPersistentState<ImportRegistryState> state)
    : Grain, IImportRegistryGrain
{
    private const int Kept = 1_000;

    public Task Add(string importId) =>
        state.UpdateAsync(this, registry =>
        {
            if (registry.ImportIds.Contains(importId))
            {
                return Change<bool>.None(false);
            }

            registry.ImportIds.Insert(0, importId);
            if (registry.ImportIds.Count > Kept)
            {
                registry.ImportIds.RemoveRange(Kept, registry.ImportIds.Count - Kept);
            }

            return Change<bool>.Write(true);
        });

    public Task<IReadOnlyList<string>> Recent(int limit) =>
        Task.FromResult<IReadOnlyList<string>>(state.State.ImportIds.Take(limit).ToList());
}
