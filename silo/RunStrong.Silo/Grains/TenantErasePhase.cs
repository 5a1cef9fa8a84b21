namespace RunStrong.Silo.Grains;

/// <summary>The phases of a tenant erasure, in order; the job persists the one it is in (its cursor).</summary>
public enum TenantErasePhase
{
    /// <summary>Every key of the tenant revoked at its key grain: nothing authenticates as the tenant from here on.</summary>
    RevokeKeys,

    /// <summary>Imports still running cancelled, so that no batch writes members while their state is deleted.</summary>
    StopImports,

    /// <summary>Live activations of the tenant's grains dropped, so none holds state in memory to write back.</summary>
    Deactivate,

    /// <summary>Every blob (grain state, uploads) and table row (grain state, keys, reminders) of the tenant deleted.</summary>
    DeleteStorage,

    /// <summary>Deactivate and delete once more: anything a grain wrote between the two is caught here.</summary>
    Sweep,

    /// <summary>The tenant taken out of the admin's tenant listing.</summary>
    RemoveFromDirectory,

    /// <summary>The tenant's own record deleted: the tenant is gone and its id free again.</summary>
    DeleteTenant,

    Done,
}
