using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>The real pipeline with the built-in lexicons: compose, analyse, score.</summary>
static class Pipeline
{
    static readonly string[] Files = ["claims", "sourcing", "loaded", "topics"];

    public static LexiconDefinition Load(string name) =>
        LexiconJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "lexicons", name + ".json")));

    static readonly Lazy<FramingAnalyzer> BuiltIn = new(() => With(ShippedModel));

    static readonly Lazy<FramingAnalyzer> Rules = new(() => With(null));

    /// <summary>The shipped analysis, as the API runs it: the built-in lexicons and the shipped claim-sentence model
    /// (seeds/models/claim-sentences.json) bound to the claims lexicon.</summary>
    public static FramingAnalyzer Analyzer => BuiltIn.Value;

    /// <summary>The built-in lexicons without the claim-sentence model: the rules alone.</summary>
    public static FramingAnalyzer RulesAlone => Rules.Value;

    /// <summary>The shipped claim-sentence model, or null when no file ships.</summary>
    public static ClaimSentenceModel? ShippedModel =>
        File.Exists(ModelFile) ? ClaimSentenceModel.Parse(File.ReadAllText(ModelFile)) : null;

    static string ModelFile => Path.Combine(AppContext.BaseDirectory, "seeds", "models", "claim-sentences.json");

    /// <summary>The built-in lexicons with <paramref name="model"/> bound to the claims lexicon (null: the rules alone).</summary>
    public static FramingAnalyzer With(ClaimSentenceModel? model) =>
        new([.. Files.Select(Load).Select(l => model is null ? l : model.Bind(l))], claimModel: model);

    public static (AnalyzedText Text, ArticleAnalysis Analysis) Run(ArticleParts parts, FramingAnalyzer? analyzer = null)
    {
        var text = AnalyzedText.Analyze(ArticleText.Compose(parts));
        return (text, (analyzer ?? Analyzer).Analyze(text));
    }

    public static (AnalyzedText Text, ArticleAnalysis Analysis) Run(string body) => Run(new ArticleParts(body));

    public static (AnalyzedText Text, ArticleAnalysis Analysis) Seed(string prefix) => Run(new ArticleParts(Seeds.Read(prefix)));

    public static int LexiconIndex(string name) =>
        Analyzer.Lexicons.Select((l, i) => (l, i)).Single(x => x.l.Name == name).i;

    /// <summary>The text an evidence span covers.</summary>
    public static string Span(this AnalyzedText text, Evidence e) => text.Text[e.Start..e.End];

    public static IEnumerable<Evidence> Claims(this ArticleAnalysis analysis) => analysis.Evidence.Where(e => e.Claim is not null);

    /// <summary>The claims of every claim mention of <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<ClaimDetail> ClaimsOf(string text, FramingAnalyzer? analyzer = null) =>
        [.. Run(new ArticleParts(text), analyzer).Analysis.Claims().Select(e => e.Claim!)];

    /// <summary>Whether the shipped analysis of <paramref name="text"/> covers <paramref name="topic"/> (anywhere in the
    /// article: outlet and quotations).</summary>
    public static bool Covered(string text, string topic) =>
        SeedScoringTests.Score(Run(text).Analysis, "topics", topic, VoiceScope.Article).Covered;

    /// <summary>The shipped analysis and the rules alone: for guards that must hold with the detector and without.</summary>
    public static FramingAnalyzer[] ShippedAndRulesAlone => [Analyzer, RulesAlone];

    /// <summary>The claim mentions of <paramref name="text"/> by <paramref name="analyzer"/>, with their text.</summary>
    public static List<(string Span, ClaimDetail Claim)> ClaimSpans(string text, FramingAnalyzer analyzer)
    {
        var (analyzed, analysis) = Run(new ArticleParts(text), analyzer);
        List<(string, ClaimDetail)> claims = [.. analysis.Claims().Select(e => (analyzed.Span(e), e.Claim!))];
        analyzed.Dispose();
        return claims;
    }

    /// <summary>The rules' claim mentions of <paramref name="text"/> (no trained detector), with their text.</summary>
    public static List<(string Span, ClaimDetail Claim)> RuleClaims(string text) => ClaimSpans(text, RulesAlone);

    /// <summary>The rules' claim (no trained detector) of the first mention of <paramref name="text"/> that reads
    /// <paramref name="mention"/> (case-insensitive), or null.</summary>
    public static ClaimDetail? RuleClaim(string text, string mention) => ClaimOf(text, mention, RulesAlone);

    /// <summary>The claim of the first claim mention of <paramref name="text"/> that reads <paramref name="mention"/>
    /// (case-insensitive), or null when there is none.</summary>
    public static ClaimDetail? ClaimOf(string text, string mention, FramingAnalyzer? analyzer = null)
    {
        var (analyzed, analysis) = Run(new ArticleParts(text), analyzer);
        return analysis.Claims().FirstOrDefault(e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim;
    }

    /// <summary>A war-news paragraph (a Russian strike, attributed) put before a guard sentence, so that the sentence is
    /// read as the second paragraph of an article about the war.</summary>
    public const string WarLead = "Russian forces shelled Kharkiv again on Monday, officials said.\n\n";

    /// <summary>Whether <paramref name="analyzer"/> finds a claim mention overlapping <paramref name="words"/> (its first
    /// occurrence) in <paramref name="sentence"/> read after <see cref="WarLead"/>.</summary>
    public static bool HasMentionAfterWarLead(FramingAnalyzer analyzer, string sentence, string words)
    {
        var at = WarLead.Length + sentence.IndexOf(words, StringComparison.Ordinal);
        var (text, analysis) = Run(new ArticleParts(WarLead + sentence), analyzer);
        text.Dispose();
        return analysis.Evidence.Any(e => e.Claim is not null && e.Start < at + words.Length && e.End > at);
    }

    /// <summary>Asserts that <paramref name="sentence"/> has one reporting phrase reading <paramref name="phrase"/>, of
    /// <paramref name="kind"/>, and (when <paramref name="source"/> is given) with that source text.</summary>
    public static void AssertSource(string sentence, string phrase, AttributionKind kind, string? source)
    {
        var (text, analysis) = Run(sentence);
        var evidence = Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == phrase);
        Assert.Equal(kind, evidence.Attribution!.Kind);
        if (source is not null)
            Assert.Equal(source, text.Text[evidence.Attribution.SourceStart!.Value..evidence.Attribution.SourceEnd!.Value]);
    }
}
