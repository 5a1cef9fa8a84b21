using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Serialization.Cloning;

namespace RunStrong.Contracts.Serialization;

/// <summary>
/// Lets a domain value that nothing can change cross an in-silo grain call as it is, instead of through a JSON
/// round trip (Orleans copies every argument and result of a local call so that caller and callee never share
/// state; for the domain types that copy is <c>JsonCodec</c>'s serialize-and-parse, about 7% of the silo's CPU
/// under the challenge load). A type qualifies when it is an enum, or a struct or sealed class (no subclass can add
/// a field) whose every instance field, its own and inherited, is read-only and of a type that qualifies or of an
/// immutable scalar (string, numbers, dates, <see cref="Guid"/>, and nullable forms of these). Collections never
/// qualify, whatever they are declared as, so any value holding one is still copied.
/// </summary>
public sealed class ImmutableDomainValueCopier(Func<Type, bool> isDomainType) : IGeneralizedCopier
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int),
        typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(DateOnly),
        typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
    ];

    private readonly ConcurrentDictionary<Type, bool> verdicts = new();

    public object? DeepCopy(object? input, CopyContext context) => input;

    public bool IsSupportedType(Type type) => isDomainType(type) && IsImmutable(type);

    /// <summary>Whether values of <paramref name="type"/> cannot change once made (the rule in the summary).</summary>
    public bool IsImmutable(Type type) => verdicts.GetOrAdd(type, t => Qualifies(t, []));

    private bool Qualifies(Type type, HashSet<Type> visiting)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }

        if (Scalars.Contains(type) || type.IsEnum)
        {
            return true;
        }

        if (!isDomainType(type) || type.IsInterface || type.IsArray || type.IsGenericType || !(type.IsValueType || type.IsSealed))
        {
            return false;
        }

        if (!visiting.Add(type))
        {
            return true; // a value referring to its own type: decided by its other fields
        }

        for (var declaring = type; declaring is not null && declaring != typeof(object) && declaring != typeof(ValueType); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly || !Qualifies(field.FieldType, visiting))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
