using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Whose statement a reporting phrase reports (built-in sourcing lexicon).</summary>
public class AttributionTests
{
    [Theory]
    [InlineData("The talks failed, a US official said.", "said", AttributionKind.Anonymous, "a US official")]
    [InlineData("The talks failed, officials familiar with the matter said.", "said", AttributionKind.Anonymous, "officials familiar with the matter")]
    [InlineData("The talks failed, according to officials familiar with the matter.", "according to", AttributionKind.Anonymous, "officials familiar with the matter")]
    [InlineData("The talks failed, the officials said.", "the officials said", AttributionKind.Anonymous, "the officials said")]
    [InlineData("Officials who spoke on the condition of anonymity because talks are private said they failed.", "said", AttributionKind.Anonymous, "spoke on the condition of anonymity")]
    [InlineData("Adrienne Watson, a spokeswoman, said the talks failed.", "said", AttributionKind.Named, "Adrienne Watson")]
    [InlineData("The talks failed, said Secretary of State Antony Blinken.", "said", AttributionKind.Named, "Secretary of State Antony Blinken")]
    [InlineData("The talks failed, according to Reuters.", "according to", AttributionKind.Named, "Reuters")]
    [InlineData("The talks failed, according to the New York Times.", "according to", AttributionKind.Named, "New York Times")]
    [InlineData("The talks failed, spokeswoman Adrienne Watson told reporters.", "told reporters", AttributionKind.Named, "Adrienne Watson")]
    [InlineData("The talks failed, he said.", "said", AttributionKind.Unresolved, "he")]
    [InlineData("The talks failed, they said on Wednesday.", "said", AttributionKind.Unresolved, "they")]
    [InlineData("The talks failed, he said Wednesday.", "said", AttributionKind.Unresolved, "he")]
    [InlineData("The talks failed, \u201cWe support Ukraine,\u201d he said.", "said", AttributionKind.Unresolved, "he")]
    public void Each_reporting_phrase_gets_its_source(string sentence, string phrase, AttributionKind kind, string? source)
    {
        var (text, analysis) = Pipeline.Run(sentence);
        var evidence = Assert.Single(analysis.Evidence, e => e.Attribution is not null && text.Span(e) == phrase);
        Assert.Equal(kind, evidence.Attribution!.Kind);
        var (start, end) = (evidence.Attribution.SourceStart, evidence.Attribution.SourceEnd);
        Assert.Equal(source, start is null ? null : text.Text[start.Value..end!.Value]);
    }

    [Theory]
    [InlineData("Evidence of Alleged Russian War Crimes Shared With Court")]
    [InlineData("Evidence of alleged war crimes was shared.")]
    public void An_attributive_verb_form_or_a_headline_names_nobody(string sentence)
    {
        var (_, analysis) = Pipeline.Run(sentence);
        Assert.DoesNotContain(analysis.Evidence, e => e.Attribution?.Kind == AttributionKind.Named);
    }

    [Fact]
    public void Attribution_counts_are_categories_of_the_sourcing_lexicon()
    {
        var (_, analysis) = Pipeline.Run("The talks failed, a US official said. They resume, he said. Talks end, said Antony Blinken.");
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_anonymous", VoiceScope.Outlet).Hits);
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_unresolved", VoiceScope.Outlet).Hits);
        Assert.Equal(1, SeedScoringTests.Score(analysis, "sourcing", "attribution_named", VoiceScope.Article).Hits);
        Assert.Equal(0, SeedScoringTests.Score(analysis, "sourcing", "attribution_named", VoiceScope.Comments).Hits);
        Assert.Contains(analysis.Scores, s => s.Category == "attribution_named" && s.Voice == VoiceScope.Comments); // explicit zero
    }
}
