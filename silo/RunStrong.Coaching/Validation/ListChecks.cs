namespace RunStrong.Coaching.Validation;

/// <summary>Validation of list fields (exercises, meals): one place for the count limit and per-item paths.</summary>
internal static class ListChecks
{
    /// <summary>
    /// Validates each item with <paramref name="validate"/>, naming errors under <c>field[i]</c>; a null item is
    /// an error. Returns the valid items, or an empty list when the list is missing or longer than <paramref name="max"/>.
    /// </summary>
    public static List<TOut> Each<TIn, TOut>(
        FieldChecks checks, IReadOnlyList<TIn?>? items, string field, int max, Func<TIn, FieldChecks, string, TOut?> validate)
        where TIn : class
        where TOut : class
    {
        if (items is null)
        {
            return [];
        }

        if (items.Count > max)
        {
            checks.Add(field, $"{field} must list at most {max} items.");
            return [];
        }

        var valid = new List<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (items[i] is not { } item)
            {
                checks.Add(path, $"{path} is required.");
            }
            else if (validate(item, checks, path) is { } value)
            {
                valid.Add(value);
            }
        }

        return valid;
    }
}
