using System.Globalization;
using System.Text;
using CsvHelper;

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
            foreach (var s in comparison.Sources)
            {
                void Row(string group, string? key, string? actor, string? voice, string? framing, string measure, double? value, string? detail = null)
                {
                    csv.WriteField(comparison.Story ?? "");
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

                Row("words", null, null, "outlet", null, "words", s.Words.Outlet);
                Row("words", null, null, "quotation", null, "words", s.Words.Quotation);
                Row("words", null, null, "comments", null, "words", s.Words.Comments);
                foreach (var t in s.Topics)
                {
                    Row("topic", t.Topic, null, "article", null, "hits", t.Hits);
                    Row("topic", t.Topic, null, "article", null, "sentence_share", t.SentenceShare);
                    Row("topic", t.Topic, null, "article", null, "emphasis", t.Emphasis);
                    Row("topic", t.Topic, null, "article", null, "first_mention", t.FirstMention);
                    Row("topic", t.Topic, null, "article", null, "covered", t.Covered ? 1 : 0);
                    Row("topic", t.Topic, null, "article", null, "rank", t.Rank);
                }
                foreach (var o in s.Omissions) Row("omission", o, null, "article", null, "omitted", 1);
                foreach (var c in s.Claims)
                {
                    Row("claim", c.Target, c.Actor, c.Voice, null, "total", c.Total);
                    Row("claim", c.Target, c.Actor, c.Voice, "hedged", "count", c.Hedged);
                    Row("claim", c.Target, c.Actor, c.Voice, "attributed", "count", c.Attributed);
                    Row("claim", c.Target, c.Actor, c.Voice, "denied", "count", c.Denied);
                    Row("claim", c.Target, c.Actor, c.Voice, "asserted", "count", c.Asserted);
                    Row("claim", c.Target, c.Actor, c.Voice, "hedged", "share", c.HedgedShare);
                    Row("claim", c.Target, c.Actor, c.Voice, "attributed", "share", c.AttributedShare);
                    Row("claim", c.Target, c.Actor, c.Voice, "denied", "share", c.DeniedShare);
                    Row("claim", c.Target, c.Actor, c.Voice, "asserted", "share", c.AssertedShare);
                }
                var so = s.Sourcing;
                Row("sourcing", null, null, "outlet", null, "named", so.Named);
                Row("sourcing", null, null, "outlet", null, "anonymous", so.Anonymous);
                Row("sourcing", null, null, "outlet", null, "unresolved", so.Unresolved);
                Row("sourcing", null, null, "outlet", null, "anonymous_share", so.AnonymousShare);
                Row("sourcing", null, null, "outlet", null, "anonymous_source_phrases", so.AnonymousSourcePhrases);
                Row("sourcing", null, null, "outlet", null, "neutral_verbs", so.NeutralVerbs);
                Row("sourcing", null, null, "outlet", null, "loaded_verbs", so.LoadedVerbs);
                foreach (var v in so.Verbs) Row("reporting_verb", v.Term, null, "outlet", null, "count", v.Count);
                foreach (var l in s.LoadedLanguage)
                {
                    Row("loaded_language", l.Category, null, "outlet", null, "hits", l.Hits);
                    Row("loaded_language", l.Category, null, "outlet", null, "per_1000_words", l.Per1000Words);
                }
                foreach (var d in s.DistinctiveTerms)
                {
                    Row("distinctive_term", d.Term, null, "article", null, "count", d.Count);
                    Row("distinctive_term", d.Term, null, "article", null, "rest_count", d.RestCount);
                    Row("distinctive_term", d.Term, null, "article", null, "log_odds_ratio", d.LogOddsRatio);
                    Row("distinctive_term", d.Term, null, "article", null, "z_score", d.ZScore);
                }
                foreach (var r in s.SharedText)
                {
                    var key = r.ArticleId.ToString(CultureInfo.InvariantCulture);
                    Row("shared_text", key, null, "outlet", null, "own_shingles", r.OwnShingles);
                    Row("shared_text", key, null, "outlet", null, "shared_shingles", r.SharedShingles);
                    Row("shared_text", key, null, "outlet", null, "share", r.Share);
                    Row("shared_text", key, null, "outlet", null, "shares_most_with_article", r.SharesMostWithArticle, r.SharesMostWithSource);
                    Row("shared_text", key, null, "outlet", null, "shares_most_share", r.SharesMostShare, r.SharesMostWithSource);
                }
            }
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
