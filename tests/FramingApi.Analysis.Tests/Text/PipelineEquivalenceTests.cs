using System.Text;
using FramingApi.Analysis.Tests.Text.Reference;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

/// <summary>
/// The optimized pipeline gives exactly what the reference copy in <c>Reference/</c> gives: same stored text,
/// segments, lower-cased text, tokens, sentences, quotations and word counts, on the seeds and on random texts.
/// </summary>
public class PipelineEquivalenceTests
{
    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void Seed_articles_analyse_as_before(string file) => AssertSameAsReference(new ArticleParts(Seeds.Read(file)));

    [Fact]
    public void Seed_articles_with_explicit_parts_analyse_as_before()
    {
        var body = Seeds.Read("001");
        var firstLine = body.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        AssertSameAsReference(new ArticleParts(body, Headline: firstLine));
        AssertSameAsReference(new ArticleParts(body, Headline: "  A Headline  Not In The Body ",
            Comments: ["  first comment. ", "", "“quoted” second"], Boilerplate: ["© 2023", " "]));
    }

    [Fact]
    public void Random_texts_analyse_as_before()
    {
        var random = new Random(20240611);
        var seedLines = Seeds.Prefixes.SelectMany(f => Seeds.Read(f).Split('\n')).ToArray();
        for (var n = 0; n < 400; n++)
        {
            var body = RandomText(random, seedLines);
            var parts = (n % 4) switch
            {
                0 => new ArticleParts(body),
                1 => new ArticleParts(body, Headline: RandomLine(random, seedLines, 8)),
                2 => new ArticleParts(body, Headline: body.Split('\n')[0], Comments: [RandomLine(random, seedLines, 30)]),
                _ => new ArticleParts(body, Comments: [RandomLine(random, seedLines, 20), " "],
                    Boilerplate: [RandomLine(random, seedLines, 6)]),
            };
            AssertSameAsReference(parts, $"text #{n}");
        }
    }

