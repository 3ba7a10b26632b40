using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

public class AnalyzedTextTests
{
    static AnalyzedText Analyze(string body) => AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));

    static string[] Words(AnalyzedText a) =>
        Enumerable.Range(0, a.Tokens.Length).Select(i => a.TokenText(i).ToString()).ToArray();

    [Theory]
    [InlineData("Russia’s large-scale war", "russia's|large-scale|war")]
    [InlineData("Maria Lvova-Belova, Russia's commissioner", "maria|lvova-belova|russia's|commissioner")]
    [InlineData("the U.S. and D.C. and the I.C.C. said", "the|u.s.|and|d.c.|and|the|i.c.c.|said")]
    [InlineData("over 1,000 people, 3.5 percent, in 2023.", "over|1,000|people|3.5|percent|in|2023")]
    [InlineData("troops’ rights -- and ‘scare’ quotes", "troops|rights|and|scare|quotes")]
    [InlineData("e.g. this, i.e. that", "e.g.|this|i.e.|that")]
    [InlineData("well-being - a dash - x-ray", "well-being|a|dash|x-ray")]
    [InlineData("@FreemansMind96 #tag", "freemansmind96|tag")]
    [InlineData("Café naïve Zürich", "café|naïve|zürich")]
    public void Tokens_are_lower_cased_words(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(Analyze(text)));

    [Theory]
    [InlineData("Russia", TokenFlags.Capitalized)]
    [InlineData("ICC", TokenFlags.Capitalized | TokenFlags.AllCaps)]
    [InlineData("U.S.", TokenFlags.Capitalized | TokenFlags.AllCaps)]
    [InlineData("I", TokenFlags.Capitalized)]
    [InlineData("war", TokenFlags.None)]
    [InlineData("2023", TokenFlags.Numeric)]
    [InlineData("iPhone", TokenFlags.None)]
    public void Token_flags(string word, TokenFlags expected) =>
        Assert.Equal(expected, Analyze(word).Tokens[0].Flags);

    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void Every_token_points_at_its_text_and_knows_its_sentence(string file)
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented(file));
        Assert.True(a.Tokens.Length > 100);
        var previousSentence = 0;
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            var t = a.Tokens[i];
            var expected = a.Text.Substring(t.Start, t.Length).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
            Assert.Equal(expected, a.TokenText(i).ToString());
            Assert.True(char.IsLetterOrDigit(a.Text[t.Start]) && char.IsLetterOrDigit(a.Text[t.End - 1]) || a.Text[t.End - 1] == '.');
            Assert.NotEqual(SegmentKind.Quotation, t.Segment);
            Assert.InRange(t.Sentence, previousSentence, previousSentence + 1);
            previousSentence = t.Sentence;
            var sentence = a.Sentences[t.Sentence];
            Assert.InRange(i, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1);
            Assert.Equal(t.Segment, sentence.Segment);
        }
        Assert.Equal(a.Tokens.Length,
            a.WordCount(Voice.Outlet) + a.WordCount(Voice.Quotation) + a.WordCount(Voice.Comments) + a.WordCount(Voice.None));
    }

    [Theory]
    [InlineData("Mr. Biden met Gen. Milley and Sen. Graham in Washington, D.C. on Jan. 5 to discuss No. 10.", 1)]
    [InlineData("The U.S. Secretary of State met Mrs. Smith, Ms. Jones and Dr. Who.", 1)]
    [InlineData("In 2002, President George W. Bush signed it. Then it was law.", 2)]
    [InlineData("He said “it is over.” The court disagreed! Did it? Yes.", 4)]
    [InlineData("He said no. Then he left.", 2)]
    [InlineData("It ended (finally.) Next came more. e.g. lower case continues", 2)]
    [InlineData("A list, e.g. this one, or i.e. that one, and St. Louis vs. Chicago.", 1)]
    [InlineData("One line without a stop\nand a second line", 2)]
    [InlineData("Version 3.5 shipped. Over 1,000 users.", 2)]
    public void Sentences_end_at_terminal_punctuation_but_not_after_abbreviations(string text, int sentences) =>
        Assert.Equal(sentences, Analyze(text).Sentences.Length);

    [Fact]
    public void Every_listed_abbreviation_and_no_other_word_keeps_the_sentence_open()
    {
        string[] abbreviations =
        [
            "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Gov", "St", "Lt", "Col", "Sgt", "Capt", "Adm",
            "Maj", "Cmdr", "Prof", "Jr", "Sr", "Rev", "Hon", "Pres", "Amb", "Supt", "Det", "Insp", "Jan", "Feb", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "Mt", "Ft", "approx", "Dept", "Univ", "Fig",
            "cf", "al",
        ];
        foreach (var word in abbreviations)
            Assert.True(Analyze($"They saw {word}. Smith there.").Sentences.Length == 1, word);
        foreach (var word in new[] { "met", "Mrx", "Ma", "Sepp", "approxi", "Decs", "fi", "vv", "al1", "Smith" })
            Assert.True(Analyze($"They saw {word}. Smith there.").Sentences.Length == 2, word);
    }

    [Fact]
    public void A_segment_boundary_ends_a_sentence()
    {
        var a = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(
            "The council voted to close the bridge to all cars from next spring and the mayor agreed to it",
            Headline: "Bridge closes", Comments: ["so it goes"])));
        Assert.Equal([SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Comments],
            a.Sentences.ToArray().Select(s => s.Segment));
    }

    [Fact]
    public void A_quote_that_runs_over_two_paragraphs_is_quotation_voice_throughout()
    {
        const string body = """
            The minister spoke at length on Tuesday about the decision that the government had taken that week.

            “We did not take this lightly. The evidence was overwhelming and the law is clear.

            “We will share what we have with the court,” she said, adding nothing more.
            """;
        var a = Analyze(body);
        var voices = VoicesOf(a);
        Assert.Equal(Voice.Outlet, voices["minister"]);
        foreach (var w in new[] { "lightly", "overwhelming", "clear", "share", "court" })
            Assert.Equal(Voice.Quotation, voices[w]);
        Assert.Equal(Voice.Outlet, voices["adding"]);
        Assert.Equal(2, a.Quotations.Count);
        Assert.All(a.Quotations, q => Assert.Equal('“', a.Text[q.Start]));
        Assert.Equal('”', a.Text[a.Quotations[1].End - 1]);
    }

    [Fact]
    public void An_unclosed_quote_ends_at_its_paragraph()
    {
        const string body = """
            The official said "this is unacceptable and the court must act quickly in this matter.

            Later the ministry issued a statement that did not mention the court at all or its work.
            """;
        var voices = VoicesOf(Analyze(body));
        Assert.Equal(Voice.Quotation, voices["unacceptable"]);
        Assert.Equal(Voice.Outlet, voices["ministry"]);
    }

    [Fact]
    public void Straight_and_curly_quotes_and_the_file_001_double_opening_typo()
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented("001"));
        var typo = a.Quotations.Select(q => a.Text[q.Start..q.End])
            .Single(q => q.StartsWith("“Biden Orders U.S."));
        Assert.EndsWith("Court“", typo);

        // Straight and curly pairs alike: "a farce" is speech (after "called"), “another” a scare quote.
        var b = Analyze("He called it \"a farce\" and left. Then “another” one.");
        Assert.Equal(["\"a farce\""], b.Quotations.Select(q => b.Text[q.Start..q.End]));
        Assert.Equal(["“another”"], b.ScareQuotes.Select(q => b.Text[q.Start..q.End]));
        Assert.Equal(1, b.Segments.Count(s => s.Kind == SegmentKind.Quotation));
    }

    [Fact]
    public void Bidens_words_in_file_004_are_a_quotation()
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented("004"));
        var start = a.Text.IndexOf("clearly committed war crimes.", StringComparison.Ordinal);
        Assert.True(start > 0);
        var tokens = a.Tokens.ToArray().Where(t => t.Start >= start && t.End <= start + 29).ToList();
        Assert.Equal(4, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(Voice.Quotation, t.Voice));
        Assert.All(tokens, t => Assert.Equal(SegmentKind.Body, t.Segment));
        Assert.Contains(a.Segments, s => s.Kind == SegmentKind.Quotation && s.Start == start - 1);
        var said = a.Tokens.ToArray().Last(t => t.End <= start);
        Assert.Equal(Voice.Outlet, said.Voice); // "has"
    }

    [Fact]
    public void File_001_reader_comments_are_comments_voice_only()
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented("001"));
        var commentsStart = a.Text.IndexOf("1. steve says:", StringComparison.Ordinal);
        foreach (var t in a.Tokens)
        {
            if (t.Start >= commentsStart)
            {
                Assert.Equal(Voice.Comments, t.Voice);
                Assert.Equal(SegmentKind.Comments, t.Segment);
            }
            else
            {
                Assert.NotEqual(Voice.Comments, t.Voice);
            }
        }
        Assert.True(a.WordCount(Voice.Comments) > 200);
        // Rick S quotes the NYT inside his comment: still his words, not a quotation.
        Assert.DoesNotContain(a.Quotations, q => q.Start >= commentsStart);
        // The bio is boilerplate: no voice.
        var bio = a.Text.IndexOf("James Joyner is Professor", StringComparison.Ordinal);
        Assert.Equal(Voice.None, a.Tokens.ToArray().First(t => t.Start >= bio).Voice);
    }

    [Fact]
    public void Segments_include_quotations_in_order()
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented("002"));
        Assert.Equal(a.Segments.OrderBy(s => s.Start).Select(s => s.Start), a.Segments.Select(s => s.Start));
        Assert.Equal(4, a.Segments.Count(s => s.Kind == SegmentKind.Quotation));
        Assert.All(a.Quotations, q => Assert.Contains(a.Segments,
            s => s.Kind == SegmentKind.Body && s.Start <= q.Start && q.End <= s.End));
    }

    [Theory]
    [InlineData(0)]    // no non-ASCII character: lower-cased in the character-bits pass
    [InlineData(10)]   // one in the first 64-character block
    [InlineData(140)]  // one in the last characters, after the last whole block
    public void The_lower_cased_text_folds_case_and_curly_apostrophes_wherever_a_non_ASCII_character_is(int at)
    {
        var body = "The Senator's AIDE Said: \"WE WILL NOT COMMENT.\" Officials In KYIV And Washington Disagreed About It. "
                   + "Then The Minister Spoke Again In Public And The Press Office Said Nothing More.";
        Assert.Equal(180, body.Length); // two whole blocks of 64 characters, then 52 (54 with the two inserted)
        if (at > 0) body = body[..at] + "’Ä" + body[at..];
        var a = Analyze(body);
        Assert.Equal(a.Text.ToLowerInvariant().Replace('’', '\''), a.LowerText.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\u0000\u0001\u0007 \u001b[31m")]
    [InlineData("“")]
    [InlineData("\"\"\"")]
    [InlineData("...!!!???")]
    public void Degenerate_texts_do_not_throw(string body)
    {
        var a = Analyze(body);
        Assert.Equal(a.Tokens.Length, a.WordCount(Voice.Outlet) + a.WordCount(Voice.Quotation)
                                      + a.WordCount(Voice.Comments) + a.WordCount(Voice.None));
        Assert.Equal(a.Text.Length, a.LowerText.Length);
    }

    [Fact]
    public void Control_characters_separate_tokens()
    {
        var a = Analyze("war\u0000crimes\u0007were\u001bcommitted");
        Assert.Equal(["war", "crimes", "were", "committed"], Words(a));
    }

    [Fact]
    public void A_one_megabyte_word_is_one_token()
    {
        var word = new string('a', 1_000_000);
        var a = Analyze(word);
        Assert.Equal(1, a.Tokens.Length);
        Assert.Equal(1_000_000, a.TokenText(0).Length);
        Assert.Single(a.Sentences.ToArray());

        var acronymish = string.Concat(Enumerable.Repeat("a.", 500_000));
        Assert.Equal(1, Analyze(acronymish).Tokens.Length);
    }

    static Dictionary<string, Voice> VoicesOf(AnalyzedText a)
    {
        var voices = new Dictionary<string, Voice>();
        for (var i = 0; i < a.Tokens.Length; i++) voices[a.TokenText(i).ToString()] = a.Tokens[i].Voice;
        return voices;
    }
}
