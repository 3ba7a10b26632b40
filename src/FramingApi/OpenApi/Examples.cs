using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.Sources;
using FramingApi.Stories;

namespace FramingApi.OpenApi;

/// <summary>Example bodies for the OpenAPI document, drawn from the seed story so they match what a fresh install shows.</summary>
public static class Examples
{
    static readonly DateTime Created = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
    static readonly DateTime Published = new(2023, 7, 26, 0, 0, 0, DateTimeKind.Utc);

    public static readonly SourceCreateRequest SourceCreate = new()
    {
        Slug = "stars-and-stripes", Name = "Stars and Stripes", Homepage = "https://www.stripes.com", Country = "US",
        Kind = "newspaper", Description = "Identified by its sign-up furniture.", Labels = ["us", "military"],
    };

    public static readonly SourceResponse Source = new(3, "stars-and-stripes", "Stars and Stripes", "https://www.stripes.com", "US",
        "newspaper", "Identified by its sign-up furniture.", ["us", "military"], 1, Created);

    public static readonly Paged<SourceResponse> Sources = new([Source], 1, 50, 5);

    public static readonly StoryCreateRequest StoryCreate = new()
    {
        Slug = "biden-icc-evidence-2023", Title = "Biden orders the US to share evidence of Russian war crimes with the ICC",
        Description = "Overriding months of Pentagon resistance.", EventDate = new DateOnly(2023, 7, 26),
    };

    public static readonly ArticleSummary ArticleSummary = new(3, "stars-and-stripes", "biden-icc-evidence-2023", null, null, null,
        Published, 412, "9f2c4e0b1d7a5e3c8b6f0a2d4c6e8f1a3b5d7c9e0f2a4c6e8b1d3f5a7c9e0b2d", Created);

    public static readonly StoryResponse Story = new(1, "biden-icc-evidence-2023", StoryCreate.Title!, StoryCreate.Description,
        new DateOnly(2023, 7, 26), Created, 5, 5,
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
        WASHINGTON (Tribune News Service) — President Joe Biden has asked the federal government to share evidence of Russian war crimes in Ukraine with The Hague-based International Criminal Court, U.S. officials said Wednesday.

        “We support the ICC’s investigation,” Secretary of State Antony Blinken said.

        Visit bloomberg.com
        """;

    public static readonly ArticleCreateRequest ArticleCreate = new()
    {
        Text = SampleText, Source = "stars-and-stripes", Story = "biden-icc-evidence-2023",
        PublishedAt = new DateTimeOffset(Published), Url = "https://www.stripes.com/example-article",
        Comments = ["Good decision.", "About time."],
    };

    public static readonly ArticleResponse Article = new(3, "stars-and-stripes", "biden-icc-evidence-2023",
        "https://www.stripes.com/example-article", null, null, Published, 52, ArticleSummary.ContentHash, Created, "text", "en",
        SampleText + "\n\nGood decision.\n\nAbout time.",
        [
            new SegmentResponse("lead", 0, 229),
            new SegmentResponse("body", 231, 304),
            new SegmentResponse("quotation", 231, 262),
            new SegmentResponse("boilerplate", 306, 324),
            new SegmentResponse("comments", 326, 340),
            new SegmentResponse("comments", 342, 353),
        ],
        null);

    public static readonly Paged<ArticleSummary> Articles = new([ArticleSummary], 1, 50, 5);

    public const string BulkNdjson = """
        {"source":"stars-and-stripes","story":"biden-icc-evidence-2023","url":"https://www.stripes.com/a1","text":"First article …"}
        {"source":"hngn","text":"Second article …","published_at":"2023-07-26"}
        {"source":"no-such-outlet","text":"A line that fails …"}
        """;

    public static readonly BulkImportResponse Bulk = new(3, 2, 0, 0, 1,
    [
        new BulkLineResult(1, "created", 6, null),
        new BulkLineResult(2, "created", 7, null),
        new BulkLineResult(3, "invalid", null, new Dictionary<string, string[]> { ["source"] = ["No source 'no-such-outlet'."] }),
    ]);
}
