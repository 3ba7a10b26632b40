using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using FramingApi.Analysis.Extraction;
using FramingApi.Analysis.Text;

namespace FramingApi.Benchmarks;

/// <summary>
/// <c>extraction DIR [--rounds R] [--worst K] [--page KEY]</c>: article extraction measured on a benchmark folder
/// in the layout of Scrapinghub's article-extraction benchmark (<c>html/&lt;key&gt;.html.gz</c>,
/// <c>ground-truth.json</c> with <c>{ key: { "articleBody", "url" } }</c>), ours next to SmartReader's.
/// </summary>
/// <remarks>
/// <para>Ours is scored exactly as <c>POST /api/analyze</c> returns it: the page goes through
/// <see cref="ArticleExtractor.Extract(string, string?)"/>, the result's segmented text through
/// <see cref="AnalyzedText.Analyze"/>, and the scored text is the text of the lead, body and quotation segments it
/// returns (their union, in order, blank lines between). SmartReader 0.11.1 is scored on its article's
/// <c>TextContent</c>. Both get the same decoded page string and the page's url. The metric is
/// <see cref="ShingleScore"/>.</para>
/// <para>Speed: after three warm-up passes, R rounds (3 by default), each timing one pass over all pages with ours and one
/// with SmartReader (the order alternating between rounds); pages/s is the median of the rounds. Only extraction is
/// timed (parsing, choosing the content, metadata and composing the segments for ours; <c>GetArticle</c> for
/// SmartReader); reading and decompressing the files and the scoring are not.</para>
/// <para>Then the K worst pages (10 by default) by our page F1, with what was kept that the ground truth does not have and
/// what was lost, with the reason it was removed.</para>
/// </remarks>
public static class ExtractionCommand
{
    /// <summary>The verb that selects this command as the program's first argument.</summary>
    public const string Verb = "extraction";

