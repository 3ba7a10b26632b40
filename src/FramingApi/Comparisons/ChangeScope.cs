using System.Globalization;

namespace FramingApi.Comparisons;

/// <summary>
/// What a write changed, as far as comparisons care: the stories of the articles it wrote, and per source the range of
/// their publication times (null ends: an undated article, which any range of that source may hold). <see cref="All"/>
/// when it cannot be said (a lexicon version added, a lost notification). Sent by the database's triggers as the
/// payload of <c>framing_changes</c> (migration 0006): <c>a|story,story|source:from:to|…</c>, times in Unix seconds,
/// <c>n</c> for undated, or <c>*</c>.
/// </summary>
public sealed record ChangeScope(bool IsAll, IReadOnlySet<long> Stories, IReadOnlyDictionary<long, (DateTimeOffset? From, DateTimeOffset? To)> Sources)
{
    public static ChangeScope All { get; } = new(true, new HashSet<long>(), new Dictionary<long, (DateTimeOffset?, DateTimeOffset?)>());

    /// <summary>The scope of some written articles: (story, source, published at) each.</summary>
    public static ChangeScope Of(IEnumerable<(long? Story, long? Source, DateTimeOffset? PublishedAt)> articles)
    {
        var stories = new HashSet<long>();
        var sources = new Dictionary<long, (DateTimeOffset? From, DateTimeOffset? To)>();
        var undated = new HashSet<long>();
        foreach (var (story, source, at) in articles)
        {
            if (story is { } st) stories.Add(st);
            if (source is not { } so) continue;
            if (at is null) undated.Add(so);
            var (from, to) = sources.TryGetValue(so, out var r) ? r : (at, at);
            sources[so] = (Min(from, at), Max(to, at));
        }
        foreach (var so in undated) sources[so] = (null, null);
        return new ChangeScope(false, stories, sources);
    }

    /// <summary>A notification's payload; <see cref="All"/> for anything it cannot read.</summary>
    public static ChangeScope Parse(string? payload)
    {
        if (payload is null || !payload.StartsWith("a|", StringComparison.Ordinal)) return All;
        var parts = payload.Split('|');
        var stories = new HashSet<long>();
        var sources = new Dictionary<long, (DateTimeOffset? From, DateTimeOffset? To)>();
        foreach (var id in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            if (long.TryParse(id, CultureInfo.InvariantCulture, out var story)) stories.Add(story); else return All;
        foreach (var part in parts.Skip(2).Where(p => p.Length > 0))
        {
            var f = part.Split(':');
            if (f.Length != 3 || !long.TryParse(f[0], CultureInfo.InvariantCulture, out var source)) return All;
            sources[source] = (Time(f[1]), Time(f[2]));
        }
        return new ChangeScope(false, stories, sources);
    }

    /// <summary>Whether the write may change a comparison of these articles.</summary>
    public bool Touches(ArticleSet set)
    {
        if (IsAll) return true;
        if (set.SourceIds is null) return set.StoryId is { } story && Stories.Contains(story);
        foreach (var source in set.SourceIds)
        {
            if (!Sources.TryGetValue(source, out var range)) continue;
            // An undated article (null ends) matters only to a comparison without a range, but is counted conservatively.
            if (range.From is null || range.To is null) return true;
            if ((set.To is null || range.From <= set.To) && (set.From is null || range.To >= set.From)) return true;
        }
        return false;
    }

    static DateTimeOffset? Time(string value) =>
        long.TryParse(value, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
    static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
