using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

public class WordShapeFilterTests
{
    static readonly string[] Words = ["said", "told", "according", "statement", "when", "i'm", "café", "a-z"];
    static readonly WordShapeFilter Filter = new(Words);

    [Fact]
    public void Every_word_of_the_set_passes()
    {
        foreach (var word in Words) Assert.True(Filter.MayContain(word), word);
    }

    [Theory]
    [InlineData("the")]        // no word t…e of 3 letters
    [InlineData("and")]
    [InlineData("sad")]        // s…d, but 3 letters, not 4
    [InlineData("accordingly")] // longer than every word
    [InlineData("")]
    public void Words_of_no_shape_of_the_set_are_rejected(string word) => Assert.False(Filter.MayContain(word));

    [Theory]
    [InlineData("slid")] // s…d of 4 letters, the shape of "said": the set decides
    [InlineData("Said")] // starts outside a–z: its shape is not recorded, so it passes
    [InlineData("olé")] // ends outside a–z
    public void Words_whose_shape_it_cannot_rule_out_pass(string word) => Assert.True(Filter.MayContain(word));
}