    sealed record BenchPage(string Key, string Url, string Html, string Truth);

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        string? dir = null;
        var rounds = 3;
        var worst = 10;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                    rounds = n;
                    i++;
                    break;
                case "--worst" when i + 1 < args.Length && int.TryParse(args[i + 1], out var w) && w >= 0:
                    worst = w;
                    i++;
                    break;
                case "--page" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || dir is not null) return Usage($"bad argument '{args[i]}'");
                    dir = args[i];
                    break;
            }
        }
        if (dir is null) return Usage("no benchmark folder");
        var truthFile = Path.Combine(dir, "ground-truth.json");
        if (!File.Exists(truthFile)) return Usage($"{truthFile}: no such file");

        var pages = Load(dir, truthFile, only);
        Console.WriteLine($"{pages.Count} pages from {dir}");
        if (only is not null) return Explain(pages[0]);

        // Quality, and the warm-up pass.
        var ours = new List<ShingleCounts>();
        var theirs = new List<ShingleCounts>();
        var results = new List<(BenchPage Page, ShingleCounts Score, ExtractedArticle Article, string Scored)>();
        var rejected = 0;
        foreach (var page in pages)
        {
            var article = ArticleExtractor.Extract(page.Html, page.Url);
            if (!article.HasArticle) rejected++;
            var scored = ScoredText(article);
            var score = ShingleScore.Page(page.Truth, scored);
            ours.Add(score);
            results.Add((page, score, article, scored));
            theirs.Add(ShingleScore.Page(page.Truth, SmartReaderText(page)));
        }

        // Speed, after two more warm-up passes of each (the JIT's tiering settles over the first few hundred calls).
        var sink = 0L;
        for (var warm = 0; warm < 2; warm++)
            foreach (var page in pages)
                sink += ArticleExtractor.Extract(page.Html, page.Url).Text.Text.Length + SmartReaderText(page).Length;
        var ourRates = new List<double>();
        var theirRates = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < 2; k++)
            {
                var oursNow = (round + k) % 2 == 0;
                var watch = Stopwatch.StartNew();
                foreach (var page in pages)
                    sink += oursNow ? ArticleExtractor.Extract(page.Html, page.Url).Text.Text.Length : SmartReaderText(page).Length;
                watch.Stop();
                (oursNow ? ourRates : theirRates).Add(pages.Count / watch.Elapsed.TotalSeconds);
            }
        }
        GC.KeepAlive(sink);

        var (p, r, f1) = ShingleScore.Overall(ours);
        var (sp, sr, sf1) = ShingleScore.Overall(theirs);
        Console.WriteLine();
        Console.WriteLine("| extractor | F1 | precision | recall | pages/s (median of " + rounds + ") |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Row("FramingApi (lead + body + quotation segments)", f1, p, r, Median(ourRates)));
        Console.WriteLine(Row("SmartReader 0.11.1 (TextContent)", sf1, sp, sr, Median(theirRates)));
        Console.WriteLine();
        // The two halves of the folder (pages in key order, alternately): a rule tuned to one half shows as a gap.
        for (var half = 0; half < 2; half++)
        {
            var (hp, hr, hf) = ShingleScore.Overall(ours.Where((_, i) => i % 2 == half).ToList());
            var (tp, tr, tf) = ShingleScore.Overall(theirs.Where((_, i) => i % 2 == half).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"half {(half == 0 ? "A" : "B")} ({(pages.Count + 1 - half) / 2} pages): FramingApi F1 {hf:0.000} (P {hp:0.000}, R {hr:0.000}); SmartReader F1 {tf:0.000}"));
        }
        Console.WriteLine($"pages without an article (rejected): {rejected}");
        Console.WriteLine($"speed ratio FramingApi / SmartReader: {Median(ourRates) / Median(theirRates):0.00}");

        if (worst > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"The {Math.Min(worst, results.Count)} worst pages (ours):");
            foreach (var (page, score, article, scored) in results.OrderBy(x => x.Score.F1).Take(worst))
            {
                Console.WriteLine();
                Console.WriteLine($"{page.Key[..12]} F1 {score.F1:0.000} P {score.Precision:0.000} R {score.Recall:0.000}  {page.Url}");
                Differences(page, article, scored);
            }
        }
        return 0;
    }

    static string Row(string name, double f1, double p, double r, double rate) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {f1:0.000} | {p:0.000} | {r:0.000} | {rate:0.0} |");

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The text <c>POST /api/analyze</c> scores: lead, body and quotation segments of the analysed text.</summary>
    public static string ScoredText(ExtractedArticle article)
    {
        using var analysed = AnalyzedText.Analyze(article.Text);
        var spans = new List<(int Start, int End)>();
        foreach (var segment in analysed.Segments)
        {
            if (segment.Kind is not (SegmentKind.Lead or SegmentKind.Body or SegmentKind.Quotation)) continue;
            if (spans.Count > 0 && segment.Start < spans[^1].End)
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, segment.End));
            else spans.Add((segment.Start, segment.End));
        }
        return string.Join("\n\n", spans.Select(s => analysed.Text[s.Start..s.End]));
    }

    static string SmartReaderText(BenchPage page)
    {
        var article = new SmartReader.Reader(page.Url, page.Html).GetArticle();
        return article.TextContent ?? "";
    }

    static List<BenchPage> Load(string dir, string truthFile, string? only)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthFile));
        var pages = new List<BenchPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (only is not null && !entry.Name.StartsWith(only, StringComparison.Ordinal)) continue;
            var file = Path.Combine(dir, "html", entry.Name + ".html.gz");
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            var html = PageDecoder.Decode(bytes.ToArray()).Text;
            pages.Add(new BenchPage(entry.Name, entry.Value.GetProperty("url").GetString() ?? "", html,
                entry.Value.GetProperty("articleBody").GetString() ?? ""));
        }
        return pages;
    }

    /// <summary>Kept blocks whose text the ground truth lacks, and ground-truth paragraphs we lost (with why).</summary>
    static void Differences(BenchPage page, ExtractedArticle article, string scored)
    {
        foreach (var block in article.Blocks)
        {
            if (block.Kind == SegmentKind.Headline) continue;
            if (!Contains(page.Truth, block.Text)) Console.WriteLine($"  + kept  [{block.Kind}] {Short(block.Text)}");
        }
        foreach (var paragraph in page.Truth.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Contains(scored, paragraph)) continue;
            var reason = article.Removed.FirstOrDefault(b => Overlaps(b.Text, paragraph))?.Reason ?? "not in any block";
            Console.WriteLine($"  - lost  ({reason}) {Short(paragraph)}");
        }
    }

    static bool Contains(string haystack, string needle)
    {
        var tokens = ShingleScore.Tokens(needle);
        if (tokens.Count == 0) return true;
        if (tokens.Count < 4) // shorter than a shingle: look for the token sequence
            return (" " + string.Join(' ', ShingleScore.Tokens(haystack)) + " ").Contains(" " + string.Join(' ', tokens) + " ", StringComparison.Ordinal);
        var s = ShingleScore.Page(needle, haystack);
        return s.Tp > 0 && s.Tp >= 0.5 * (s.Tp + s.Fn);
    }

    static bool Overlaps(string block, string paragraph) => Contains(block, paragraph) || (ShingleScore.Tokens(block).Count >= 4 && Contains(paragraph, block));

    static string Short(string text) => text.Length <= 110 ? text : text[..110] + "…";

    /// <summary>--page KEY: every block of one page, kept and removed, for looking into a page.</summary>
    static int Explain(BenchPage page)
    {
        var article = ArticleExtractor.Extract(page.Html, page.Url);
        var score = ShingleScore.Page(page.Truth, ScoredText(article));
        Console.WriteLine($"{page.Key} F1 {score.F1:0.000} P {score.Precision:0.000} R {score.Recall:0.000} {page.Url}");
        Console.WriteLine($"headline: {article.Headline}; no article: {article.NoArticleReason ?? "-"}");
        Console.WriteLine($"metadata: {article.Metadata}");
        // Every block of the page with its element path, as the strict attempt classifies it.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html);
        var blocks = PageBlocks.Read(document);
        var reasons = ContentSelector.Select(blocks, ContentSelector.Attempt.Strict, null, out var top);
        Console.WriteLine($"top candidate: {PathOf(top)}");
        for (var i = 0; i < blocks.Blocks.Count; i++)
        {
            var b = blocks.Blocks[i];
            Console.WriteLine($"  {(reasons[i] is null ? "KEEP" : "DROP")} {i,4} {reasons[i] ?? ""} | {PathOf(b.Owner)} | {b.Kind} w{b.Words} ld{b.LinkDensity:0.00} | {Short(b.Text)}");
        }
        Differences(page, article, ScoredText(article));
        return 0;
    }

    static string PathOf(AngleSharp.Dom.IElement? element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null && parts.Count < 5; e = e.ParentElement)
        {
            var cls = e.GetAttribute("class");
            parts.Add(e.LocalName + (string.IsNullOrEmpty(e.Id) ? "" : "#" + e.Id) + (string.IsNullOrEmpty(cls) ? "" : "." + cls.Trim().Replace(' ', '.')));
        }
        parts.Reverse();
        return string.Join(" > ", parts);
    }

    static int Usage(string message)
    {
        Console.Error.WriteLine($"{message}\nusage: extraction DIR [--rounds R] [--worst K] [--page KEY]");
        return 2;
    }
}
