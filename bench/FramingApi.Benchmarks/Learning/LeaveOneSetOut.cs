namespace FramingApi.Benchmarks.Learning;

/// <summary>One fold of <see cref="LeaveOneSetOut"/>: the held-out set and the items to train and test on.</summary>
public sealed record Fold<T>(string HeldOut, IReadOnlyList<T> Train, IReadOnlyList<T> Test);

/// <summary>
/// Leave-one-set-out splits: for each set, train on every other set and test on it. The sets of the validation
/// corpus are mostly about different events, so the held-out figures measure transfer to events not trained on.
/// </summary>
public static class LeaveOneSetOut
{
    /// <summary>One fold per distinct set of <paramref name="items"/>, in the order the sets first appear; items keep
    /// their order within train and test.</summary>
    public static IReadOnlyList<Fold<T>> Split<T>(IReadOnlyList<T> items, Func<T, string> setOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(setOf);
        var sets = items.Select(setOf).Distinct(StringComparer.Ordinal).ToList();
        return [.. sets.Select(set => new Fold<T>(set,
            [.. items.Where(i => setOf(i) != set)],
            [.. items.Where(i => setOf(i) == set)]))];
    }
}
