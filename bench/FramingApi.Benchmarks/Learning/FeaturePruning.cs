namespace FramingApi.Benchmarks.Learning;

/// <summary>
/// detector12 (<c>learn --min-sets N</c>): the feature slots seen in at least N distinct groups of the training
/// examples (the groups are the validation sets, i.e. events). A hashed feature that fires in one event only is, in
/// effect, that event's word; leaving it out of the fit keeps the model from leaning on it.
/// </summary>
public static class FeaturePruning
{
    /// <summary>The slots that occur in items of at least <paramref name="minGroups"/> distinct groups.</summary>
    public static HashSet<int> SlotsInGroups<T>(IEnumerable<T> items, Func<T, IReadOnlyList<int>> slotsOf, Func<T, string> groupOf, int minGroups)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(slotsOf);
        ArgumentNullException.ThrowIfNull(groupOf);
        var groupsOf = new Dictionary<int, HashSet<string>>();
        foreach (var item in items)
        {
            var group = groupOf(item);
            foreach (var slot in slotsOf(item))
            {
                if (!groupsOf.TryGetValue(slot, out var groups)) groupsOf[slot] = groups = new HashSet<string>(StringComparer.Ordinal);
                groups.Add(group);
            }
        }
        return [.. groupsOf.Where(p => p.Value.Count >= minGroups).Select(p => p.Key)];
    }
}
