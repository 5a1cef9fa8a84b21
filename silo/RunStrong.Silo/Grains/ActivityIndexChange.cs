using RunStrong.Activities.Logging;

namespace RunStrong.Silo.Grains;

/// <summary>
/// An activity index row still to write (or, <see cref="Deleted"/>, to delete with its file): the athlete's outbox
/// towards the activity store. Written with the log change it belongs to, so that the log and the index agree even
/// when a silo dies between the two writes; removed once the store has it.
/// </summary>
public sealed record ActivityIndexChange(StoredActivity Activity, bool Deleted);
