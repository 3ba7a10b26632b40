using System.Runtime.InteropServices;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

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
        var topicKeys = data.TopicKeys.Where(t => topicFilter is null || t == topicFilter).ToList();
        var links = new EvidenceLinks(evidenceBase);
        var emphasis = TopicEmphasisBySource(data, topicKeys, links);
        var (termsBySource, allTerms) = SumTerms(data.Terms);

        var result = new List<SourceComparison>(data.Sources.Count);
        foreach (var s in data.Sources)
        {
            var others = data.Sources.Where(o => o.Id != s.Id).ToList();
            var omissions = others.Count == 0 ? [] : topicKeys
                .Where(t => !emphasis[(s.Id, t)].Covered && others.Count(o => emphasis[(o.Id, t)].Covered) * 2 >= others.Count)
                .ToList();
            var mine = termsBySource.GetValueOrDefault(s.Id) ?? [];
            var distinctive = others.Count == 0 ? [] : FightinWords.RankAgainstTotal(mine, allTerms, TermOptions)
                .Select(t => new DistinctiveTermRow(t.Term, t.Count, t.RestCount, t.LogOddsRatio, t.ZScore)).ToList();

            result.Add(new SourceComparison(s.Slug, s.Name, s.ArticleCount, new WordTotals(s.WordsOutlet, s.WordsQuotation, s.WordsComments),
                topicKeys.Select(t => emphasis[(s.Id, t)]).ToList(), omissions, Claims(data, s, links), Sourcing(data, s, links),
                Loaded(data, s, links), distinctive, Shared(data, s)));
        }

        return new ComparisonResponse(story, scope,
            data.Lexicons.Select(l => new LexiconUsed(l.Name, l.LexiconVersionId, l.Version, l.ContentHash)).ToList(),
            topicKeys, data.Sources.Sum(s => s.ArticleCount), result);
    }

    /// <summary>
    /// The per-source sums a comparison shows, from per-article data: words by voice; per topic the hits, the sums of
    /// sentence share and emphasis weighted by the article's words (outlet and quotations, at least 1) and of those
    /// weights, the earliest first mention and whether any article covers it; claim mentions, sourcing phrases and
    /// loaded-language hits summed; term counts and shared text per article. Sums run in article-id order.
    /// </summary>
    public static ComparisonData PerSource(ArticleData data)
    {
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        var weightOf = data.Articles.ToDictionary(a => a.ArticleId, a => (double)Math.Max(a.WordsOutlet + a.WordsQuotation, 1));
        var sources = data.Sources.Select(s =>
        {
            var mine = data.Articles.Where(a => a.SourceId == s.Id).ToList();
            return new SourceRow(s.Id, s.Slug, s.Name, mine.Count, mine.Sum(a => (long)a.WordsOutlet), mine.Sum(a => (long)a.WordsQuotation),
                mine.Sum(a => (long)a.WordsComments));
        }).Where(s => s.ArticleCount > 0).ToList();

        var topics = data.Topics.OrderBy(t => t.ArticleId).GroupBy(t => (Source: sourceOf[t.ArticleId], t.Category))
            .Select(g => new TopicRow(g.Key.Source, g.Key.Category, g.Sum(t => t.Hits),
                g.Aggregate(0.0, (sum, t) => sum + t.SentenceShare * weightOf[t.ArticleId]),
                g.Aggregate(0.0, (sum, t) => sum + t.Emphasis * weightOf[t.ArticleId]),
                (double)g.Sum(t => (long)weightOf[t.ArticleId]),
                g.Min(t => t.FirstMention), g.Any(t => t.Covered)))
            .ToList();
        var claims = data.Claims.GroupBy(c => (Source: sourceOf[c.ArticleId], c.Target, c.Actor, c.Voice, c.Framing))
            .Select(g => new ClaimRow(g.Key.Source, g.Key.Target, g.Key.Actor, g.Key.Voice, g.Key.Framing, g.Sum(c => c.Count))).ToList();
        var sourcing = data.Sourcing.GroupBy(c => (Source: sourceOf[c.ArticleId], c.Category, c.Attribution, c.Matched))
            .Select(g => new SourcingRow(g.Key.Source, g.Key.Category, g.Key.Attribution, g.Key.Matched, g.Sum(c => c.Count))).ToList();
        var loaded = data.Loaded.GroupBy(c => (Source: sourceOf[c.ArticleId], c.Category))
            .Select(g => new LoadedRow(g.Key.Source, g.Key.Category, g.Sum(c => c.Hits))).ToList();
        var terms = data.Terms.Select(t => new TermRow { SourceId = sourceOf[t.ArticleId], Terms = [.. t.Counts.Keys], Counts = [.. t.Counts.Values] })
            .ToList();
        var titles = data.Articles.ToDictionary(a => a.ArticleId, a => a.Title);
        var shared = data.Shared.OrderBy(s => s.ArticleId)
            .Select(s => new SharedRow(s.ArticleId, sourceOf[s.ArticleId], titles[s.ArticleId], s.Own, s.Shared, s.OtherId, s.OtherSource, s.BestCount))
            .ToList();
        return new ComparisonData(sources, data.TopicKeys, data.Lexicons, topics, claims, sourcing, loaded, terms, shared);
    }

    /// <summary>Topic emphasis per source and topic: weighted means over the source's articles (weights: their words), ranked.</summary>
    static Dictionary<(long Source, string Topic), TopicEmphasis> TopicEmphasisBySource(ComparisonData data, List<string> topicKeys, EvidenceLinks links)
    {
        var cells = data.Topics.ToDictionary(t => (t.SourceId, t.Category));
        var sources = data.Sources;
        var emphasis = new Dictionary<(long, string), TopicEmphasis>();
        foreach (var topic in topicKeys)
        {
            var values = sources.Select(s => cells.TryGetValue((s.Id, topic), out var c) && c.Weight > 0 ? c.EmphasisSum / c.Weight : 0).ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                var s = sources[i];
                cells.TryGetValue((s.Id, topic), out var cell);
                var rank = 1 + values.Count(v => v > values[i]); // ties share a rank
                emphasis[(s.Id, topic)] = new TopicEmphasis(topic,
                    cell?.Hits ?? 0,
                    cell is { Weight: > 0 } ? cell.ShareSum / cell.Weight : 0,
                    values[i],
                    cell?.Covered == true ? cell.FirstMention : null,
                    cell?.Covered ?? false,
                    rank,
                    links.For(s.Slug, $"topic={Uri.EscapeDataString(topic)}"));
            }
        }
        return emphasis;
    }

    /// <summary>
    /// Term counts per source and over all sources (articles' counts summed here, not in SQL: a dictionary per source
    /// is cheaper than unnesting and grouping every article's words in the database).
    /// </summary>
    static (Dictionary<long, Dictionary<string, long>> BySource, Dictionary<string, long> All) SumTerms(IReadOnlyList<TermRow> rows)
    {
        var bySource = new Dictionary<long, Dictionary<string, long>>();
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in rows)
        {
            if (!bySource.TryGetValue(t.SourceId, out var mine))
                bySource[t.SourceId] = mine = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < t.Terms.Length; i++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(mine, t.Terms[i], out _) += t.Counts[i];
                CollectionsMarshal.GetValueRefOrAddDefault(all, t.Terms[i], out _) += t.Counts[i];
            }
        }
        return (bySource, all);
    }

    /// <summary>Claim mentions by target, actor and voice (own voice first), with the share of each framing.</summary>
    static List<ClaimFramingRow> Claims(ComparisonData data, SourceRow s, EvidenceLinks links) =>
        data.Claims.Where(c => c.SourceId == s.Id)
            .GroupBy(c => (c.Target, c.Actor, c.Voice))
            .OrderBy(g => g.Key.Target, StringComparer.Ordinal).ThenBy(g => g.Key.Actor, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Voice == VoiceNames.Outlet ? 0 : 1)
            .Select(g =>
            {
                int Count(string framing) => g.Where(c => c.Framing == framing).Sum(c => c.Count);
                var total = g.Sum(c => c.Count);
                var (h, a, d, x) = (Count(FramingNames.Hedged), Count(FramingNames.Attributed), Count(FramingNames.Denied), Count(FramingNames.Asserted));
                return new ClaimFramingRow(g.Key.Target, g.Key.Actor, g.Key.Voice, total, h, a, d, x,
                    Share(h, total), Share(a, total), Share(d, total), Share(x, total),
                    links.For(s.Slug, $"target={Uri.EscapeDataString(g.Key.Target)}&actor={Uri.EscapeDataString(g.Key.Actor)}&voice={g.Key.Voice}"));
            })
            .ToList();

    /// <summary>Attributions and reporting verbs in the outlet's own voice.</summary>
    static SourcingSummary Sourcing(ComparisonData data, SourceRow s, EvidenceLinks links)
    {
        var rows = data.Sourcing.Where(r => r.SourceId == s.Id).ToList();
        int Attributions(string kind) => rows.Where(r => r.Attribution == kind).Sum(r => r.Count);
        int Phrases(string category) => rows.Where(r => r.Category == category).Sum(r => r.Count);
        var named = Attributions(AttributionNames.Named);
        var anonymous = Attributions(AttributionNames.Anonymous);
        var verbs = rows.Where(r => r.Category is SourcingCategoryNames.NeutralVerb or SourcingCategoryNames.LoadedVerb)
            .GroupBy(r => r.Matched).Select(g => new TermCount(g.Key, g.Sum(r => r.Count)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Term, StringComparer.Ordinal).ToList();
        return new SourcingSummary(named, anonymous, Attributions(AttributionNames.Unresolved),
            named + anonymous == 0 ? null : (double)anonymous / (named + anonymous),
            Phrases(SourcingCategoryNames.AnonymousSource), Phrases(SourcingCategoryNames.NeutralVerb), Phrases(SourcingCategoryNames.LoadedVerb),
            verbs, links.For(s.Slug, "attributed=true"));
    }

    /// <summary>Loaded-language categories with hits, per 1,000 own-voice words.</summary>
    static List<LoadedLanguageRow> Loaded(ComparisonData data, SourceRow s, EvidenceLinks links) =>
        data.Loaded.Where(r => r.SourceId == s.Id && r.Hits > 0)
            .OrderBy(r => r.Category, StringComparer.Ordinal)
            .Select(r => new LoadedLanguageRow(r.Category, r.Hits, s.WordsOutlet == 0 ? 0 : r.Hits * 1000.0 / s.WordsOutlet,
                links.For(s.Slug, $"kind={LexiconKinds.Loaded}&category={Uri.EscapeDataString(r.Category)}&voice={VoiceNames.Outlet}")))
            .ToList();

    static List<SharedTextRow> Shared(ComparisonData data, SourceRow s) =>
        data.Shared.Where(r => r.SourceId == s.Id)
            .Select(r => new SharedTextRow(r.ArticleId, r.Title, r.Own, r.Shared, Share(r.Shared, r.Own),
                r.BestCount > 0 ? r.OtherId : null, r.BestCount > 0 ? r.OtherSource : null, Share(r.BestCount, r.Own)))
            .ToList();

    static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;

    /// <summary>Links to the evidence behind a number: the comparison's evidence URL with the source and the number's filter.</summary>
    readonly record struct EvidenceLinks(string Base)
    {
        public string For(string source, string query) => $"{Base}source={Uri.EscapeDataString(source)}&{query}";
    }
}
