using System.Globalization;
using System.Text;
using CsvHelper;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// A comparison as tidy CSV: one row per source × measure, with stable column names (docs/COMPARISON.md):
/// <c>story, source, article_count, group, key, actor, voice, framing, measure, value, detail</c>.
/// Numbers are written with the shortest round-trip form, so they parse back to the JSON's values exactly.
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Columns = ["story", "source", "article_count", "group", "key", "actor", "voice", "framing", "measure", "value", "detail"];

    public static byte[] Write(ComparisonResponse comparison)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, true))
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
        void Row(string group, string? key, string? actor, string? voice, string? framing, string measure, double? value, string? detail = null)
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
                Measures("topic", t.Topic, VoiceNames.Article, ("hits", t.Hits), ("sentence_share", t.SentenceShare), ("emphasis", t.Emphasis),
                    ("first_mention", t.FirstMention), ("covered", t.Covered ? 1 : 0), ("rank", t.Rank));
            foreach (var o in s.Omissions) Measures("omission", o, VoiceNames.Article, ("omitted", 1));
        }

        public void Claims()
        {
            foreach (var c in s.Claims)
            {
                Row("claim", c.Target, c.Actor, c.Voice, null, "total", c.Total);
                (string Framing, int Count, double Share)[] framings =
                [
                    (FramingNames.Hedged, c.Hedged, c.HedgedShare), (FramingNames.Attributed, c.Attributed, c.AttributedShare),
                    (FramingNames.Denied, c.Denied, c.DeniedShare), (FramingNames.Asserted, c.Asserted, c.AssertedShare),
                ];
                foreach (var f in framings) Row("claim", c.Target, c.Actor, c.Voice, f.Framing, "count", f.Count);
                foreach (var f in framings) Row("claim", c.Target, c.Actor, c.Voice, f.Framing, "share", f.Share);
            }
        }

        public void Sourcing()
        {
            var so = s.Sourcing;
            Measures("sourcing", null, VoiceNames.Outlet, (AttributionNames.Named, so.Named), (AttributionNames.Anonymous, so.Anonymous),
                (AttributionNames.Unresolved, so.Unresolved), ("anonymous_share", so.AnonymousShare),
                ("anonymous_source_phrases", so.AnonymousSourcePhrases), ("neutral_verbs", so.NeutralVerbs), ("loaded_verbs", so.LoadedVerbs));
            foreach (var v in so.Verbs) Measures("reporting_verb", v.Term, VoiceNames.Outlet, ("count", v.Count));
        }

        public void LoadedLanguage()
        {
            foreach (var l in s.LoadedLanguage)
                Measures("loaded_language", l.Category, VoiceNames.Outlet, ("hits", l.Hits), ("per_1000_words", l.Per1000Words));
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
