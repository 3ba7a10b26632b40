using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

/// <summary>Quoted speech, scare quotes and speech without quote marks (docs/ANALYSIS.md, "Voices and quotations").</summary>
public class QuotationStructureTests
{
    static AnalyzedText Analyze(string body) => AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));

    /// <summary>The voice of the first token of <paramref name="word"/> (its first occurrence, case-sensitive).</summary>
    static Voice VoiceOf(AnalyzedText a, string word)
    {
        var at = a.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{word}' not in the text");
        return a.Tokens.ToArray().First(t => t.Start >= at).Voice;
    }

    [Theory]
    // Scare quotes: a few words in the outlet's own sentence, no speaker, no speech word.
    [InlineData("The agency will hand over files on \"atrocities\" blamed on Moscow.", "atrocities", Voice.Outlet)]
    [InlineData("Officials dismissed the ministry's “evidence of genocide” as thin.", "genocide", Voice.Outlet)]
    [InlineData("Kyiv calls it a “special operation”; the fighting goes on.", "operation", Voice.Quotation)]
    [InlineData("Moscow's so-called “war crimes tribunal” opened on Monday.", "tribunal", Voice.Outlet)]
    [InlineData("The vote on the “peace plan” is due next week in the chamber.", "peace", Voice.Outlet)]
    // Speech: a speech word before it in its sentence, or a reporting frame after it.
    [InlineData("The prosecutor described the killings as “crimes against humanity” in court.", "humanity", Voice.Quotation)]
    [InlineData("It was what the prosecutor called “crimes against humanity” on Monday.", "humanity", Voice.Quotation)]
    [InlineData("Biden said that Putin has \"clearly committed war crimes.\"", "clearly", Voice.Quotation)]
    [InlineData("Kyiv accused Moscow of “genocide” after the strike.", "genocide", Voice.Outlet)]
    [InlineData("Defence Ministry: Kyiv's Izium 'atrocities' story is a crude staging", "atrocities", Voice.Outlet)]
    [InlineData("He said: ‘We will not forget what they did in this town.’ Then he left.", "forget", Voice.Quotation)]
    [InlineData("The soldiers' commander left the 'massacre' site at dawn.", "massacre", Voice.Outlet)]
    [InlineData("The strikes were “barbaric,” the ministry said.", "barbaric", Voice.Quotation)]
    [InlineData("The strikes were “barbaric” and “inhuman,” the ministry said.", "barbaric", Voice.Quotation)]
    [InlineData("“Genocide,” Zelensky told reporters after the visit.", "Genocide", Voice.Quotation)]
    [InlineData("According to the ministry, the strike was “a war crime” and more.", "crime", Voice.Quotation)]
    [InlineData("Biden used the word “genocide” for the first time.", "genocide", Voice.Quotation)]
    // Speech: it opens its sentence, follows a colon, or is long.
    [InlineData("She was blunt: “Atrocities.” Nothing more followed.", "Atrocities", Voice.Quotation)]
    [InlineData("The talks stalled. “No deal” was the answer from the delegation.", "deal", Voice.Quotation)]
    [InlineData("The agency will hand over “all the files it holds on the atrocities” soon.", "files", Voice.Quotation)]
    public void A_quoted_fragment_is_speech_or_a_scare_quote(string body, string word, Voice expected)
    {
        var a = Analyze(body);
        Assert.Equal(expected, VoiceOf(a, word));
        var at = a.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal(expected == Voice.Outlet, a.ScareQuotes.Any(q => q.Start < at && at < q.End));
        Assert.Equal(expected == Voice.Quotation, a.Quotations.Any(q => q.Start < at && at < q.End));
    }

    [Theory]
    [InlineData("Russia's forces and Ukraine's army met in the 1990s' old bases and the soldiers' homes.")]
    [InlineData("The troops' 'rotation' was postponed.")]
    public void Apostrophes_pair_with_nothing(string body)
    {
        var a = Analyze(body);
        Assert.Empty(a.Quotations);
        Assert.All(a.ScareQuotes, q => Assert.Equal("'rotation'", a.Text[q.Start..q.End]));
    }

    [Fact]
    public void A_double_quote_left_open_is_not_closed_by_an_apostrophe_at_the_paragraph_end()
    {
        var a = Analyze("Kyiv blamed Moscow for the \"attack on civilians'\n\nNothing more was heard.");
        Assert.Empty(a.ScareQuotes);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "civilians"));
    }

    [Fact]
    public void A_scare_quote_span_includes_its_marks_and_its_words_count_as_the_outlets()
    {
        var a = Analyze("The agency will hand over files on “atrocities” blamed on Moscow.");
        var scare = Assert.Single(a.ScareQuotes);
        Assert.Equal("“atrocities”", a.Text[scare.Start..scare.End]);
        Assert.Empty(a.Quotations);
        Assert.Equal(a.Tokens.Length, a.WordCount(Voice.Outlet));
    }

    [Theory]
    [InlineData("In a statement, the ministry said:")]
    [InlineData("The statement reads:")]
    [InlineData("The report said, in part:")]
    [InlineData("Peskov told reporters on Tuesday:")]
    public void The_paragraph_after_a_speech_introduction_is_a_quotation(string introduction)
    {
        var a = Analyze($"""
            Moscow answered the court's decision on Tuesday with a statement of its own that was read out on state television.

            {introduction}

            Russia has never committed war crimes and the so-called evidence is fabricated by the West.

            The Kremlin did not say what it would do next, and the court declined to comment.
            """);
        Assert.Equal(Voice.Outlet, VoiceOf(a, "answered"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, introduction.Split(' ')[1]));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "never committed"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "fabricated"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "Kremlin did not"));
    }

    [Fact]
    public void A_colon_that_introduces_no_speech_leaves_the_next_paragraph_alone()
    {
        var a = Analyze("""
            The court has three options:

            It can issue a warrant, it can close the case, or it can ask for more evidence of war crimes.
            """);
        Assert.Equal(Voice.Outlet, VoiceOf(a, "warrant"));
    }

    [Fact]
    public void A_list_continues_a_quoted_statement()
    {
        var a = Analyze("""
            The ministry said in a statement:

            The following measures apply from Monday.

            • No flights over the region.

            • No exports of grain.

            Analysts said the measures would hurt Kyiv.
            """);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "measures apply"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "flights"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "exports"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "Analysts"));
    }

    [Fact]
    public void A_credited_excerpt_runs_until_the_writer_speaks_in_the_first_person()
    {
        var a = Analyze("""
            Big news on the war crimes front.

            The Times (“Biden Moves to Share Evidence With Court”):

            President Biden has ordered the sharing of evidence of Russian war crimes, according to officials.

            The decision overrides months of resistance by the Pentagon, the officials said.

            “We support accountability,” a spokeswoman said.

            I have written about this before, and my view has not changed.
            """);
        Assert.Equal(Voice.Outlet, VoiceOf(a, "Big news"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "Times"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "President Biden"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "resistance"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "a spokeswoman"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "I have written"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "my view"));
    }

    [Theory]
    [InlineData("The Washington Post reports:", "Post reporters could not confirm the figures independently.")]
    [InlineData("From Reuters:", "(Reporting by a correspondent in Kyiv)")]
    [InlineData("Via the Kyiv Independent:", "Read more: the full story on the court.")]
    public void An_excerpt_ends_where_the_source_is_named_again_or_at_a_credit_line(string introduction, string closing)
    {
        var a = Analyze($"""
            The aggregator picked up the story early in the morning and ran it under its own headline.

            {introduction}

            Investigators documented the killing of civilians in the town over several weeks this spring.

            The findings were sent to the court in The Hague, the officials added.

            {closing}
            """);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "Investigators"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "findings"));
        var last = a.Text.IndexOf(closing, StringComparison.Ordinal);
        Assert.All(a.Tokens.ToArray().Where(t => t.Start >= last), t => Assert.NotEqual(Voice.Quotation, t.Voice));
    }

    // Round 12 of sourcing: the aggregator's own first-person plural ends an excerpt ("Our reporters", "We could not
    // confirm"), and an excerpt whose first paragraph is one quotation, marks and all, ends with that paragraph.
    [Theory]
    [InlineData("Our reporters could not reach the harbour master for comment.", "master")]
    [InlineData("We could not confirm the figures, and the ministry did not reply.", "ministry")]
    public void The_outlets_first_person_plural_ends_an_excerpt(string closing, string word)
    {
        var a = Analyze($"""
            The harbour story broke overnight in a regional paper.

            From the Coastal Herald's report:

            Harbour officials say the ferry was fired on twice in one week by artillery across the bay.

            {closing}
            """);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "ferry"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, word));
    }

    [Fact]
    public void An_excerpt_in_quote_marks_ends_with_its_closing_mark()
    {
        var a = Analyze("""
            The harbour story broke overnight in a regional paper.

            From the report, in our translation:

            "The ferry was fired on twice in one week by artillery across the bay, the crew told the paper."

            The ferry company did not answer questions about the crossings.
            """);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "crew"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "company"));
    }

    // Round 15: a paragraph that opens with a heading ("Why it matters:", "What Moscow says:", "The Kremlin's
    // response:") is the writer's own structure: it ends an excerpt and introduces no speech after its colon.
    [Theory]
    [InlineData("Why it matters: The court has charged two generals over strikes on the grid.")]
    [InlineData("The backstory: Lawmakers forced the issue in a spending bill last winter.")]
    [InlineData("What's next: Judges will decide whether the files can be used at trial.")]
    public void A_heading_paragraph_ends_an_excerpt(string heading)
    {
        var a = Analyze($"""
            The wire service had the story first, and we have confirmed parts of it.

            Here is what the Daily Ledger reported on Tuesday night:

            Officials handed the files over in a closed session, according to two people present.

            {heading}
            """);
        Assert.Equal(Voice.Quotation, VoiceOf(a, "Officials handed"));
        var last = a.Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.All(a.Tokens.ToArray().Where(t => t.Start >= last), t => Assert.Equal(Voice.Outlet, t.Voice));
    }

    [Theory]
    [InlineData("What Moscow says: The ministry calls the charges absurd and says the children were evacuated.", "ministry", Voice.Outlet)]
    [InlineData("How Kyiv sees it: The president says the decision is a turning point.", "president", Voice.Outlet)]
    [InlineData("The envoy said: the charges are absurd and the children were evacuated.", "charges", Voice.Quotation)]
    [InlineData("Zakharova told reporters: the court is a puppet of the West.", "puppet", Voice.Quotation)]
    public void A_question_heading_introduces_no_speech(string body, string word, Voice expected) =>
        Assert.Equal(expected, VoiceOf(Analyze(body), word));

    [Fact]
    public void Seed_001s_excerpt_of_the_nyt_is_a_quotation_and_the_bloggers_comment_is_not()
    {
        var a = AnalyzedText.Analyze(Seeds.Segmented("001"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "President Biden has ended"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "President Biden has quietly ordered"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "American intelligence agencies"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "Senators Richard J. Durbin"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "I wrote about this"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "I’m happy President Biden"));
    }

    [Theory]
    [InlineData("Peskov said: the accusations are absurd. The court disagreed.", "accusations", Voice.Quotation)]
    [InlineData("Peskov said: the accusations are absurd. The court disagreed.", "court", Voice.Outlet)]
    [InlineData("Zakharova wrote on Telegram: the West is lying about Bucha.", "lying", Voice.Quotation)]
    [InlineData("The agenda: sanctions, grain and the court.", "sanctions", Voice.Outlet)]
    [InlineData("The meeting starts at 10:30 and the minister said it would be short.", "starts", Voice.Outlet)]
    public void Speech_after_said_and_a_colon_is_quoted_to_the_end_of_its_sentence(string body, string word, Voice expected) =>
        Assert.Equal(expected, VoiceOf(Analyze(body), word));

    [Fact]
    public void A_bracketed_insertion_inside_a_quotation_is_the_outlets()
    {
        var a = Analyze("“The [Russian] army has [reportedly] committed atrocities in the region,” the envoy said.");
        Assert.Equal(Voice.Quotation, VoiceOf(a, "army"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "Russian"));
        Assert.Equal(Voice.Outlet, VoiceOf(a, "reportedly"));
        Assert.Equal(Voice.Quotation, VoiceOf(a, "atrocities"));
        Assert.Equal(3, a.Quotations.Count);
    }

    // Round 24: the turns of a transcript. A speaker label (capitals and a colon) opening a paragraph makes it that
    // speaker's: the guest's turns are quotations, the interviewer's and the reporters' (PRESENTER, CORRESPONDENT, Q, or
    // a label whose turns are mostly questions) stay the outlet's.
    const string Interview = """
        The ombudsman's office on the video

        PRESENTER: Good morning. Your office says the video shows the killing of six soldiers?

        BONDAR: We know their names. The occupiers shot them on the ground.

        PRESENTER: What has the Red Cross said?

        BONDAR: It says it is concerned. We have heard that many times.
        """;

    [Theory]
    [InlineData("occupiers", Voice.Quotation)]
    [InlineData("concerned", Voice.Quotation)]
    [InlineData("BONDAR", Voice.Outlet)]
    [InlineData("Your office", Voice.Outlet)]
    [InlineData("Red Cross", Voice.Outlet)]
    public void A_guests_turns_in_a_transcript_are_quotations(string word, Voice expected) =>
        Assert.Equal(expected, VoiceOf(Analyze(Interview), word));

    const string OutletNamedInterviewer = "UA-SVIT: Mr Tkach, who ordered the strike?\n\nTKACH: The brigade commander did.\n\nUA-SVIT: And the court?\n\nTKACH: It is gathering information.";

    const string Broadcast = "PRESENTER: Good evening, we begin in the south tonight with our correspondent.\n\nCORRESPONDENT: The drone struck the bus stop on Thursday morning, and three people died.\n\nRESIDENT (Nadezhda, 58): I heard it buzzing over the square and then came the bang.\n\nPRESENTER: Thank you, and now to the rest of the news from the capital.";

    [Theory]
    // The interviewer named by the outlet's name, known by the questions.
    [InlineData(OutletNamedInterviewer, "brigade", Voice.Quotation)]
    [InlineData(OutletNamedInterviewer, "Mr Tkach", Voice.Outlet)]
    [InlineData("Q: Who ordered the strike?\n\nA: The brigade commander.\n\nQ: And the court?\n\nA: It is gathering information.", "brigade", Voice.Quotation)]
    // Three turns, and so exactly three colons in the text: the fewest a transcript has (fewer: no transcript search).
    [InlineData("HOST: What happened at the shelter?\n\nWITNESS: The roof collapsed at dawn.\n\nHOST: And what did the rescuers do after that?", "collapsed", Voice.Quotation)]
    // A correspondent's report and a resident's words in a broadcast.
    [InlineData(Broadcast, "drone", Voice.Outlet)]
    [InlineData(Broadcast, "buzzing", Voice.Quotation)]
    // No transcript: headings in capitals with no interviewer, or a single label.
    [InlineData("THE STORY: Troops entered the village.\n\nWHAT'S DISPUTED: Moscow denies everything.\n\nTHE WIRES: Reuters has the details.", "denies", Voice.Outlet)]
    [InlineData("UPDATE: The ministry confirmed the strike.\n\nThe strike hit the station at dawn.\n\nThe toll rose overnight.", "confirmed", Voice.Outlet)]
    public void Transcript_turns(string paragraphs, string word, Voice expected) =>
        Assert.Equal(expected, VoiceOf(Analyze("A headline for the story\n\n" + paragraphs.Replace("\\n", "\n")), word));
    /// <summary>In an ASCII text the opening single marks are read from the apostrophes' bitmap of the character pass
    /// (<c>MarkBits</c>); in any other text they are searched for. A non-ASCII paragraph added at the end sends the same
    /// first paragraph down the search path: its quotations and scare quotes must be the same, wherever the marks fall
    /// among the bitmap's 64-character blocks. The character pass tells an ASCII text only with 512-bit vectors (the
    /// machines the suite runs on have them); without, both texts take the search path and this compares it with itself.</summary>
    [Fact]
    public void Single_quote_pairs_are_the_same_read_from_the_apostrophe_bitmap_or_searched_for()
    {
        var random = new Random(22);
        string[] words = ["the", "ministry", "Russia's", "troops", "said", "it's", "'atrocities'", "'war crimes'", "a", "(", "'", "-",
            "villagers'", "said:", "'We", "will", "win.'", "o'clock", "'staged'", "Kyiv", "rock 'n' roll", "\"genocide\""];
        for (var n = 0; n < 300; n++)
        {
            var body = string.Join(" ", Enumerable.Range(0, random.Next(3, 60)).Select(_ => words[random.Next(words.Length)])) + ".";
            var ascii = Analyze("A headline\n\n" + body);
            var other = Analyze("A headline\n\n" + body + "\n\nCafé au lait, the reporter’s notes.");
            var end = ascii.Text.Length;
            Assert.Equal(ascii.Quotations.Where(q => q.Start < end).Select(q => (q.Start, q.End)),
                other.Quotations.Where(q => q.Start < end).Select(q => (q.Start, q.End)));
            Assert.Equal(ascii.ScareQuotes.Where(q => q.Start < end), other.ScareQuotes.Where(q => q.Start < end));
        }
    }
}
