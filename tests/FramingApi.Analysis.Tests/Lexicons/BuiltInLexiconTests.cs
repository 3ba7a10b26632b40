using FramingApi.Analysis.Lexicons;

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
            Assert.True(lexicon.Entries.Count(e => e.Categories.Any(c => EntryRoles.Split(c).Key == key)) > 0, $"{file}: no entries for {key}");
        // Every category is used, and the files are what the writer produces (so a .dic export round-trips).
        Assert.All(lexicon.Categories, c => Assert.Contains(lexicon.Entries, e => e.Categories.Any(r => EntryRoles.Split(r).Key == c.Key)));
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
        // The claim names its victims, who imply its actor: the entry counts for the victim and russia categories too.
        "claims/russia:Russia’s|claims/child_deportation:forcibly deported thousands of Ukrainian children|claims/victim:forcibly deported thousands of Ukrainian children|claims/russia:forcibly deported thousands of Ukrainian children|topics/child_deportation:forcibly deported thousands of Ukrainian children")]
    [InlineData("The regime quietly used cluster bombs.",
        // Matched as a trigger of civilian_infrastructure too: scoring counts it only next to a cue (a civilian place).
        "loaded/pejorative_labels:regime|loaded/insinuation:quietly|topics/civilian_infrastructure:cluster bombs|topics/cluster_munitions:cluster bombs")]
    public void Built_in_lexicons_find_the_usual_news_phrasings(string text, string expected)
    {
        var hits = TestTokenizer.Hits(All.Value, text);
        var lexicons = expected.Split('|').Select(h => h[..h.IndexOf('/')]).ToHashSet();
        Assert.Equal(expected.Split('|'), hits.Where(h => lexicons.Contains(h[..h.IndexOf('/')])));
    }
}
