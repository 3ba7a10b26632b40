using System.Globalization;
using System.Text;
using CsvHelper;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// A comparison as tidy CSV: one row per source × measure, with stable column names (docs/COMPARISON.md):
/// <c>story, source, article_count, group, key, actor, voice, framing, measure, value, detail, ci_low, ci_high,
/// n_articles, n_mentions, low_n</c> (the last five on the rows of shares and rates, as in the JSON). Differences: one
/// row per source and per pair (<see cref="DifferencesColumns"/>). Numbers are written with the shortest round-trip
/// form, so they parse back to the JSON's values exactly.
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Columns = ["story", "source", "article_count", "group", "key", "actor", "voice", "framing", "measure", "value", "detail",
        "ci_low", "ci_high", "n_articles", "n_mentions", "low_n"];

    /// <summary>The columns of a differences answer: a row per source (row = source: its figure and rank) and per pair
    /// (row = pair: source minus other_source, with p and q).</summary>
    public static readonly string[] DifferencesColumns = ["story", "metric", "target", "actor", "voice", "topic", "category", "lexicon", "row",
        "source", "other_source", "value", "ci_low", "ci_high", "n_articles", "n_mentions", "low_n", "rank", "rank_low", "rank_high",
        "p_value", "q_value", "exact_p"];

    /// <summary>A figure's interval and support, for the last five columns.</summary>
    readonly record struct Uncertainty(double? CiLow, double? CiHigh, int NArticles, long? NMentions, bool LowN);

    public static byte[] WriteDifferences(DifferencesResponse d)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, CsvCells.WriterOptions, true))
        {
            foreach (var column in DifferencesColumns) csv.WriteField(column);
            csv.EndRecord();
            var m = d.Metric;
            void Row(string row, string source, string? other, params object?[] values)
            {
                foreach (var field in (object?[])[d.Story, m.Name, m.Target, m.Actor, m.Voice, m.Topic, m.Category, m.Lexicon, row, source, other, .. values])
                    csv.WriteField(Format(field));
                csv.EndRecord();
            }
            foreach (var s in d.Sources)
                Row("source", s.Source, null, s.Value, s.CiLow, s.CiHigh, s.NArticles, s.NMentions, s.LowN, s.Rank, s.RankLow, s.RankHigh, null, null, null);
            foreach (var p in d.Pairs)
                Row("pair", p.First, p.Second, p.Difference, p.CiLow, p.CiHigh, null, null, null, null, null, null, p.PValue, p.QValue, p.ExactP);
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    static string Format(object? value) => value switch
    {
        null => "",
        double v => v.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static byte[] Write(ComparisonResponse comparison)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, CsvCells.WriterOptions, true))
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.EndRecord();
            foreach (var source in comparison.Sources)
            {
                var rows = new SourceRows(csv, comparison.Story, source);
                rows.Words();
                rows.Topics();
                rows.Claims();
                rows.Sourcing();
                rows.LoadedLanguage();
                rows.Categories();
                rows.Terms();
                rows.SharedText();
            }
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The rows of one source, group by group.</summary>
    sealed class SourceRows(CsvWriter csv, string? story, SourceComparison s)
    {
        void Row(string group, string? key, string? actor, string? voice, string? framing, string measure, double? value, string? detail = null,
            Uncertainty? uncertainty = null)
        {
            csv.WriteField(story ?? "");
            csv.WriteField(s.Source);
            csv.WriteField(s.ArticleCount.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(group);
            csv.WriteField(key ?? "");
            csv.WriteField(actor ?? "");
            csv.WriteField(voice ?? "");
            csv.WriteField(framing ?? "");
            csv.WriteField(measure);
            csv.WriteField(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "");
            csv.WriteField(detail ?? "");
            csv.WriteField(Format(uncertainty?.CiLow));
            csv.WriteField(Format(uncertainty?.CiHigh));
            csv.WriteField(Format(uncertainty?.NArticles));
            csv.WriteField(Format(uncertainty?.NMentions));
            csv.WriteField(Format(uncertainty?.LowN));
            csv.EndRecord();
        }

        /// <summary>Rows of one group and key, one per measure.</summary>
        void Measures(string group, string? key, string voice, params (string Measure, double? Value)[] measures)
        {
            foreach (var (measure, value) in measures) Row(group, key, null, voice, null, measure, value);
        }

        public void Words()
        {
            Row("words", null, null, VoiceNames.Outlet, null, "words", s.Words.Outlet);
            Row("words", null, null, VoiceNames.Quotation, null, "words", s.Words.Quotation);
            Row("words", null, null, VoiceNames.Comments, null, "words", s.Words.Comments);
        }

        public void Topics()
        {
            foreach (var t in s.Topics)
            {
                Measures("topic", t.Topic, VoiceNames.Article, ("hits", t.Hits));
                Row("topic", t.Topic, null, VoiceNames.Article, null, "sentence_share", t.SentenceShare, null,
                    new Uncertainty(t.SentenceShareCiLow, t.SentenceShareCiHigh, t.NArticles, null, t.LowN));
                Row("topic", t.Topic, null, VoiceNames.Article, null, "emphasis", t.Emphasis, null,
                    new Uncertainty(t.EmphasisCiLow, t.EmphasisCiHigh, t.NArticles, null, t.LowN));
                Row("topic", t.Topic, null, VoiceNames.Article, null, "coverage", t.Coverage, null,
                    new Uncertainty(t.CoverageCiLow, t.CoverageCiHigh, t.NArticles, null, t.LowN));
                Measures("topic", t.Topic, VoiceNames.Article, ("first_mention", t.FirstMention), ("covered", t.Covered ? 1 : 0), ("rank", t.Rank));
            }
            foreach (var o in s.Omissions) Measures("omission", o, VoiceNames.Article, ("omitted", 1));
        }

        public void Claims()
        {
            foreach (var c in s.Claims)
            {
                Row("claim", c.Target, c.Actor, c.Voice, null, "total", c.Total);
                (string Framing, int Count, double Share, double? Low, double? High)[] framings =
                [
                    (FramingNames.Hedged, c.Hedged, c.HedgedShare, c.HedgedShareCiLow, c.HedgedShareCiHigh),
                    (FramingNames.Attributed, c.Attributed, c.AttributedShare, c.AttributedShareCiLow, c.AttributedShareCiHigh),
                    (FramingNames.Denied, c.Denied, c.DeniedShare, c.DeniedShareCiLow, c.DeniedShareCiHigh),
                    (FramingNames.Asserted, c.Asserted, c.AssertedShare, c.AssertedShareCiLow, c.AssertedShareCiHigh),
                ];
                foreach (var f in framings) Row("claim", c.Target, c.Actor, c.Voice, f.Framing, "count", f.Count);
                foreach (var f in framings)
                    Row("claim", c.Target, c.Actor, c.Voice, f.Framing, "share", f.Share, null, new Uncertainty(f.Low, f.High, c.NArticles, c.NMentions, c.LowN));
            }
        }

        public void Sourcing()
        {
            var so = s.Sourcing;
            Measures("sourcing", null, VoiceNames.Outlet, (AttributionNames.Named, so.Named), (AttributionNames.Anonymous, so.Anonymous),
                (AttributionNames.Unresolved, so.Unresolved));
            Row("sourcing", null, null, VoiceNames.Outlet, null, "anonymous_share", so.AnonymousShare, null,
                new Uncertainty(so.AnonymousShareCiLow, so.AnonymousShareCiHigh, so.NArticles, so.NMentions, so.LowN));
            Measures("sourcing", null, VoiceNames.Outlet, ("anonymous_source_phrases", so.AnonymousSourcePhrases), ("neutral_verbs", so.NeutralVerbs),
                ("loaded_verbs", so.LoadedVerbs));
            foreach (var v in so.Verbs) Measures("reporting_verb", v.Term, VoiceNames.Outlet, ("count", v.Count));
        }

        public void LoadedLanguage()
        {
            foreach (var l in s.LoadedLanguage)
            {
                Measures("loaded_language", l.Category, VoiceNames.Outlet, ("hits", l.Hits));
                Row("loaded_language", l.Category, null, VoiceNames.Outlet, null, "per_1000_words", l.Per1000Words, null,
                    new Uncertainty(l.Per1000WordsCiLow, l.Per1000WordsCiHigh, l.NArticles, l.NMentions, l.LowN));
            }
        }

        /// <summary>The chosen lexicons' categories: group lexicon_category, key the category, detail the lexicon.</summary>
        public void Categories()
        {
            foreach (var c in s.Categories)
            {
                Row("lexicon_category", c.Category, null, c.Voice, null, "hits", c.Hits, c.Lexicon);
                Row("lexicon_category", c.Category, null, c.Voice, null, "words", c.Words, c.Lexicon);
                Row("lexicon_category", c.Category, null, c.Voice, null, "per_1000_words", c.Per1000Words, c.Lexicon,
                    new Uncertainty(c.Per1000WordsCiLow, c.Per1000WordsCiHigh, c.NArticles, c.NMentions, c.LowN));
            }
        }

        public void Terms()
        {
            foreach (var d in s.DistinctiveTerms)
                Measures("distinctive_term", d.Term, VoiceNames.Article, ("count", d.Count), ("rest_count", d.RestCount),
                    ("log_odds_ratio", d.LogOddsRatio), ("z_score", d.ZScore));
        }

        public void SharedText()
        {
            foreach (var r in s.SharedText)
            {
                var key = r.ArticleId.ToString(CultureInfo.InvariantCulture);
                Measures("shared_text", key, VoiceNames.Outlet, ("own_shingles", r.OwnShingles), ("shared_shingles", r.SharedShingles), ("share", r.Share));
                Row("shared_text", key, null, VoiceNames.Outlet, null, "shares_most_with_article", r.SharesMostWithArticle, r.SharesMostWithSource);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "shares_most_share", r.SharesMostShare, r.SharesMostWithSource);
            }
        }
    }
}
