using FramingApi.Analysis.Comparison;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Comparisons;

/// <summary>
/// Builds a comparison from the stored aggregates: per-source topic emphasis with ranks, omissions, claim framing
/// shares, sourcing, loaded language, distinctive terms and shared text. Pure: no I/O.
/// </summary>
public static class ComparisonBuilder
{
    /// <summary>Prior mass of the Fightin' Words model and the number of terms shown per source.</summary>
    public static readonly FightinWordsOptions TermOptions = FightinWordsOptions.Default with
    {
        Top = 15, MinimumCount = 2, ExcludeStopwords = true,
    };

    /// <param name="data">What the store read.</param>
    /// <param name="story">The story slug, or null for a sources comparison.</param>
    /// <param name="scope">What was compared.</param>
    /// <param name="evidenceBase">The evidence URL of this comparison, with its query so far (…/evidence?…).</param>
    /// <param name="topicFilter">Only this topic, or null.</param>
    public static ComparisonResponse Build(ComparisonData data, string? story, ComparisonScope scope, string evidenceBase, string? topicFilter)
    {
        var topicKeys = data.Lexicons.Where(l => l.Kind == "topics").SelectMany(l => l.Categories ?? []).Distinct()
            .Where(t => topicFilter is null || t == topicFilter).ToList();
        var sources = data.Sources;
        string Link(string source, string query) => $"{evidenceBase}source={Uri.EscapeDataString(source)}&{query}";

        // Topic emphasis per source; weighted means over the source's articles (weights: their words).
        var topicCells = data.Topics.ToDictionary(t => (t.SourceId, t.Category));
        var emphasis = new Dictionary<(long, string), TopicEmphasis>();
        foreach (var topic in topicKeys)
        {
            var values = sources.Select(s => topicCells.TryGetValue((s.Id, topic), out var c) && c.Weight > 0 ? c.EmphasisSum / c.Weight : 0).ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                var s = sources[i];
                topicCells.TryGetValue((s.Id, topic), out var cell);
                var rank = 1 + values.Count(v => v > values[i]);
                emphasis[(s.Id, topic)] = new TopicEmphasis(topic,
                    cell?.Hits ?? 0,
                    cell is { Weight: > 0 } ? cell.ShareSum / cell.Weight : 0,
                    values[i],
                    cell?.Covered == true ? cell.FirstMention : null,
                    cell?.Covered ?? false,
                    rank,
                    Link(s.Slug, $"topic={Uri.EscapeDataString(topic)}"));
            }
        }

        // Terms: each source against the rest of the comparison (articles' counts summed here, not in SQL: a
        // dictionary per source is cheaper than unnesting and grouping every article's words in the database).
        var termsBySource = new Dictionary<long, Dictionary<string, long>>();
        var allTerms = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in data.Terms)
        {
            if (!termsBySource.TryGetValue(t.SourceId, out var mineCounts))
                termsBySource[t.SourceId] = mineCounts = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < t.Terms.Length; i++)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(mineCounts, t.Terms[i], out _) += t.Counts[i];
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(allTerms, t.Terms[i], out _) += t.Counts[i];
            }
        }

        var result = new List<SourceComparison>(sources.Count);
        foreach (var s in sources)
        {
            var topics = topicKeys.Select(t => emphasis[(s.Id, t)]).ToList();

            var others = sources.Where(o => o.Id != s.Id).ToList();
            var omissions = others.Count == 0 ? [] : topicKeys
                .Where(t => !emphasis[(s.Id, t)].Covered && others.Count(o => emphasis[(o.Id, t)].Covered) * 2 >= others.Count)
                .ToList();

            var claims = data.Claims.Where(c => c.SourceId == s.Id)
                .GroupBy(c => (c.Target, c.Actor, c.Voice))
                .OrderBy(g => g.Key.Target, StringComparer.Ordinal).ThenBy(g => g.Key.Actor, StringComparer.Ordinal).ThenBy(g => g.Key.Voice == "outlet" ? 0 : 1)
                .Select(g =>
                {
                    int Count(string framing) => g.Where(c => c.Framing == framing).Sum(c => c.Count);
                    var total = g.Sum(c => c.Count);
                    var (h, a, d, x) = (Count("hedged"), Count("attributed"), Count("denied"), Count("asserted"));
                    return new ClaimFramingRow(g.Key.Target, g.Key.Actor, g.Key.Voice, total, h, a, d, x,
                        Share(h, total), Share(a, total), Share(d, total), Share(x, total),
                        Link(s.Slug, $"target={Uri.EscapeDataString(g.Key.Target)}&actor={Uri.EscapeDataString(g.Key.Actor)}&voice={g.Key.Voice}"));
                })
                .ToList();

            var sourcing = data.Sourcing.Where(r => r.SourceId == s.Id).ToList();
            int Attributions(string kind) => sourcing.Where(r => r.Attribution == kind).Sum(r => r.Count);
            var named = Attributions("named");
            var anonymous = Attributions("anonymous");
            var verbs = sourcing.Where(r => r.Category is "reporting_verb_neutral" or "reporting_verb_loaded")
                .GroupBy(r => r.Matched).Select(g => new TermCount(g.Key, g.Sum(r => r.Count)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Term, StringComparer.Ordinal).ToList();
            var sourcingSummary = new SourcingSummary(named, anonymous, Attributions("unresolved"),
                named + anonymous == 0 ? null : (double)anonymous / (named + anonymous),
                sourcing.Where(r => r.Category == "anonymous_source").Sum(r => r.Count),
                sourcing.Where(r => r.Category == "reporting_verb_neutral").Sum(r => r.Count),
                sourcing.Where(r => r.Category == "reporting_verb_loaded").Sum(r => r.Count),
                verbs,
                Link(s.Slug, "attributed=true"));

            var loaded = data.Loaded.Where(r => r.SourceId == s.Id && r.Hits > 0)
                .OrderBy(r => r.Category, StringComparer.Ordinal)
                .Select(r => new LoadedLanguageRow(r.Category, r.Hits, s.WordsOutlet == 0 ? 0 : r.Hits * 1000.0 / s.WordsOutlet,
                    Link(s.Slug, $"kind=loaded&category={Uri.EscapeDataString(r.Category)}&voice=outlet")))
                .ToList();

            var mine = termsBySource.GetValueOrDefault(s.Id) ?? [];
            var distinctive = others.Count == 0 ? [] : FightinWords.RankAgainstTotal(mine, allTerms, TermOptions)
                .Select(t => new DistinctiveTermRow(t.Term, t.Count, t.RestCount, t.LogOddsRatio, t.ZScore)).ToList();

            var shared = data.Shared.Where(r => r.SourceId == s.Id)
                .Select(r => new SharedTextRow(r.ArticleId, r.Title, r.Own, r.Shared, Share(r.Shared, r.Own),
                    r.BestCount > 0 ? r.OtherId : null, r.BestCount > 0 ? r.OtherSource : null, Share(r.BestCount, r.Own)))
                .ToList();

            result.Add(new SourceComparison(s.Slug, s.Name, s.ArticleCount, new WordTotals(s.WordsOutlet, s.WordsQuotation, s.WordsComments),
                topics, omissions, claims, sourcingSummary, loaded, distinctive, shared));
        }

        return new ComparisonResponse(story, scope,
            data.Lexicons.Select(l => new LexiconUsed(l.Name, l.LexiconVersionId, l.Version, l.ContentHash)).ToList(),
            topicKeys, sources.Sum(s => s.ArticleCount), result);
    }

    static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;
}
