using System.Text.Json.Nodes;
using FramingApi.Analyses;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Lexicons;
using FramingApi.Infrastructure;
using FramingApi.Sources;
using FramingApi.Stories;
using FramingApi.Validation;

namespace FramingApi.OpenApi;

/// <summary>
/// Example bodies and parameters for the OpenAPI document, drawn from the seed story so they match what a fresh
/// install shows. Swagger UI's "Try it out" sends them as they are, so reads name the seed story's data and writes
/// never touch it: they create an example source, story, article and lexicon that are plainly examples (example-wire,
/// example-story, https://wire.example/…, example-care-harm), and DELETE names no article.
/// </summary>
public static class Examples
{
    static readonly DateTime Created = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
    static readonly DateTime Published = new(2023, 7, 26, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The seed story, and its first article (The Libertarian Institute's).</summary>
    public const string SeedStory = "biden-icc-evidence-2023";
    public const long SeedArticle = 1;

    /// <summary>An article id no install reaches (2^53 − 1, the largest a JavaScript client holds exactly).</summary>
    public const long NoSuchArticle = 9_007_199_254_740_991;

    /// <summary>
    /// The example of a parameter, which Swagger UI fills in, by method, path (as in the document) and name; null for
    /// none. Path parameters all have one: on a fresh install a read answers with the seed data (job 1 is the first
    /// built-in lexicon's scoring; validation set 1 is the one the example of POST /api/validation/sets stores).
    /// Query parameters have one only where the operation needs them, since Swagger UI sends every example it shows.
    /// </summary>
    public static JsonNode? Parameter(string method, string path, string name) => (method, path, name) switch
    {
        ("DELETE", "/api/articles/{id}", "id") => NoSuchArticle,
        ("POST", "/api/lexicons/{name}/versions", "name") => LexiconCreate.Name,
        ("POST", "/api/lexicons/import", "name") => "example-liwc",
        ("GET", "/api/comparisons/sources", "sources") => SeedSources,
        ("GET", "/api/comparisons/sources/evidence", "sources") => SeedSources,
        ("GET", "/api/stories/{slug}/comparison/evidence", "topic") => "cluster_munitions",
        ("GET", "/api/stories/{slug}/comparison/differences", "metric") => "hedged_share",
        ("GET", "/api/stories/{slug}/comparison/differences", "target") => "war_crimes",
        ("GET", "/api/stories/{slug}/comparison/differences", "actor") => "russia",
        ("GET", "/api/comparisons/sources/differences", "sources") => SeedSources,
        ("GET", "/api/comparisons/sources/differences", "metric") => "anonymous_share",
        ("GET", "/api/timeseries" or "/api/attention", "sources") => SeedStorySources,
        ("GET", "/api/timeseries" or "/api/attention", "from") => "2023-07-20",
        ("GET", "/api/timeseries" or "/api/attention", "to") => "2023-07-31",
        ("GET", "/api/timeseries" or "/api/attention", "interval") => Vocabulary.TimeSeriesNames.Day,
        ("GET", "/api/timeseries", "metric") => Vocabulary.TimeSeriesNames.Articles,
        ("GET", "/api/attention", "q") => "cluster munitions",
        ("GET", "/api/validation/sample", "story") => SeedStory,
        ("GET", "/api/validation/sample", "unit") => "sentence",
        ("GET", "/api/validation/sample", "n") => 3,
        ("GET", "/api/validation/sample", "seed") => 42,
        ("GET", _, "source") when path.EndsWith("/evidence", StringComparison.Ordinal) => "libertarian-institute",
        _ when !path.Contains($"{{{name}}}", StringComparison.Ordinal) => null,
        (_, _, "slug") when path.StartsWith("/api/stories/", StringComparison.Ordinal) => SeedStory,
        (_, _, "slug") when path.StartsWith("/api/sources/", StringComparison.Ordinal) => "libertarian-institute",
        (_, _, "id") when path.StartsWith("/api/articles/", StringComparison.Ordinal) => SeedArticle,
        (_, _, "name") when path.StartsWith("/api/lexicons/", StringComparison.Ordinal) => "claims",
        (_, _, "id") when path.StartsWith("/api/jobs/", StringComparison.Ordinal) => 1,
        (_, _, "id") when path.StartsWith("/api/validation/sets/", StringComparison.Ordinal) => 1,
        _ => null,
    };

    const string SeedSources = "libertarian-institute,outside-the-beltway,stars-and-stripes";

    /// <summary>All five sources of the seed story.</summary>
    public const string SeedStorySources = "hngn,libertarian-institute,nyt-syndicated-copy,outside-the-beltway,stars-and-stripes";

    public static readonly SourceCreateRequest SourceCreate = new()
    {
        Slug = "example-wire", Name = "Example Wire", Homepage = "https://wire.example", Country = "US",
        Kind = "wire", Description = "An example source: creating it leaves the seed story as it is.", Labels = ["example"],
    };

    public static readonly SourceResponse SourceCreated = new(6, "example-wire", "Example Wire", "https://wire.example", "US",
        "wire", SourceCreate.Description, ["example"], 0, Created);

    public static readonly SourceResponse Source = new(3, "stars-and-stripes", "Stars and Stripes", "https://www.stripes.com", "US",
        "newspaper", "Identified by its sign-up furniture.", ["us", "military"], 1, Created);

    public static readonly Paged<SourceResponse> Sources = new([Source], 1, 50, 5);

    public static readonly StoryCreateRequest StoryCreate = new()
    {
        Slug = "example-story", Title = "An example story",
        Description = "An example: creating it leaves the seed story as it is.", EventDate = new DateOnly(2023, 7, 27),
    };

    public static readonly StoryResponse StoryCreated = new(2, "example-story", StoryCreate.Title!, StoryCreate.Description,
        StoryCreate.EventDate, Created, 0, 0, [], []);

    public static readonly ArticleSummary ArticleSummary = new(3, "stars-and-stripes", "biden-icc-evidence-2023", null, null, null,
        Published, 412, "9f2c4e0b1d7a5e3c8b6f0a2d4c6e8f1a3b5d7c9e0f2a4c6e8b1d3f5a7c9e0b2d", Created,
        null, null, null, "given", null, null, null, null, "en", null, null, null);

    public static readonly StoryResponse Story = new(1, SeedStory, "Biden orders the US to share evidence of Russian war crimes with the ICC",
        "Overriding months of Pentagon resistance.", new DateOnly(2023, 7, 26), Created, 5, 5,
        [
            new StorySource("hngn", "HNGN (Headlines & Global News)", "aggregator", 1),
            new StorySource("libertarian-institute", "The Libertarian Institute", "think-tank", 1),
            new StorySource("nyt-syndicated-copy", "New York Times report (syndicated copy, outlet unnamed)", "syndicated-copy", 1),
            new StorySource("outside-the-beltway", "Outside the Beltway", "blog", 1),
            new StorySource("stars-and-stripes", "Stars and Stripes", "newspaper", 1),
        ],
        [ArticleSummary]);

    public static readonly Paged<StoryResponse> Stories = new([Story], 1, 50, 1);

    const string SampleText = """
        WASHINGTON (Example Wire) — This is an example article, sent from the API's documentation to show how an article is stored: it belongs to the example source and the example story, never to the seed story.

        “Examples should change nothing that matters,” a spokesperson for the example said.

        Visit wire.example
        """;

    /// <summary>An article of the example source and story (POST /api/sources and POST /api/stories create them; until
    /// then this answers 422 naming the one missing), never of the seed story; its text shares no passage with it.</summary>
    public static readonly ArticleCreateRequest ArticleCreate = new()
    {
        Text = SampleText, Source = SourceCreate.Slug, Story = StoryCreate.Slug,
        PublishedAt = new DateTimeOffset(Published), Url = "https://wire.example/2023/07/26/example-article",
        Comments = ["Good example.", "About time."],
    };

    public static readonly ArticleResponse Article = new(6, ArticleCreate.Source, ArticleCreate.Story,
        ArticleCreate.Url, null, null, Published, 51, ArticleSummary.ContentHash, Created,
        null, null, null, "given", null, null, ArticleCreate.Url, "given", null, null, null, "text", "en",
        SampleText + "\n\nGood example.\n\nAbout time.",
        [
            new SegmentResponse("lead", 0, 204, null),
            new SegmentResponse("body", 206, 289, null),
            new SegmentResponse("quotation", 206, 252, null),
            new SegmentResponse("boilerplate", 291, 309, null),
            new SegmentResponse("comments", 311, 324, null),
            new SegmentResponse("comments", 326, 337, null),
        ],
        null);

    public static readonly Paged<ArticleSummary> Articles = new([ArticleSummary], 1, 50, 5);

    /// <summary>A web page as fetched: POST /api/articles?source=…&amp;url=… with Content-Type text/html.</summary>
    public const string Page = """
        <!DOCTYPE html>
        <html lang="en-US"><head><meta charset="utf-8"><title>An example page | Example Wire</title>
        <link rel="canonical" href="https://wire.example/2023/07/26/example-page">
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "An example page", "datePublished": "2023-07-26T14:00:00Z",
          "author": {"@type": "Person", "name": "Jane Doe"}, "articleSection": "Examples"}</script></head>
        <body><nav><a href="/">Home</a> <a href="/examples">Examples</a></nav>
        <article><h1>An example page</h1>
        <p>Example Wire publishes this page to show how a web page is sent as it was fetched: the article is taken
        from it, and its navigation, related links and footer are kept apart as boilerplate, each with its reason.</p>
        <p>The page's own metadata gives the title, the author, the date and the section, the documentation said.</p></article>
        <aside class="related"><h2>Related</h2><ul><li><a href="/a">Another example page</a></li></ul></aside>
        <footer>© Example Wire</footer></body></html>
        """;

    /// <summary>Lines of the example source and story (never the seed story's), and one that fails.</summary>
    public const string BulkNdjson = """
        {"source":"example-wire","story":"example-story","url":"https://wire.example/bulk/1","text":"First example article …"}
        {"source":"example-wire","text":"Second example article …","published_at":"2023-07-26"}
        {"source":"no-such-outlet","text":"A line that fails …"}
        """;

    /// <summary>A line of the article export (one JSON object per line; this is the first line of the bulk example, as exported).</summary>
    public static readonly ExportLine ExportLine = new()
    {
        Source = "example-wire", Story = "example-story", Url = "https://wire.example/bulk/1", Text = "First example article …",
    };

    public static readonly BulkImportResponse Bulk = new(3, 2, 0, 0, 1,
    [
        new BulkLineResult(1, "created", 6, null),
        new BulkLineResult(2, "created", 7, null),
        new BulkLineResult(3, "invalid", null, new Dictionary<string, string[]> { ["source"] = [SlugIds.UnknownSource("no-such-outlet")] }),
    ]);

    static readonly LexiconVersionInfo TopicsV1 = new(4, 1, "3b1f0c9e5d7a2b4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d", 1320, 9, "builtin", Created);

    public static readonly Paged<LexiconSummary> LexiconList = new(
    [
        new("claims", "claims", "Claim targets, actors and framing markers.", true, TopicsV1 with { Id = 1, EntryCount = 610, CategoryCount = 16 }, Created),
        new("topics", "topics", "Topics of the reference story.", true, TopicsV1, Created),
    ], 1, 50, 2);

    /// <summary>A small custom lexicon, plainly an example; custom lexicons never enter the comparisons.</summary>
    public static readonly LexiconDocument LexiconCreate = new()
    {
        Name = "example-care-harm", Kind = "custom", Description = "Care/harm words, a small example.",
        Categories = [new LexiconCategoryDto("care", "Care and protection.", null), new LexiconCategoryDto("harm", "Harm and suffering.", null)],
        Entries =
        [
            new LexiconEntryDto("protect*", ["care"], 1), new LexiconEntryDto("safe*", ["care"], 1),
            new LexiconEntryDto("suffer*", ["harm"], 1), new LexiconEntryDto("civilian deaths", ["harm"], 2),
        ],
    };

    public static readonly JobResponse Job = new(12, "running", LexiconCreate.Name!, 9, 1, 5, 2, 0.4, null, Created, Created, null);

    public static readonly LexiconVersionCreated LexiconCreated = new(LexiconCreate.Name!,
        new LexiconVersionInfo(9, 1, "c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0123456789", 4, 2, "api", Created),
        Job with { Status = "queued", Done = 0, Progress = 0, StartedAt = null });

    public static readonly LexiconDetail LexiconDetail = new(LexiconCreate.Name!, "custom", LexiconCreate.Description!, false,
        LexiconCreated.Version, [LexiconCreated.Version], LexiconCreate.Categories!, LexiconCreate.Entries!);

    public const string DicExample = """
        %
        1	care
        2	harm
        %
        protect*	1
        safe*	1
        suffer*	2
        civilian deaths	2
        """;

    public static readonly AnalyzeRequest AnalyzeRequest = new()
    {
        Title = "Biden Orders Admin to Share Evidence of Alleged Russian War Crimes with ICC",
        Text = "President Joe Biden has ordered his administration to begin sharing evidence of alleged Russian war crimes committed in Ukraine with the International Criminal Court, a US official said on Wednesday.",
    };

    public static readonly AnalysisResponse Analysis = new(1,
        new VoiceCountsDto(612, 187, 0, 21, 6, 0),
        [new LexiconVersionDto("claims", "claims", 1, 1, "5e1d…"), new LexiconVersionDto("topics", "topics", 4, 1, TopicsV1.ContentHash)],
        [
            new ScoreDto("topics", 4, "cluster_munitions", "article", 5, 5, 6.26, 0.15, 0.11, 0.81, true),
            new ScoreDto("claims", 1, "war_crimes", "outlet", 6, 6, 9.8, 0.24, 0.41, 0.0, true),
        ],
        [
            new EvidenceDto("claims", 1, "war_crimes", "war crime*", "War Crimes", 59, 69, 0, "outlet", "headline",
                "war_crimes", "russia", "hedged", "Alleged", 40, 47, null, false),
            new EvidenceDto("sourcing", 2, "anonymous_source", "a us official", "a US official", 287, 300, 4, "outlet", "lead",
                null, null, null, null, null, null, null),
        ],
        null, null)
    {
        ClaimsSummary =
        [
            new ClaimSummaryRow("claims", "war_crimes", "russia", "outlet", 1, 4, 1, 0, 6, "hedged"),
            new ClaimSummaryRow("claims", "war_crimes", "russia", "quotation", 1, 0, 0, 1, 2, "mixed"),
        ],
        ClaimsByActor =
        [
            new ClaimActorRow("claims", "russia", "outlet", 1, 4, 1, 0, 6, "hedged", "hedged"),
            new ClaimActorRow("claims", "russia", "quotation", 1, 0, 0, 1, 2, "mixed", "mixed"),
        ],
    };

    /// <summary>
    /// The seed story's comparison as a fresh install serves it, captured from the API
    /// (<c>curl …/api/stories/biden-icc-evidence-2023/comparison</c>) into OpenApi/Examples/seed-story-comparison.json.
    /// </summary>
    public static readonly JsonNode Comparison = LoadExample("seed-story-comparison.json");

    /// <summary>
    /// The differences of the examples above, captured from a fresh install: the Libertarian Institute's hedged share
    /// of Russian war-crimes claims against the other sources'
    /// (<c>…/comparison/differences?metric=hedged_share&amp;target=war_crimes&amp;actor=russia</c>), and three sources'
    /// anonymous shares (<c>/api/comparisons/sources/differences?sources=…&amp;metric=anonymous_share</c>).
    /// </summary>
    public static readonly JsonNode StoryDifferences = LoadExample("seed-story-differences.json");

    public static readonly JsonNode SourcesDifferences = LoadExample("seed-sources-differences.json");

    /// <summary>
    /// GET /api/timeseries and GET /api/attention with their parameter examples on a fresh install (the seed story's
    /// five sources, articles per day from 2023-07-20 to 2023-07-31; attention to "cluster munitions"), captured from the
    /// API into OpenApi/Examples/ and shortened to Libertarian Institute's rows.
    /// </summary>
    public static readonly JsonNode TimeSeries = LoadExample("seed-timeseries.json");

    public static readonly JsonNode Attention = LoadExample("seed-attention.json");

    static JsonNode LoadExample(string name)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream($"examples/{name}")
            ?? throw new InvalidOperationException($"Example {name} is not embedded.");
        return JsonNode.Parse(stream)!;
    }

    public static readonly Paged<ComparisonEvidence> ComparisonEvidence = new(
        [new ComparisonEvidence(1, "Biden Orders Admin to Share Evidence of Alleged Russian War Crimes with ICC", "libertarian-institute", "topics", 4,
            "cluster_munitions", "cluster bombs", 2903, 2916, 21, "outlet", "body", null, null, null, null, null,
            "This shift in policy comes shortly after the White House began providing Kiev with cluster bombs, a controversial munition banned by over 100 countries.",
            null, null)],
        1, 50, 5);

    /// <summary>
    /// The validation workflow on the seed story, captured from the API of a fresh install into OpenApi/Examples/
    /// (a sample of sentences, with seed 42; a set of two coders' codes of four of its units; its report).
    /// </summary>
    public static readonly JsonNode ValidationSample = LoadExample("validation-sample.json");

    public static readonly JsonNode ValidationSetCreate = LoadExample("validation-set-request.json");

    public static readonly JsonNode ValidationSet = LoadExample("validation-set.json");

    public static readonly JsonNode ValidationReport = LoadExample("validation-report.json");
}
