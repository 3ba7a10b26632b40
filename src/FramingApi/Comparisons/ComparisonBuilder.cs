using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Statistics;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// Builds a comparison from the per-article data: per-source topic emphasis with ranks, omissions, claim framing
/// shares, sourcing, loaded language, distinctive terms, shared text and the chosen lexicons' categories, every
/// share and rate with its interval and support (<see cref="ComparisonIntervals"/>). Pure: no I/O.
/// </summary>
public static class ComparisonBuilder
{
    /// <summary>Prior mass of the Fightin' Words model and the number of terms shown per source.</summary>
    public static readonly FightinWordsOptions TermOptions = FightinWordsOptions.Default with
    {
        Top = 15, MinimumCount = 2, ExcludeStopwords = true,
    };

    /// <param name="articles">What the store read, per article.</param>
    /// <param name="story">The story slug, or null for a sources comparison.</param>
    /// <param name="scope">What was compared.</param>
    /// <param name="evidenceBase">The evidence URL of this comparison, with its query so far (…/evidence?…).</param>
    /// <param name="topicFilter">Only this topic, or null.</param>
    /// <param name="lexicons">The lexicons whose categories to list per 1,000 words (lexicon=), or null for the
    /// default: every lexicon of kind custom (<see cref="CategoryRates.Chosen"/>).</param>
    public static ComparisonResponse Build(ArticleData articles, string? story, ComparisonScope scope, string evidenceBase, string? topicFilter,
        IReadOnlyList<string>? lexicons = null)
    {
        var data = PerSource(articles);
        var chosen = CategoryRates.Chosen(articles, lexicons);
        var categories = CategoryRates.Categories(articles, chosen);
        BuildSections.Mark("per source");
        var intervals = ComparisonIntervals.Estimate(articles, categories);
        BuildSections.Mark("intervals");
        var topicKeys = data.TopicKeys.Where(t => topicFilter is null || t == topicFilter).ToList();
        var links = new EvidenceLinks(evidenceBase);
        var emphasis = TopicEmphasisBySource(data, topicKeys, intervals, links);
        var rates = CategoryRates.PerSource(articles, categories, intervals, links.For);
        var terms = TermTotals.Sum(articles);
        var stopwords = FightinWords.StopwordMask(terms.Terms, TermOptions);
        BuildSections.Mark("term sums");

        var result = new List<SourceComparison>(data.Sources.Count);
        foreach (var s in data.Sources)
        {
            var others = data.Sources.Where(o => o.Id != s.Id).ToList();
            var omissions = others.Count == 0 ? [] : topicKeys
                .Where(t => !emphasis[(s.Id, t)].Covered && others.Count(o => emphasis[(o.Id, t)].Covered) * 2 >= others.Count)
                .ToList();
            var distinctive = others.Count == 0 ? [] : FightinWords.RankAgainstTotal(terms.Terms, terms.Of(s.Id), terms.All, TermOptions, stopwords)
                .Select(t => new DistinctiveTermRow(t.Term, t.Count, t.RestCount, t.LogOddsRatio, t.ZScore)).ToList();
            var estimates = intervals[s.Id];

            result.Add(new SourceComparison(s.Slug, s.Name, s.ArticleCount, new WordTotals(s.WordsOutlet, s.WordsQuotation, s.WordsComments),
                topicKeys.Select(t => emphasis[(s.Id, t)]).ToList(), omissions, Claims(data, s, estimates, links),
                Sourcing(data, s, estimates, links), Loaded(data, s, estimates, links), distinctive, Shared(data, s),
                topicKeys.Where(t => !emphasis[(s.Id, t)].Covered).ToList(), rates.GetValueOrDefault(s.Id) ?? []));
        }

        BuildSections.Mark("source rows");
        return new ComparisonResponse(story, scope, LexiconsUsed(data, articles, chosen), topicKeys, data.Sources.Sum(s => s.ArticleCount), result);
    }

    /// <summary>The versions of the compared kinds' lexicons, then those of the other chosen lexicons (user dictionaries).</summary>
    static List<LexiconUsed> LexiconsUsed(ComparisonData data, ArticleData articles, IReadOnlySet<string> chosen)
    {
        var used = data.Lexicons.Select(l => new LexiconUsed(l.Name, l.LexiconVersionId, l.Version, l.ContentHash)).ToList();
        var listed = used.Select(l => l.LexiconVersionId).ToHashSet();
        used.AddRange(articles.LexiconVersions.Where(v => chosen.Contains(v.Name) && !listed.Contains(v.LexiconVersionId))
            .Select(v => new LexiconUsed(v.Name, v.LexiconVersionId, v.Version, v.ContentHash)));
        return used;
    }

