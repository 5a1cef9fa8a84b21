using System.Diagnostics.CodeAnalysis;

namespace RunStrong.Coaching.Validation;

/// <summary>The outcome of validating an input: either a domain value or the field errors that prevent it.</summary>
public sealed class Validated<T>
    where T : class
{
    private Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    public static Validated<T> Ok(T value) => new(value, []);

    public static Validated<T> Failed(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);
}
