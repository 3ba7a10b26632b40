using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Tests.Lexicons;

/// <summary>Cues and triggers (key@cue, key@trigger) in the JSON and .dic formats and their validation.</summary>
public class EntryRoleTests
{
    const string Topics = """
        {
          "name": "my-topics",
          "kind": "topics",
          "categories": [
            { "key": "pentagon_resistance", "description": "The Pentagon resists." },
            { "key": "accountability" }
          ],
          "entries": [
            { "term": "pentagon", "categories": ["pentagon_resistance@cue"] },
            { "term": "resist*", "categories": ["pentagon_resistance@trigger"] },
            { "term": "court", "categories": ["accountability@cue", "pentagon_resistance@trigger"] },
            { "term": "trial", "categories": ["accountability@trigger"] },
            { "term": "impunity", "categories": ["accountability"] }
          ]
        }
        """;

    [Fact]
    public void Roles_are_written_after_the_category_key_and_read_back()
    {
        var lexicon = LexiconJson.Parse(Topics);
        Assert.Equal(["accountability@cue", "pentagon_resistance@trigger"], lexicon.Entries[2].Categories);
        Assert.Equal(("accountability", EntryRoles.Cue), EntryRoles.Split(lexicon.Entries[2].Categories[0]));
        Assert.Equal(("impunity", (string?)null), (lexicon.Entries[4].Term, EntryRoles.Split(lexicon.Entries[4].Categories[0]).Role));
        Assert.Equal(lexicon, LexiconJson.Parse(LexiconJson.Write(lexicon)));
    }

    [Fact]
    public void A_dic_export_declares_role_labels_after_the_categories_and_reads_back_the_same_roles()
    {
        var lexicon = LexiconJson.Parse(Topics);
        var dic = LiwcDic.Write(lexicon);
        Assert.StartsWith("%\n1\tpentagon_resistance\tThe Pentagon resists.\n2\taccountability\n3\tpentagon_resistance@cue\n4\tpentagon_resistance@trigger\n5\taccountability@cue\n6\taccountability@trigger\n%\n", dic);
        Assert.Contains("court\t5\t4\n", dic);
        var back = LiwcDic.Parse(new StringReader(dic), "my-topics", LexiconKinds.Topics);
        Assert.Equal(lexicon.Categories.Select(c => c.Key), back.Categories.Select(c => c.Key));
        Assert.Equal(lexicon.Entries, back.Entries);
        Assert.Equal(dic, LiwcDic.Write(back));
    }

    [Fact]
    public void The_content_hash_of_a_lexicon_without_roles_is_unchanged_and_a_role_changes_it()
    {
        // The hash of this content as computed before entry roles existed (commit 89713d9): stored scores that name
        // a lexicon version by its hash still find it.
        var plain = new LexiconDefinition("x", LexiconKinds.Topics, "", [new("a")], [new("pentagon", ["a"]), new("resist*", ["a"])]);
        Assert.Equal("58971d1810d044ad23586704d1f482363ec2b7e41967dfab75b385977eb59626", plain.ContentHash);
        var roles = plain with { Entries = [new("pentagon", ["a@cue"]), new("resist*", ["a@trigger"])] };
        Assert.NotEqual(plain.ContentHash, roles.ContentHash);
        Assert.Equal(plain.ContentHash, (plain with { Name = "y" }).ContentHash);
    }

    [Theory]
    [InlineData("custom", """[{ "term": "a", "categories": ["t@cue"] }, { "term": "b", "categories": ["t@trigger"] }]""", "entries[0].categories[0]", "topics and claims")]
    [InlineData("topics", """[{ "term": "a", "categories": ["t@cue"] }]""", "entries[0].categories", "no trigger")]
    [InlineData("topics", """[{ "term": "a", "categories": ["t@trigger"] }]""", "entries[0].categories", "no cue")]
    [InlineData("topics", """[{ "term": "a", "categories": ["t@cue", "t@trigger"] }]""", "entries[0].categories[1]", "twice")]
    [InlineData("topics", """[{ "term": "a", "categories": ["u@cue"] }]""", "entries[0].categories[0]", "undeclared category 'u'")]
    public void Misused_roles_are_rejected_naming_the_field(string kind, string entries, string field, string message)
    {
        var json = $$"""{ "name": "x", "kind": "{{kind}}", "categories": [{ "key": "t" }], "entries": {{entries}} }""";
        var e = Assert.Throws<LexiconFormatException>(() => LexiconJson.Parse(json));
        Assert.Equal(field, e.Field);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_claims_lexicon_roles_act_on_targets_only()
    {
        // A cue of a hedge category is valid (a .dic has no category roles to tell targets by) but acts on nothing:
        // the hedge counts as a hedge.
        var claims = LexiconJson.Parse("""
            { "name": "x", "kind": "claims", "categories": [{ "key": "t", "role": "target" }, { "key": "h", "role": "hedge" }],
              "entries": [{ "term": "crimes", "categories": ["t"] }, { "term": "dubious", "categories": ["h@cue"] },
                          { "term": "dubiously", "categories": ["h@trigger"] }] }
            """);
        var analysis = new FramingApi.Analysis.Scoring.FramingAnalyzer([claims]).Analyze(
            FramingApi.Analysis.Text.ArticleText.Compose(new FramingApi.Analysis.Text.ArticleParts("These dubious crimes.")));
        Assert.Equal(FramingApi.Analysis.Scoring.Framing.Hedged, Assert.Single(analysis.Evidence, e => e.Claim is not null).Claim!.Framing);
    }

    [Fact]
    public void A_dic_role_label_of_an_undeclared_category_names_its_line()
    {
        var e = Assert.Throws<LexiconFormatException>(() => LiwcDic.Parse(new StringReader("%\n1\ta\n2\tb@cue\n%\nx\t1\n"), "x", LexiconKinds.Topics));
        Assert.Equal(3, e.Line);
    }
}
