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
                Row("topic", t.Topic, null, VoiceNames.Article, null, "hits", t.Hits);
                Row("topic", t.Topic, null, VoiceNames.Article, null, "sentence_share", t.SentenceShare);
                Row("topic", t.Topic, null, VoiceNames.Article, null, "emphasis", t.Emphasis);
                Row("topic", t.Topic, null, VoiceNames.Article, null, "first_mention", t.FirstMention);
                Row("topic", t.Topic, null, VoiceNames.Article, null, "covered", t.Covered ? 1 : 0);
                Row("topic", t.Topic, null, VoiceNames.Article, null, "rank", t.Rank);
            }
            foreach (var o in s.Omissions) Row("omission", o, null, VoiceNames.Article, null, "omitted", 1);
        }

        public void Claims()
        {
            foreach (var c in s.Claims)
            {
                Row("claim", c.Target, c.Actor, c.Voice, null, "total", c.Total);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Hedged, "count", c.Hedged);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Attributed, "count", c.Attributed);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Denied, "count", c.Denied);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Asserted, "count", c.Asserted);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Hedged, "share", c.HedgedShare);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Attributed, "share", c.AttributedShare);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Denied, "share", c.DeniedShare);
                Row("claim", c.Target, c.Actor, c.Voice, FramingNames.Asserted, "share", c.AssertedShare);
            }
        }

        public void Sourcing()
        {
            var so = s.Sourcing;
            Row("sourcing", null, null, VoiceNames.Outlet, null, AttributionNames.Named, so.Named);
            Row("sourcing", null, null, VoiceNames.Outlet, null, AttributionNames.Anonymous, so.Anonymous);
            Row("sourcing", null, null, VoiceNames.Outlet, null, AttributionNames.Unresolved, so.Unresolved);
            Row("sourcing", null, null, VoiceNames.Outlet, null, "anonymous_share", so.AnonymousShare);
            Row("sourcing", null, null, VoiceNames.Outlet, null, "anonymous_source_phrases", so.AnonymousSourcePhrases);
            Row("sourcing", null, null, VoiceNames.Outlet, null, "neutral_verbs", so.NeutralVerbs);
            Row("sourcing", null, null, VoiceNames.Outlet, null, "loaded_verbs", so.LoadedVerbs);
            foreach (var v in so.Verbs) Row("reporting_verb", v.Term, null, VoiceNames.Outlet, null, "count", v.Count);
        }

        public void LoadedLanguage()
        {
            foreach (var l in s.LoadedLanguage)
            {
                Row("loaded_language", l.Category, null, VoiceNames.Outlet, null, "hits", l.Hits);
                Row("loaded_language", l.Category, null, VoiceNames.Outlet, null, "per_1000_words", l.Per1000Words);
            }
        }

        public void Terms()
        {
            foreach (var d in s.DistinctiveTerms)
            {
                Row("distinctive_term", d.Term, null, VoiceNames.Article, null, "count", d.Count);
                Row("distinctive_term", d.Term, null, VoiceNames.Article, null, "rest_count", d.RestCount);
                Row("distinctive_term", d.Term, null, VoiceNames.Article, null, "log_odds_ratio", d.LogOddsRatio);
                Row("distinctive_term", d.Term, null, VoiceNames.Article, null, "z_score", d.ZScore);
            }
        }

        public void SharedText()
        {
            foreach (var r in s.SharedText)
            {
                var key = r.ArticleId.ToString(CultureInfo.InvariantCulture);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "own_shingles", r.OwnShingles);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "shared_shingles", r.SharedShingles);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "share", r.Share);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "shares_most_with_article", r.SharesMostWithArticle, r.SharesMostWithSource);
                Row("shared_text", key, null, VoiceNames.Outlet, null, "shares_most_share", r.SharesMostShare, r.SharesMostWithSource);
            }
        }
    }
}
