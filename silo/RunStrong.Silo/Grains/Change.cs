namespace RunStrong.Silo.Grains;

/// <summary>What a state command did: its result, and whether the state must be written.</summary>
internal readonly record struct Change<TResult>(TResult Result, bool Changed)
{
    public static Change<TResult> Write(TResult result) => new(result, true);

    public static Change<TResult> None(TResult result) => new(result, false);
}
