namespace RunStrong.Activities.Fit;

/// <summary>One field of a definition message: where its bytes sit in each data message of that local type.</summary>
internal readonly record struct FitFieldDefinition(byte Number, byte Size, FitBaseType BaseType, int Offset);
