using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Lexicons;

public class BuiltInLexiconTests
{
    static readonly string[] Files = ["claims", "sourcing", "loaded", "topics"];

    static LexiconDefinition Load(string name) =>
        LexiconJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "lexicons", name + ".json")));

    static readonly Lazy<LexiconMatcher> All = new(() => LexiconMatcher.Compile([.. Files.Select(Load)]));

    [Theory]
    [InlineData("claims", "claims", "war_crimes atrocities genocide crimes_against_humanity child_deportation russia us ukraine israel hedge attribution denial")]
    [InlineData("sourcing", "sourcing", "anonymous_source named_source_role reporting_verb_neutral reporting_verb_loaded")]
    [InlineData("loaded", "loaded", "pejorative_labels violence_intensity intensifiers insinuation emotive controversy")]
    [InlineData("topics", "topics", "cluster_munitions icc_scrutiny_of_us pentagon_resistance congressional_pressure child_deportation civilian_infrastructure bucha israel_palestine accountability")]
    public void Each_built_in_lexicon_loads_with_its_kind_and_categories(string file, string kind, string keys)
    {
        var lexicon = Load(file);
        Assert.Equal(file, lexicon.Name);
        Assert.Equal(kind, lexicon.Kind);
        Assert.False(string.IsNullOrWhiteSpace(lexicon.Description));
        Assert.All(lexicon.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
        foreach (var key in keys.Split(' '))
            Assert.True(lexicon.Entries.Count(e => e.Categories.Contains(key)) > 0, $"{file}: no entries for {key}");
        // Every category is used, and the files are what the writer produces (so a .dic export round-trips).
        Assert.All(lexicon.Categories, c => Assert.Contains(lexicon.Entries, e => e.Categories.Contains(c.Key)));
        var back = LiwcDic.Parse(new StringReader(LiwcDic.Write(lexicon)), file, kind);
        Assert.Equal(lexicon.Entries, back.Entries);
        Assert.Equal(lexicon.Categories.Select(c => c.Key), back.Categories.Select(c => c.Key));
    }

    [Fact]
    public void Claim_categories_carry_their_roles()
    {
        var claims = Load("claims");
        string? Role(string key) => claims.Categories.Single(c => c.Key == key).Role;
        Assert.Equal("target", Role("war_crimes"));
        Assert.Equal("actor", Role("russia"));
        Assert.Equal("actor", Role("us"));
        Assert.Equal("hedge", Role("hedge"));
        Assert.Equal("attribution", Role("attribution"));
        Assert.Equal("denial", Role("denial"));
        Assert.All(Load("topics").Categories, c => Assert.Null(c.Role));
    }

    [Fact]
    public void The_loaded_categories_are_not_toy_lists() =>
        Assert.All(Load("loaded").Categories, c =>
            Assert.InRange(Load("loaded").Entries.Count(e => e.Categories.Contains(c.Key)), 40, 120));

    [Theory]
    [InlineData("Evidence of alleged Russian war crimes, a US official said.",
        "claims/hedge:alleged|claims/russia:Russian|claims/war_crimes:war crimes|claims/us:US|claims/attribution:official said")]
    [InlineData("Evidence of war crimes, a US official said.",
        "sourcing/anonymous_source:a US official|sourcing/reporting_verb_neutral:said")]
    [InlineData("officials familiar with the matter, who spoke on the condition of anonymity",
        "sourcing/anonymous_source:officials familiar with the matter|sourcing/anonymous_source:spoke on the condition of anonymity")]
    [InlineData("Russia’s forces forcibly deported thousands of Ukrainian children.",
        "claims/russia:Russia’s|claims/child_deportation:forcibly deported thousands of Ukrainian children|topics/child_deportation:forcibly deported thousands of Ukrainian children")]
    [InlineData("The regime quietly used cluster bombs.",
        "loaded/pejorative_labels:regime|loaded/insinuation:quietly|topics/cluster_munitions:cluster bombs")]
    public void Built_in_lexicons_find_the_usual_news_phrasings(string text, string expected)
    {
        var hits = TestTokenizer.Hits(All.Value, text);
        var lexicons = expected.Split('|').Select(h => h[..h.IndexOf('/')]).ToHashSet();
        Assert.Equal(expected.Split('|'), hits.Where(h => lexicons.Contains(h[..h.IndexOf('/')])));
    }

    // Where each seed article's scored text ends (author bio, furniture, reader comments follow); the 002 photo
    // caption at its top is boilerplate too. The real segmenter finds these; this test only needs the voice right.
    static readonly Dictionary<string, (string? BodyStart, string BodyEnd)> SeedBodies = new()
    {
        ["000_db11257dfa3d0745.txt"] = (null, "About Connor Freeman"),
        ["001_953ef460abddbcc4.txt"] = (null, "FILED UNDER:"),
        ["002_c60535d14794eba2.txt"] = ("WASHINGTON (Tribune", "©2023 Bloomberg"),
        ["003_1c6b3542807a47db.txt"] = (null, "\uFFFF"),
        ["004_82f15920381f4639.txt"] = (null, "Related Article:"),
    };

    static HashSet<string> CoveredTopics(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "articles", file));
        var (bodyStart, bodyEnd) = SeedBodies[file];
        var start = bodyStart is null ? 0 : text.IndexOf(bodyStart, StringComparison.Ordinal);
        var end = text.IndexOf(bodyEnd, StringComparison.Ordinal) is var e and >= 0 ? e : text.Length;
        Assert.True(start >= 0);
        var (lowered, tokens) = TestTokenizer.Tokenize(text, offset => offset >= start && offset < end ? Voice.Outlet : Voice.None);
        var matches = new List<LexiconMatch>();
        All.Value.Match(lowered, tokens, matches);
        var topics = All.Value.Lexicons.Select((l, i) => (l, i)).Single(x => x.l.Kind == LexiconKinds.Topics).i;
        return [.. matches.Where(m => m.Lexicon == topics).Select(m => All.Value.Lexicons[topics].Categories[m.Category].Key)];
    }

    [Theory]
    [InlineData("cluster_munitions", "000")]
    [InlineData("bucha", "002")]
    [InlineData("israel_palestine", "000")]
    [InlineData("pentagon_resistance", "000 001 002 003 004")]
    [InlineData("child_deportation", "000 001 002 003 004")]
    [InlineData("icc_scrutiny_of_us", "000 001 002 003 004")]
    public void Topic_coverage_on_the_seed_articles(string topic, string expectedFiles)
    {
        var covering = SeedBodies.Keys.Where(f => CoveredTopics(f).Contains(topic)).Select(f => f[..3]);
        Assert.Equal(expectedFiles, string.Join(' ', covering.Order()));
    }
}
