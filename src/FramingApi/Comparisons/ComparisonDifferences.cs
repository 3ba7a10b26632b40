using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Statistics;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// One metric compared across the sources of a comparison (docs/COMPARISON.md, "Differences"): each source's figure
/// with its interval, every pair's difference with its MOVER interval, permutation p value over articles and
/// Benjamini–Hochberg q value, and the ranking with rank intervals — <see cref="SourceDifferences.Compare"/> over the
/// per-article numerators and denominators of <see cref="ArticleMetrics"/>. Pure: no I/O.
/// </summary>
public static class ComparisonDifferences
{
    public static DifferencesResponse Build(ArticleData data, string? story, ComparisonScope scope, string evidenceBase, MetricQuery metric)
    {
        var values = ArticleMetrics.Of(data, metric);
        var sources = data.Sources
            .Select(s => (s.Id, s.Slug, s.Name, Articles: data.Articles.Where(a => a.SourceId == s.Id).ToList()))
            .Where(s => s.Articles.Count > 0)
            .OrderBy(s => s.Slug, StringComparer.Ordinal).ToList();
        var input = sources.Select(s => new SourceArticles(s.Slug,
            [.. s.Articles.Select(a => values[a.ArticleId].Numerator)], [.. s.Articles.Select(a => values[a.ArticleId].Denominator)])).ToList();
        var compared = SourceDifferences.Compare(input, metric.Kind);

        var evidence = Evidence(metric);
        var rows = sources.Select((s, i) =>
        {
            var (estimate, rank) = (compared.Sources[i], compared.Ranking[i]);
            // Coverage's unit is the article (as in the comparison): no mentions, and low_n on articles alone.
            var support = metric.Metric == MetricNames.TopicCoverage ? LowNRule.Default.Support(estimate.Support.NArticles, null) : estimate.Support;
            return new SourceFigureRow(s.Slug, s.Name, s.Articles.Count, estimate.Value, estimate.CiLow, estimate.CiHigh,
                support.NArticles, support.NMentions, support.LowN, rank.Rank, rank.RankLow, rank.RankHigh,
                $"{evidenceBase}source={Uri.EscapeDataString(s.Slug)}&{evidence}");
        }).OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Source, StringComparer.Ordinal).ToList();
        var pairs = compared.Pairs.Select(p => new SourcePairRow(p.First, p.Second, p.Difference, p.CiLow, p.CiHigh, p.PValue, p.QValue,
            p.ExactP, p.Splits)).ToList();

        var lexicons = data.Lexicons.Select(l => new LexiconUsed(l.Name, l.LexiconVersionId, l.Version, l.ContentHash)).ToList();
        if (metric.Lexicon is { } name)
            lexicons.AddRange(data.LexiconVersions.Where(v => v.Name == name && lexicons.All(l => l.LexiconVersionId != v.LexiconVersionId))
                .Select(v => new LexiconUsed(v.Name, v.LexiconVersionId, v.Version, v.ContentHash)));
        return new DifferencesResponse(story, scope,
            new MetricAsked(metric.Metric, metric.Target, metric.Actor, metric.Voice, metric.Topic, metric.Category, metric.Lexicon),
            lexicons, sources.Sum(s => s.Articles.Count), rows, pairs);
    }

    /// <summary>The evidence filter of the spans a metric counts (its denominator's, for shares of mentions).</summary>
    static string Evidence(MetricQuery m)
    {
        static string Escaped(string? value) => value is null ? "" : Uri.EscapeDataString(value);
        var category = m.Category is null ? "" : $"&category={Escaped(m.Category)}";
        var target = m.Target is null ? "" : $"&target={Escaped(m.Target)}";
        var actor = m.Actor is null ? "" : $"&actor={Escaped(m.Actor)}";
        var query = m.Metric switch
        {
            MetricNames.AnonymousShare => $"attributed=true&voice={VoiceNames.Outlet}",
            MetricNames.LoadedPer1000 => $"kind={LexiconKinds.Loaded}{category}&voice={m.Voice}",
            MetricNames.TopicCoverage or MetricNames.TopicEmphasis or MetricNames.TopicSentenceShare =>
                $"topic={Uri.EscapeDataString(m.Topic!)}&voice={VoiceNames.Article}",
            MetricNames.CategoryRate => $"lexicon={Uri.EscapeDataString(m.Lexicon!)}&category={Uri.EscapeDataString(m.Category!)}&voice={m.Voice}",
            _ => $"kind={LexiconKinds.Claims}{target}{actor}&voice={m.Voice}",
        };
        return query;
    }
}
