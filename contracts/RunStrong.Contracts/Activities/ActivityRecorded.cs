using RunStrong.Activities.Logging;

namespace RunStrong.Contracts.Activities;

/// <summary>What recording an uploaded activity did: stored it now (<see cref="Created"/>), or found it stored already.</summary>
[GenerateSerializer, Immutable]
public sealed record ActivityRecorded([property: Id(0)] bool Created, [property: Id(1)] StoredActivity Activity);