    /// <summary>
    /// The per-source sums a comparison shows, from per-article data: words by voice; per topic the hits, the sums of
    /// sentence share and emphasis weighted by the article's words (outlet and quotations, at least 1) and of those
    /// weights, the earliest first mention and whether any article covers it; claim mentions, sourcing phrases and
    /// loaded-language hits summed; shared text per article (term counts: <see cref="TermTotals"/>). Sums run in article-id order.
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
        var titles = data.Articles.ToDictionary(a => a.ArticleId, a => a.Title);
        var shared = data.Shared.OrderBy(s => s.ArticleId)
            .Select(s => new SharedRow(s.ArticleId, sourceOf[s.ArticleId], titles[s.ArticleId], s.Own, s.Shared, s.OtherId, s.OtherSource, s.BestCount))
            .ToList();
        return new ComparisonData(sources, data.TopicKeys, data.Lexicons, topics, claims, sourcing, loaded, shared);
    }

    /// <summary>Topic emphasis per source and topic: weighted means over the source's articles (weights: their words), ranked;
    /// coverage: the share of the source's articles that mention it.</summary>
    static Dictionary<(long Source, string Topic), TopicEmphasis> TopicEmphasisBySource(ComparisonData data, List<string> topicKeys,
        Dictionary<long, IReadOnlyDictionary<ComparisonFigure, FigureEstimate>> intervals, EvidenceLinks links)
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
                var estimates = intervals[s.Id];
                var (coverage, mean, share) = (Of(estimates, new(FigureGroup.Coverage, topic)), Of(estimates, new(FigureGroup.Emphasis, topic)),
                    Of(estimates, new(FigureGroup.SentenceShare, topic)));
                emphasis[(s.Id, topic)] = new TopicEmphasis(topic,
                    cell?.Hits ?? 0,
                    cell is { Weight: > 0 } ? cell.ShareSum / cell.Weight : 0,
                    values[i],
                    cell?.Covered == true ? cell.FirstMention : null,
                    cell?.Covered ?? false,
                    rank,
                    links.For(s.Slug, $"topic={Uri.EscapeDataString(topic)}&voice={VoiceNames.Article}"),
                    coverage.Value ?? 0, coverage.CiLow, coverage.CiHigh, mean.CiLow, mean.CiHigh, share.CiLow, share.CiHigh,
                    coverage.Support.NArticles, coverage.Support.LowN);
            }
        }
        return emphasis;
    }

    /// <summary>A figure's estimate; an undefined one (no article) when the source has nothing of it.</summary>
    static FigureEstimate Of(IReadOnlyDictionary<ComparisonFigure, FigureEstimate> estimates, ComparisonFigure figure) =>
        estimates.TryGetValue(figure, out var estimate) ? estimate : Undefined;

    static readonly FigureEstimate Undefined = new(null, null, null, IntervalMethod.None, LowNRule.Default.Support(0, null));

    /// <summary>Claim mentions by target, actor and voice (own voice first), with the share of each framing.</summary>
    static List<ClaimFramingRow> Claims(ComparisonData data, SourceRow s, IReadOnlyDictionary<ComparisonFigure, FigureEstimate> estimates,
        EvidenceLinks links) =>
        data.Claims.Where(c => c.SourceId == s.Id)
            .GroupBy(c => (c.Target, c.Actor, c.Voice))
            .OrderBy(g => g.Key.Target, StringComparer.Ordinal).ThenBy(g => g.Key.Actor, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Voice == VoiceNames.Outlet ? 0 : 1)
            .Select(g =>
            {
                int Count(string framing) => g.Where(c => c.Framing == framing).Sum(c => c.Count);
                var total = g.Sum(c => c.Count);
                var (h, a, d, x) = (Count(FramingNames.Hedged), Count(FramingNames.Attributed), Count(FramingNames.Denied), Count(FramingNames.Asserted));
                FigureEstimate Estimate(string framing) => Of(estimates, new(FigureGroup.Claim, g.Key.Target, g.Key.Actor, g.Key.Voice, framing));
                var (eh, ea, ed, ex) = (Estimate(FramingNames.Hedged), Estimate(FramingNames.Attributed), Estimate(FramingNames.Denied),
                    Estimate(FramingNames.Asserted));
                return new ClaimFramingRow(g.Key.Target, g.Key.Actor, g.Key.Voice, total, h, a, d, x,
                    Share(h, total), Share(a, total), Share(d, total), Share(x, total),
                    links.For(s.Slug, $"target={Uri.EscapeDataString(g.Key.Target)}&actor={Uri.EscapeDataString(g.Key.Actor)}&voice={g.Key.Voice}"),
                    eh.CiLow, eh.CiHigh, ea.CiLow, ea.CiHigh, ed.CiLow, ed.CiHigh, ex.CiLow, ex.CiHigh,
                    eh.Support.NArticles, eh.Support.NMentions, eh.Support.LowN);
            })
            .ToList();

    /// <summary>Attributions and reporting verbs in the outlet's own voice.</summary>
    static SourcingSummary Sourcing(ComparisonData data, SourceRow s, IReadOnlyDictionary<ComparisonFigure, FigureEstimate> estimates,
        EvidenceLinks links)
    {
        var rows = data.Sourcing.Where(r => r.SourceId == s.Id).ToList();
        int Attributions(string kind) => rows.Where(r => r.Attribution == kind).Sum(r => r.Count);
        int Phrases(string category) => rows.Where(r => r.Category == category).Sum(r => r.Count);
        var named = Attributions(AttributionNames.Named);
        var anonymous = Attributions(AttributionNames.Anonymous);
        var anonymousShare = Of(estimates, new(FigureGroup.AnonymousShare));
        var verbs = rows.Where(r => r.Category is SourcingCategoryNames.NeutralVerb or SourcingCategoryNames.LoadedVerb)
            .GroupBy(r => r.Matched).Select(g => new TermCount(g.Key, g.Sum(r => r.Count)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Term, StringComparer.Ordinal).ToList();
        return new SourcingSummary(named, anonymous, Attributions(AttributionNames.Unresolved),
            named + anonymous == 0 ? null : (double)anonymous / (named + anonymous),
            Phrases(SourcingCategoryNames.AnonymousSource), Phrases(SourcingCategoryNames.NeutralVerb), Phrases(SourcingCategoryNames.LoadedVerb),
            verbs, links.For(s.Slug, $"attributed=true&voice={VoiceNames.Outlet}"), anonymousShare.CiLow, anonymousShare.CiHigh,
            anonymousShare.Support.NArticles, anonymousShare.Support.NMentions, anonymousShare.Support.LowN);
    }

    /// <summary>Loaded-language categories with hits, per 1,000 own-voice words.</summary>
    static List<LoadedLanguageRow> Loaded(ComparisonData data, SourceRow s, IReadOnlyDictionary<ComparisonFigure, FigureEstimate> estimates,
        EvidenceLinks links) =>
        data.Loaded.Where(r => r.SourceId == s.Id && r.Hits > 0)
            .OrderBy(r => r.Category, StringComparer.Ordinal)
            .Select(r =>
            {
                var rate = Of(estimates, new(FigureGroup.Loaded, r.Category));
                return new LoadedLanguageRow(r.Category, r.Hits, s.WordsOutlet == 0 ? 0 : r.Hits * 1000.0 / s.WordsOutlet,
                    links.For(s.Slug, $"kind={LexiconKinds.Loaded}&category={Uri.EscapeDataString(r.Category)}&voice={VoiceNames.Outlet}"),
                    rate.CiLow, rate.CiHigh, rate.Support.NArticles, rate.Support.NMentions, rate.Support.LowN);
            })
            .ToList();

    static List<SharedTextRow> Shared(ComparisonData data, SourceRow s) =>
        data.Shared.Where(r => r.SourceId == s.Id)
            .Select(r => new SharedTextRow(r.ArticleId, r.Title, r.Own, r.Shared, Share(r.Shared, r.Own),
                r.BestCount > 0 ? r.OtherId : null, r.BestCount > 0 ? r.OtherSource : null, Share(r.BestCount, r.Own)))
            .ToList();

    static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;

    /// <summary>Links to the evidence behind a number: the comparison's evidence URL with the source and the number's filter.</summary>
    internal readonly record struct EvidenceLinks(string Base)
    {
        public string For(string source, string query) => $"{Base}source={Uri.EscapeDataString(source)}&{query}";
    }
}
