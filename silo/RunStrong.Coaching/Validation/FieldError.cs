namespace RunStrong.Coaching.Validation;

/// <summary>One problem with one input field, named as the client spelled it (camelCase JSON path).</summary>
public sealed record FieldError(string Field, string Message);
