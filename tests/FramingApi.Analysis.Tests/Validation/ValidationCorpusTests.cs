using FramingApi.Analysis.Validation;

namespace FramingApi.Analysis.Tests.Validation;

/// <summary>
/// The labelled corpus is well formed and its labels are consistent with themselves (tests/validation/README.md):
/// every file parses, spans occur where their occurrence says and do not overlap, voices fit where spans are, keys are
/// those of the built-in lexicons, and each article-level framing label is what its outlet-voice spans give.
/// </summary>
public class ValidationCorpusTests
{
    /// <summary>
    /// Every labelled folder, written once: the two halves (dev, test), dev2 to dev29 (the second to twenty-ninth dev sets
    /// written blind by other engineers), each with its minimum size. dev3 onwards are the size of the hidden set they
    /// imitate (30 real articles); dev, dev2 and test have at least 40.
    /// </summary>
    static readonly (string Folder, int Minimum)[] Sets =
    [
        ("dev", 40), ("test", 40), ("dev2", 40),
        .. Enumerable.Range(3, 27).Select(n => ($"dev{n}", 30)),
    ];

    public static TheoryData<string> Folders => new(Sets.Select(s => s.Folder));

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_article_parses_and_its_labels_are_consistent(string half)
    {
        var problems = new List<string>();
        foreach (var file in Corpus.Files(half))
        {
            var article = LabelledArticle.Parse(File.ReadAllText(file));
            if (article.Id != Path.GetFileNameWithoutExtension(file)) problems.Add($"{file}: id '{article.Id}'");
            if (!article.Id.StartsWith(half + "-", StringComparison.Ordinal)) problems.Add($"{article.Id}: not named after its half");
            problems.AddRange(Corpus.Evaluator.Problems(article).Select(p => $"{article.Id}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Each_half_has_enough_articles_and_every_article_level_label(string half)
    {
        var articles = Corpus.Half(half);
        var minimum = Sets.Single(s => s.Folder == half).Minimum;
        Assert.True(articles.Count >= minimum, $"{half}: {articles.Count} articles, fewer than {minimum}");
        var russia = articles.Select(a => a.Labels.FramingOf("russia")).ToList();
        foreach (var label in LabelledArticle.ArticleFramings)
            Assert.True(russia.Count(l => l == label) >= 5, $"{half}: only {russia.Count(l => l == label)} articles labelled '{label}' for russia");
        Assert.True(articles.Count(a => a.Comments.Count > 0) >= 3, $"{half}: too few articles with reader comments");
        Assert.True(articles.Count(a => a.Labels.AnonymousSourcing) >= 5);
    }

    /// <summary>A set added to tests/validation/ and not to <see cref="Sets"/> would be checked by nothing: the list
    /// names every folder that holds articles (only the folders' names are read here).</summary>
    [Fact]
    public void The_list_names_every_labelled_folder()
    {
        var onDisk = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "validation"))
            .Where(d => Directory.EnumerateFiles(d, "*.json").Any()).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, Sets.Select(s => s.Folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_folders_share_no_article()
    {
        var titles = Sets.Select(s => s.Folder).SelectMany(Corpus.Half).Select(a => a.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("""{"id": "x"}""", "labels")]
    [InlineData("""{"id": "x", "style": "wire", "source": "S", "title": "T", "paragraphs": ["p"], "labels": {"claims": [{"span": "war crimes", "occurrence": -1, "target": "war_crimes", "actor": "russia", "framing": "asserted", "voice": "outlet"}], "framing": {}, "topics": [], "anonymous_sourcing": false}}""", "labels.claims[0].occurrence")]
    [InlineData("""{"id": "x", "style": "wire", "source": "S", "title": "T", "paragraphs": ["p"], "labels": {"claims": [{"span": "war crimes", "occurrence": 0, "target": "war_crimes", "actor": "russia", "framing": "probable", "voice": "outlet"}], "framing": {}, "topics": [], "anonymous_sourcing": false}}""", "labels.claims[0].framing")]
    [InlineData("""{"id": "x", "style": "wire", "source": "S", "title": "T", "paragraphs": ["p"], "labels": {"claims": [], "framing": {"russia": "denied"}, "topics": [], "anonymous_sourcing": false}}""", "labels.framing.russia")]
    [InlineData("""{"id": "x", "style": "wire", "source": "S", "title": "T", "paragraphs": ["p"], "labels": {"claims": [], "framing": {}, "topics": [], "anonymous_sourcing": "no"}}""", "labels.anonymous_sourcing")]
    [InlineData("""{"id": "x", "style": "wire", "source": "S", "title": "T", "labels": {"claims": [], "framing": {}, "topics": [], "anonymous_sourcing": false}}""", "paragraphs")]
    [InlineData("""[1, 2]""", "the article")]
    [InlineData("""{"id": """, "JSON")]
    public void A_malformed_article_is_refused_naming_the_field(string json, string field)
    {
        var e = Assert.Throws<FormatException>(() => LabelledArticle.Parse(json));
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Label_problems_are_found()
    {
        var article = new LabelledArticle("dev-99", "wire", "S", "Russian war crimes",
            ["Russia committed war crimes in Bucha, officials said."], ["reader: alleged war crimes"],
            new ArticleLabels(
            [
                new LabelledClaim("war crimes", 0, "war_crimes", "russia", "asserted", "outlet"),
                new LabelledClaim("war crimes", 1, "war_crime", "russia", "attributed", "outlet"),
                new LabelledClaim("crimes", 1, "war_crimes", "russia", "attributed", "outlet"),
                new LabelledClaim("war crimes", 2, "war_crimes", "russia", "hedged", "outlet"),
                new LabelledClaim("war crimes", 3, "war_crimes", "russia", "hedged", "comments"),
            ],
            new Dictionary<string, string> { ["russia"] = "asserted", ["nato"] = "hedged" }, ["bucha", "gaza"], false),
            null);
        var problems = Corpus.Evaluator.Problems(article);
        Assert.Contains(problems, p => p.Contains("unknown target 'war_crime'"));
        Assert.Contains(problems, p => p.Contains("overlaps 'war crimes' #1"));
        Assert.Contains(problems, p => p.Contains("voice 'outlet' but the span is in the comments"));
        Assert.Contains(problems, p => p.Contains("'war crimes' #3: the span does not occur that often"));
        Assert.Contains(problems, p => p.Contains("unknown actor 'nato'"));
        Assert.Contains(problems, p => p.Contains("unknown topic 'gaza'"));
        Assert.Contains(problems, p => p.Contains("framing.russia: labelled 'asserted', its outlet-voice spans give 'mixed'"));
    }

    [Fact]
    public void A_span_is_found_by_its_occurrence_in_the_composed_text()
    {
        var article = new LabelledArticle("dev-98", "wire", "S", "War crimes: the case", ["They said war crimes. Then war crimes again."], [],
            new ArticleLabels([], new Dictionary<string, string>(), [], false), null);
        var text = FramingApi.Analysis.Text.ArticleText.Compose(article.Parts).Text;
        Assert.Equal("War crimes: the case\n\nThey said war crimes. Then war crimes again.", text);
        // Case-sensitive: the title's "War crimes" is not an occurrence of "war crimes".
        Assert.Equal((32, 42), LabelledArticle.Locate(text, new LabelledClaim("war crimes", 0, "war_crimes", "unknown", "asserted", "outlet")));
        Assert.Equal((49, 59), LabelledArticle.Locate(text, new LabelledClaim("war crimes", 1, "war_crimes", "unknown", "asserted", "outlet")));
        Assert.Equal((0, 10), LabelledArticle.Locate(text, new LabelledClaim("War crimes", 0, "war_crimes", "unknown", "asserted", "outlet")));
        Assert.Null(LabelledArticle.Locate(text, new LabelledClaim("war crimes", 2, "war_crimes", "unknown", "asserted", "outlet")));
    }
}
