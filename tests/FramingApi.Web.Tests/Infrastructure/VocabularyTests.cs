using System.Text.RegularExpressions;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.Web.Tests.Source;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Web.Tests.Infrastructure;

public sealed partial class VocabularyTests
{
    [Fact]
    public void Every_enum_value_has_a_name_that_reads_back_to_it()
    {
        static void RoundTrip<T>(NameMap<T> map) where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>()) Assert.Equal(value, map.Parse(map.Name(value)));
            Assert.Equal(Enum.GetValues<T>().Length, map.Names.Count);
        }
        RoundTrip(SegmentNames.Map);
        RoundTrip(VoiceNames.Voices);
        RoundTrip(VoiceNames.Scopes);
        RoundTrip(FramingNames.Map);
        RoundTrip(AttributionNames.Map);
        RoundTrip(FramingLabelNames.Map);
    }

    [Theory]
    [InlineData("Body")]      // names are case-sensitive
    [InlineData("paragraph")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_name_throws_instead_of_falling_back(string? name)
    {
        var e = Assert.Throws<UnknownNameException>(() => SegmentNames.Map.Parse(name));
        Assert.Equal("segment kind", e.What);
        Assert.Throws<UnknownNameException>(() => JobStatusNames.Set.Require(name));
    }

    [Fact]
    public void The_stored_names_are_the_ones_in_the_database_and_the_documents()
    {
        Assert.Equal(["headline", "lead", "body", "quotation", "boilerplate", "comments"], SegmentNames.Map.Names);
        Assert.Equal("article", VoiceNames.Scopes.Name(VoiceScope.Article));
        Assert.Equal("none", VoiceNames.Voices.Name(Voice.None));
        Assert.Equal("hedged", FramingNames.Map.Name(Framing.Hedged));
        Assert.Equal("anonymous", AttributionNames.Map.Name(AttributionKind.Anonymous));
        Assert.Equal("asserted, hedged, attributed or denied", FramingNames.Map.Describe());
    }

    [Fact]
    public void Framing_labels_are_named_as_the_library_and_the_validation_corpus_name_them()
    {
        foreach (var label in Enum.GetValues<FramingLabel>()) Assert.Equal(ClaimsSummary.Key(label), FramingLabelNames.Map.Name(label));
        Assert.Equal(["asserted", "attributed", "hedged", "mixed", "absent"], FramingLabelNames.UnitLabels.Names);
    }

    [Fact]
    public void A_map_that_leaves_a_value_without_a_name_cannot_be_built()
    {
        Assert.Throws<InvalidOperationException>(() => new NameMap<Framing>("framing", (Framing.Hedged, "hedged")));
        Assert.Throws<InvalidOperationException>(() => new NameMap<AttributionKind>("attribution",
            (AttributionKind.Named, "x"), (AttributionKind.Anonymous, "x"), (AttributionKind.Unresolved, "y")));
    }

    [Fact]
    public void Names_are_unique_within_each_set()
    {
        Assert.All(All, set => Assert.Equal(set.Names.Count, set.Names.Distinct(StringComparer.Ordinal).Count()));
    }

    [Theory]
    [InlineData("content_type", nameof(ContentTypeNames))]
    [InlineData("origin", nameof(OriginNames))]
    [InlineData("status", nameof(JobStatusNames))]
    [InlineData("unit_kind", nameof(ValidationUnitNames))]
    public void The_database_constraints_allow_exactly_the_vocabulary(string column, string set)
    {
        var expected = set switch
        {
            nameof(ContentTypeNames) => ContentTypeNames.Set.Names,
            nameof(OriginNames) => OriginNames.Set.Names,
            nameof(ValidationUnitNames) => ValidationUnitNames.Set.Names,
            _ => JobStatusNames.Set.Names,
        };
        var migrations = string.Join("\n", Directory.GetFiles(Path.Combine(SourceFiles.Root, "db/migrations"), "*.sql").Select(File.ReadAllText));
        var check = Regex.Match(migrations, $@"CHECK \({column} IN \(([^)]*)\)\)");
        Assert.True(check.Success, $"No CHECK on {column}.");
        var allowed = Regex.Matches(check.Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(expected.Order().ToList(), allowed);
    }

    [Fact]
    public void Every_name_the_migrations_quote_is_in_the_vocabulary()
    {
        // Besides the vocabulary: the default language, PostgreSQL's '-infinity' (the article list's key for undated
        // articles), the notification channel and the markers of its payload ('a' written articles, 'n' undated: ChangeScope).
        string[] other = ["", "en", "-infinity", "framing_changes", "a", "n"];
        var names = All.SelectMany(s => s.Names).ToHashSet();
        var quoted = Directory.GetFiles(Path.Combine(SourceFiles.Root, "db/migrations"), "*.sql")
            .SelectMany(f => SqlName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(n => !names.Contains(n) && !other.Contains(n)).Distinct().ToList();
        Assert.Empty(quoted);
    }

    [Fact]
    public void Metadata_sources_are_named_and_the_database_domain_allows_exactly_them()
    {
        foreach (var value in Enum.GetValues<MetadataProvenance>()) Assert.Equal(value, ProvenanceNames.Map.Parse(ProvenanceNames.Map.Name(value)));
        Assert.Equal(["given", "json_ld", "meta", "time_element", "url", "headline"], ProvenanceNames.Map.Names);

        // The domain as the last migration that defines its check leaves it (0030 created it, 0052 added 'headline').
        var migrations = string.Join("\n", Directory.GetFiles(Path.Combine(SourceFiles.Root, "db/migrations"), "*.sql").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var check = Regex.Matches(migrations, @"(?:CREATE DOMAIN metadata_source AS text|ALTER DOMAIN metadata_source ADD CONSTRAINT \w+)\s+CHECK \(VALUE IN \(([^)]*)\)\)").LastOrDefault();
        Assert.True(check is not null, "No metadata_source domain.");
        var allowed = Regex.Matches(check!.Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(ProvenanceNames.Map.Names.Order().ToList(), allowed);
    }

    [GeneratedRegex("'([a-z_-]*)'")]
    private static partial Regex SqlName();
}