    [Fact]
    public void Ascii_texts_and_ascii_lookalikes_analyse_as_before()
    {
        // The character pass narrows characters to bytes (above 255 to 255) and lower-cases an ASCII text as it goes:
        // ASCII texts of every length around its 64-character blocks, and non-ASCII characters whose low byte is an
        // ASCII letter, digit or mark (Ģ U+0122 '"', ħ U+0127 '\'', ĺ U+013A ':', Ａ U+FF21 'A', ０ U+FF10, ＂ U+FF02, 逢
        // U+9022, ÿ U+00FF, Ā U+0100) at every place in a block, where a byte test would misread them.
        var random = new Random(30);
        string[] ascii = ["The", "war", "said", "\"We", "left.\"", "it's", "U.S.", "1,000", "a-b", "Mr.", "x:", "'quoted'", "NATO", "\n\n", ","];
        string[] lookalikes = ["\u0122", "\u0127", "\u013A", "\uFF21", "\uFF10", "\uFF02", "\u9022", "\u00FF", "\u0100", "a\u0122b", "\u0127s"];
        for (var n = 0; n < 300; n++)
        {
            var sb = new StringBuilder();
            var words = random.Next(1, 60);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) sb.Append(' ');
                sb.Append(n % 2 == 1 && random.Next(8) == 0 ? lookalikes[random.Next(lookalikes.Length)] : ascii[random.Next(ascii.Length)]);
            }
            AssertSameAsReference(new ArticleParts(sb.ToString()), $"text #{n}");
        }
    }

    [Fact]
    public void A_disposed_text_cannot_be_read()
    {
        var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(Seeds.Read("000"))));
        Assert.NotEmpty(text.Tokens.ToArray());
        text.Dispose();
        text.Dispose(); // twice is harmless
        Assert.Throws<ObjectDisposedException>(() => text.Tokens.Length);
        Assert.Throws<ObjectDisposedException>(() => text.Sentences.Length);
        Assert.Throws<ObjectDisposedException>(() => text.LowerText.Length);
        Assert.Throws<ObjectDisposedException>(() => text.TokenText(0).Length);
        Assert.NotEmpty(text.Text); // the text and its segments stay readable
        Assert.NotEmpty(text.Segments);
    }

    [Fact]
    public void Disposing_from_several_threads_at_once_returns_each_array_once()
    {
        var parts = new ArticleParts(Seeds.Read("003"));
        for (var round = 0; round < 200; round++)
        {
            var text = AnalyzedText.Analyze(ArticleText.Compose(parts));
            Parallel.For(0, 4, _ => text.Dispose());
        }
        // An array returned twice would be handed to two texts at once: they would overwrite each other's tokens.
        var expected = ReferenceAnalyzedText.Analyze(ReferenceArticleText.Compose(parts)).Tokens.ToArray();
        Parallel.For(0, 8, _ =>
        {
            for (var k = 0; k < 50; k++)
            {
                using var text = AnalyzedText.Analyze(ArticleText.Compose(parts));
                Assert.Equal(expected, text.Tokens.ToArray());
            }
        });
    }

    [Fact]
    public void Word_counts_match_a_char_by_char_count()
    {
        var random = new Random(7);
        var alphabet = Enumerable.Range(0, 128).Select(c => (char)c)
            .Concat("\u0085\u00a0\u1680\u2000\u2009\u200b\u2028\u2029\u202f\u3000éЖ日").ToArray();
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60))
                .Select(_ => random.Next(3) == 0 ? ' ' : alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = 0;
            for (var i = 0; i < text.Length; i++)
                if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]))) expected++;
            Assert.Equal(expected, Segmenter.CountWords(text, int.MaxValue));
            Assert.Equal(Math.Min(expected, 3), Math.Min(Segmenter.CountWords(text, 3), 3));
        }
    }

    static void AssertSameAsReference(ArticleParts parts, string what = "")
    {
        var expectedSegmented = ReferenceArticleText.Compose(parts);
        var segmented = ArticleText.Compose(parts);
        Assert.Equal(expectedSegmented.Text, segmented.Text);
        Assert.Equal(expectedSegmented.Segments, segmented.Segments);

        var expected = ReferenceAnalyzedText.Analyze(expectedSegmented);
        // Disposed at the end: the next text gets these arrays from the pool, with this one's contents in them.
        using var actual = AnalyzedText.Analyze(segmented);
        Assert.True(expected.LowerText.SequenceEqual(actual.LowerText), $"lower text differs {what}");
        Assert.Equal(expected.Tokens.ToArray(), actual.Tokens.ToArray());
        Assert.Equal(expected.Sentences.ToArray(), actual.Sentences.ToArray());
        Assert.Equal(expected.Segments, actual.Segments);
        Assert.Equal(expected.Quotations, actual.Quotations);
        foreach (var voice in Enum.GetValues<Voice>()) Assert.Equal(expected.WordCount(voice), actual.WordCount(voice));

        for (var i = 0; i < actual.Tokens.Length; i++)
        {
            var token = actual.Tokens[i];
            var lowered = actual.Text.Substring(token.Start, token.Length).ToLowerInvariant()
                .Replace('’', '\'').Replace('‘', '\'');
            Assert.Equal(lowered, actual.TokenText(i).ToString());
        }
    }

    static readonly string[] Words =
    [
        "the", "war", "Russia", "Russia’s", "Ukraine's", "large-scale", "well‐being", "U.S.", "D.C.", "e.g.", "i.e.",
        "ICC", "NATO", "iPhone", "1,000", "3.5", "2023", "abc1.5", "Mr.", "Mrs.", "Dr.", "Gen.", "Jan.", "No.", "no.",
        "St.", "W.", "A.", "vs.", "al.", "said", "says", "wrote", "is", "was", "killed", "didn’t", "can't", "Café",
        "naïve", "Zürich", "e\u0301t\u0301e", "Αθήνα", "Москва", "日本", "@handle", "#tag", "x", "I", "a", "—", "–",
        "-", "--", "...", "…", "&", "(", ")", "[", "]", "«", "»", "©", "(c)", "http://example.com/a.b",
        "ÉCOLE", "ǅemal", "a\u001cb", "\u0085", "x\u2009y", "ß", "İstanbul", "K", "\u212Aelvin", "\u00a0", "🙂", "1.", "2)", "10:14", "a.m.",
    ];

    static readonly string[] Punctuation = [".", ",", "!", "?", "…", ";", ":", ".\"", ".”", "?’", ".)", "!!", "?!", ". . ."];
    static readonly string[] Quotes = ["\"", "“", "”", "‘", "’", "'"];

    static readonly string[] CueLines =
    [
        "Sign up for our newsletter", "Subscribe", "Related:", "Related Articles", "By Jane Doe", "By Jane Doe, Reuters",
        "by | Jul 26, 2023", "Posted by", "© 2023 Reuters. All rights reserved.", "(c) 2023 Example", "Filed under: War",
        "Follow Jane on Twitter @jane", "A soldier walks. (AP Photo/John Smith)", "(Photo via Getty Images)",
        "About Jane Doe", "Jane Doe is a reporter.", "About the author", "1. steve says:", "Rick S says:",
        "jane on May 2, 2023 at 10:14 am said:", "the spokesperson says:", "Our Books", "latest book lineup.",
        "Visit example.com", "Distributed by Tribune Content Agency, LLC.", "July 4, 2023", "Updated: Jan. 5, 2024",
        "Tags: war, Ukraine", "Share this article", "12 comments", "Menu", "Read more: the story", "***", "—",
        "NYT (July 4):", "Most Read", "More from the author", "OzarkHillbilly says:",
    ];

    static string RandomLine(Random random, string[] seedLines, int maxWords)
    {
        var sb = new StringBuilder();
        var words = random.Next(1, maxWords + 1);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(random.Next(20) == 0 ? "  " : " ");
            if (random.Next(10) == 0) sb.Append(Quotes[random.Next(Quotes.Length)]);
            sb.Append(Words[random.Next(Words.Length)]);
            if (random.Next(8) == 0) sb.Append(Quotes[random.Next(Quotes.Length)]);
            if (random.Next(6) == 0) sb.Append(Punctuation[random.Next(Punctuation.Length)]);
        }
        return sb.ToString();
    }

    static string RandomText(Random random, string[] seedLines)
    {
        var sb = new StringBuilder();
        var lines = random.Next(1, 25);
        for (var l = 0; l < lines; l++)
        {
            sb.Append(random.Next(6) switch
            {
                0 => CueLines[random.Next(CueLines.Length)],
                1 or 2 => seedLines[random.Next(seedLines.Length)],
                3 => RandomLine(random, seedLines, 6),
                _ => RandomLine(random, seedLines, 60),
            });
            sb.Append(random.Next(8) switch
            {
                0 => "\n",
                1 => "\r\n",
                2 => " \n \t\n",
                3 => "\u2028",
                4 => "\n\n\n",
                _ => "\n\n",
            });
        }
        if (random.Next(3) == 0) sb.Insert(0, random.Next(2) == 0 ? "  \n" : "Headline Of The Day\n");
        return sb.ToString();
    }
}
