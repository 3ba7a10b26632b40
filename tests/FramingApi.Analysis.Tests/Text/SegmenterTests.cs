using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text;

public class SegmenterTests
{
    public static TheoryData<string, string, SegmentKind> SeedLines => new()
    {
        { "000", "Biden Orders Admin to Share Evidence of Alleged Russian War Crimes with ICC", SegmentKind.Headline },
        { "000", "by | Jul 26, 2023", SegmentKind.Boilerplate },
        { "000", "biden and the icc", SegmentKind.Boilerplate },
        { "000", "President Joe Biden has ordered his administration", SegmentKind.Lead },
        { "000", "In contrast to the National Security Council", SegmentKind.Body },
        { "000", "About Connor Freeman", SegmentKind.Boilerplate },
        { "000", "Connor Freeman is the assistant editor", SegmentKind.Boilerplate },
        { "000", "Our Books", SegmentKind.Boilerplate },
        { "000", "latest book lineup.", SegmentKind.Boilerplate },
        { "000", "Related Articles", SegmentKind.Boilerplate },
        { "001", "US to Cooperate with Hague on Russia War Crimes", SegmentKind.Headline },
        { "001", "President Biden has quietly ordered", SegmentKind.Lead },
        { "001", "I wrote about this extensively", SegmentKind.Body },
        { "001", "FILED UNDER:", SegmentKind.Boilerplate },
        { "001", "James Joyner", SegmentKind.Boilerplate },
        { "001", "About James Joyner", SegmentKind.Boilerplate },
        { "001", "James Joyner is Professor", SegmentKind.Boilerplate },
        { "001", "1. steve says:", SegmentKind.Comments },
        { "001", "2. Rick S says:", SegmentKind.Comments },
        { "001", "3. Daryl says:", SegmentKind.Comments },
        { "001", "4. OzarkHillbilly says:", SegmentKind.Comments },
        { "001", "@steve: I am currently reading", SegmentKind.Comments },
        { "002", "Subscribe", SegmentKind.Boilerplate },
        { "002", "U.S. Secretary of State Antony Blinken at the State Department in Washington, D.C. on March 30, 2021.", SegmentKind.Boilerplate },
        { "002", "WASHINGTON (Tribune News Service)", SegmentKind.Lead },
        { "002", "Russian forces have been accused", SegmentKind.Body },
        { "002", "©2023 Bloomberg L.P.", SegmentKind.Boilerplate },
        { "002", "Visit bloomberg.com", SegmentKind.Boilerplate },
        { "002", "Distributed by Tribune Content Agency, LLC.", SegmentKind.Boilerplate },
        { "002", "Sign Up for Daily Headlines", SegmentKind.Boilerplate },
        { "002", "Sign up to receive a daily email", SegmentKind.Boilerplate },
        { "002", "Sign Up Now", SegmentKind.Boilerplate },
        { "003", "President Joe Biden has quietly ordered", SegmentKind.Lead },
        { "003", "The Pentagon press office", SegmentKind.Body },
        { "004", "United States President Joe Biden has ordered", SegmentKind.Lead },
        { "004", "US To Share Evidence of Russian War Crimes in Ukraine", SegmentKind.Body },
        { "004", "Tense Relations", SegmentKind.Body },
        { "004", "Related Article: US House Committee", SegmentKind.Boilerplate },
    };

    [Theory]
    [MemberData(nameof(SeedLines))]
    public void Seed_lines_get_their_kind(string file, string line, SegmentKind expected)
    {
        var text = Seeds.Segmented(file);
        var kinds = text.Segments.Where(s => text.Slice(s).StartsWith(line, StringComparison.Ordinal))
            .Select(s => s.Kind).Distinct().ToList();
        Assert.Equal([expected], kinds);
    }

    [Fact]
    public void Both_copies_of_the_file_002_caption_are_boilerplate()
    {
        var text = Seeds.Segmented("002");
        var captions = text.Segments.Where(s => text.Slice(s).StartsWith("U.S. Secretary of State")).ToList();
        Assert.Equal(2, captions.Count);
        Assert.EndsWith("(Mandel Ngan/POOL/AFP via Getty Images/TNS)", text.Slice(captions[1]));
        Assert.All(captions, c => Assert.Equal(SegmentKind.Boilerplate, c.Kind));
    }

    [Fact]
    public void File_000_repeats_its_headline_and_both_copies_are_headline()
    {
        var text = Seeds.Segmented("000");
        var headlines = text.Segments.Where(s => s.Kind == SegmentKind.Headline).Select(text.Slice).ToList();
        Assert.Equal(2, headlines.Count);
        Assert.All(headlines, h => Assert.Equal(
            "Biden Orders Admin to Share Evidence of Alleged Russian War Crimes with ICC", h));
    }

    [Fact]
    public void File_001_has_four_numbered_comments_and_everything_after_the_first_is_comments()
    {
        var text = Seeds.Segmented("001");
        var first = text.Segments.ToList().FindIndex(s => text.Slice(s) == "1. steve says:");
        Assert.True(first > 0);
        Assert.All(text.Segments.Skip(first), s => Assert.Equal(SegmentKind.Comments, s.Kind));
        Assert.All(text.Segments.Take(first), s => Assert.NotEqual(SegmentKind.Comments, s.Kind));
        Assert.Equal(4, text.Segments.Count(s => text.Slice(s).EndsWith(" says:")));
    }

    [Theory]
    [InlineData("003")]
    [InlineData("004")]
    public void Files_without_a_headline_start_with_the_lead(string file)
    {
        var text = Seeds.Segmented(file);
        Assert.Equal(SegmentKind.Lead, text.Segments[0].Kind);
        Assert.DoesNotContain(text.Segments, s => s.Kind == SegmentKind.Headline);
        Assert.Single(text.Segments, s => s.Kind == SegmentKind.Lead);
    }

    [Theory]
    [MemberData(nameof(Seeds.Ids), MemberType = typeof(Seeds))]
    public void Segments_cover_every_non_blank_line_exactly(string file)
    {
        var text = Seeds.Segmented(file);
        AssertCoversEveryLine(text.Text, text.Segments);
    }

    internal static void AssertCoversEveryLine(string text, IReadOnlyList<Segment> segments)
    {
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var s in segments)
        {
            Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length, $"bad segment {s}");
            Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), "segments are trimmed");
            for (var i = s.Start; i < s.End; i++) covered[i] = true;
            previousEnd = s.End;
        }
        for (var i = 0; i < text.Length; i++)
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} '{text[i]}' is in no segment");
    }

    const string MadeUpArticle = """
        Council Votes to Close the Old Harbour Bridge

        Photo: the bridge at dawn

        The city council voted on Tuesday to close the Old Harbour Bridge to cars from next spring, ending a decade of argument about the crumbling structure.

        Engineers said the bridge could carry buses for two more years at most.
        A Long Fight
        Residents have campaigned for a new crossing since 2014.

        Share this:
        Twitter
        Facebook

        Like this:

        12 Comments

        Maria on May 2, 2023 at 10:14 am said:
        About time. The bridge has been falling apart for years.

        Tom K says:
        I will miss it.
        """;

    [Fact]
    public void A_made_up_article_with_share_buttons_and_comments()
    {
        var text = ArticleText.Compose(new ArticleParts(MadeUpArticle));
        Assert.Equal(SegmentKind.Headline, text.KindOf("Council Votes to Close"));
        Assert.Equal(SegmentKind.Boilerplate, text.KindOf("Photo: the bridge at dawn"));
        Assert.Equal(SegmentKind.Lead, text.KindOf("The city council voted"));
        Assert.Equal(SegmentKind.Body, text.KindOf("Engineers said"));
        Assert.Equal(SegmentKind.Body, text.KindOf("A Long Fight"));
        Assert.Equal(SegmentKind.Body, text.KindOf("Residents have campaigned"));
        Assert.Equal(SegmentKind.Boilerplate, text.KindOf("Share this:"));
        Assert.Equal(SegmentKind.Boilerplate, text.KindOf("Twitter"));
        Assert.Equal(SegmentKind.Boilerplate, text.KindOf("Facebook"));
        Assert.Equal(SegmentKind.Boilerplate, text.KindOf("12 Comments"));
        Assert.Equal(SegmentKind.Comments, text.KindOf("Maria on May 2, 2023 at 10:14 am said:"));
        Assert.Equal(SegmentKind.Comments, text.KindOf("About time."));
        Assert.Equal(SegmentKind.Comments, text.KindOf("Tom K says:"));
        Assert.Equal(SegmentKind.Comments, text.KindOf("I will miss it."));
        AssertCoversEveryLine(text.Text, text.Segments);
    }

    [Theory]
    [InlineData("1. steve says:", true)]
    [InlineData("Rick S says:", true)]
    [InlineData("OzarkHillbilly says:", true)]
    [InlineData("jane_doe on May 2, 2023 at 10:14 am said:", true)]
    [InlineData("12) Anna Lee said:", true)]
    [InlineData("The spokesperson says:", false)]
    [InlineData("In a statement, the White House said:", false)]
    [InlineData("He says: the court has no jurisdiction.", false)]
    public void Comment_headers(string line, bool expected) =>
        Assert.Equal(expected, Segmenter.IsCommentHeader(line));

    [Theory]
    [InlineData("Share this:", true)]
    [InlineData("Related Articles", true)]
    [InlineData("Related Article: Ten things to know", true)]
    [InlineData("Sign up for our newsletter", true)]
    [InlineData("FILED UNDER: Politics, World", true)]
    [InlineData("Copyright 2024 Example Media", true)]
    [InlineData("(c) 2023 The Daily Example", true)]
    [InlineData("Photos (C) 2021 Example Media", true)]
    [InlineData("The committee (chaired by the mayor) met in 2023 again", false)]
    [InlineData("Distributed by Some Agency", true)]
    [InlineData("Example Media. All rights reserved.", true)]
    [InlineData("ALL RIGHTS RESERVED", true)]
    [InlineData("The seats were reserved, the view over the river was not.", false)]
    [InlineData("Visit example.org", true)]
    [InlineData("By Jane Doe", true)]
    [InlineData("by | Jul 26, 2023", true)]
    [InlineData("Follow Jane on Twitter @jdoe", true)]
    [InlineData("Troops on patrol near the border. (AP Photo/John Smith)", true)]
    [InlineData("Shares of the company fell sharply on Monday.", false)]
    [InlineData("By Wednesday, the court had agreed to hear the case.", false)]
    [InlineData("Related to this, the Pentagon declined to comment on the decision.", false)]
    [InlineData("Officials said the evidence would be shared (via diplomatic channels) soon.", false)]
    // The credit pattern runs from the line's last bracket (speed29): an earlier bracket changes nothing.
    [InlineData("The third brigade (its reserve) moved to the river at dawn. (Photo: Jane Roe/Reuters)", true)]
    [InlineData("The convoy arrived (via the northern road) after the bridge at the river had closed (on Tuesday)", false)]
    [InlineData("Rescuers worked through the night (photograph (courtesy of the city))", false)]
    public void Boilerplate_cues(string line, bool expected) =>
        Assert.Equal(expected, Segmenter.IsBoilerplateCue(line, line.Split(' ').Length));

    /// <summary>One line per alternative of the cue patterns anchored at the line start: each is a cue, and passes
    /// the first-word pre-filter (which must never drop a line a pattern would match).</summary>
    [Theory]
    [InlineData("Subscribe now")]
    [InlineData("Sign in")]
    [InlineData("Click here to read more")]
    [InlineData("Read more")]
    [InlineData("See also")]
    [InlineData("More from Example News")]
    [InlineData("Follow us")]
    [InlineData("Leave a reply")]
    [InlineData("Join the conversation")]
    [InlineData("Skip to content")]
    [InlineData("Listen to this article")]
    [InlineData("Get our daily newsletter")]
    [InlineData("Related stories: Kyiv")]
    [InlineData("SHARE")]
    [InlineData("Tweet this")]
    [InlineData("Print")]
    [InlineData("E-mail")]
    [InlineData("Email this story")]
    [InlineData("Facebook")]
    [InlineData("Twitter")]
    [InlineData("LinkedIn")]
    [InlineData("WhatsApp")]
    [InlineData("Reddit")]
    [InlineData("Pinterest")]
    [InlineData("Advertisement")]
    [InlineData("Sponsored content")]
    [InlineData("Trending now")]
    [InlineData("Recommended for you")]
    [InlineData("Most read")]
    [InlineData("12 comments")]
    [InlineData("Comments")]
    [InlineData("Our books")]
    [InlineData("Newsletters")]
    [InlineData("Register")]
    [InlineData("Log in")]
    [InlineData("Login")]
    [InlineData("Menu")]
    [InlineData("Home")]
    [InlineData("Search")]
    [InlineData("Back to top")]
    [InlineData("Tags: Ukraine, ICC")]
    [InlineData("Topics: war crimes")]
    [InlineData("Filed under: World")]
    [InlineData("Posted in: News")]
    [InlineData("Categories: World")]
    [InlineData("Distributed by Tribune Content Agency")]
    [InlineData("Copyright Example Media")]
    [InlineData("Photo by Jane Doe")]
    [InlineData("Image courtesy of the ministry")]
    [InlineData("Picture by Jane Doe")]
    [InlineData("Photograph credit Jane Doe")]
    [InlineData("Credit: Reuters")]
    [InlineData("Visit www.example.org")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("Posted by |")]
    [InlineData("Written by")]
    [InlineData("Published: March 3, 2023")]
    [InlineData("Updated Jan. 5, 2024")]
    [InlineData("Last updated: Sept 9, 2023")]
    [InlineData("On Monday, June 5, 2023")]
    [InlineData("Tuesday, July 4, 2023")]
    [InlineData("February 24, 2022")]
    [InlineData("Dec 1, 2023")]
    [InlineData("Follow Jane Doe on Bluesky")]
    public void Anchored_cues_pass_the_first_word_filter(string line)
    {
        Assert.True(Segmenter.MayStartCue(line));
        Assert.True(Segmenter.IsBoilerplateCue(line, line.Split(' ').Length));
    }

    [Theory]
    [InlineData("The Fulton County Grand Jury said Friday an investigation produced no evidence.")]
    [InlineData("Shares of the company fell sharply on Monday.")]
    [InlineData("\"We will win,\" he said.")]
    [InlineData("Russian forces shelled the city overnight.")]
    public void Prose_lines_skip_the_anchored_cues(string line) => Assert.False(Segmenter.MayStartCue(line));

    [Fact]
    public void A_known_headline_is_not_detected_again_but_its_repeat_is_headline()
    {
        const string body = "Short Title Like Line\n\nThe council voted on Tuesday to close the bridge to cars from next spring, ending years of argument.\n\nMy Headline";
        var text = ArticleText.Compose(new ArticleParts(body, Headline: "My  headline"));
        Assert.StartsWith("My  headline\n\n", text.Text);
        var headlines = text.Segments.Where(s => s.Kind == SegmentKind.Headline).Select(text.Slice).ToList();
        Assert.Equal(["My  headline", "My Headline"], headlines);
        Assert.NotEqual(SegmentKind.Headline, text.KindOf("Short Title Like Line"));
    }

    [Fact]
    public void Compose_does_not_repeat_a_headline_the_body_starts_with()
    {
        const string body = "Council  votes to close bridge\nThe council voted on Tuesday to close the bridge to cars from next spring, ending years of argument.";
        var text = ArticleText.Compose(new ArticleParts(body, Headline: "council votes to close BRIDGE"));
        Assert.Equal(body, text.Text);
        Assert.Equal(SegmentKind.Headline, text.Segments[0].Kind);
        Assert.Equal(SegmentKind.Lead, text.Segments[1].Kind);
    }

    [Fact]
    public void Compose_appends_explicit_comments_and_boilerplate_with_their_kind()
    {
        var parts = new ArticleParts(
            "The council voted on Tuesday to close the bridge to cars from next spring, ending years of argument.",
            Headline: "Bridge to close",
            Comments: ["  Great news!  ", "", "Not for drivers."],
            Boilerplate: ["© 2024 Example"]);
        var text = ArticleText.Compose(parts);
        Assert.Equal(
            "Bridge to close\n\nThe council voted on Tuesday to close the bridge to cars from next spring, ending years of argument.\n\nGreat news!\n\nNot for drivers.\n\n© 2024 Example",
            text.Text);
        Assert.Equal(
            [SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Comments, SegmentKind.Comments, SegmentKind.Boilerplate],
            text.Segments.Select(s => s.Kind));
        Assert.Equal(["Bridge to close", "Great news!", "Not for drivers.", "© 2024 Example"],
            text.Segments.Where(s => s.Kind != SegmentKind.Lead).Select(text.Slice));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \r\n")]
    public void Empty_or_blank_text_has_no_segments(string body) =>
        Assert.Empty(ArticleText.Compose(new ArticleParts(body)).Segments);

    [Fact]
    public void Control_characters_and_a_huge_word_do_not_break_segmentation()
    {
        var body = "Title\u0001 Line\n\n\u0000\u0007\u001b\n" + new string('x', 1_000_000) + "\nEnd of\u0008 text.";
        var text = ArticleText.Compose(new ArticleParts(body));
        AssertCoversEveryLine(text.Text, text.Segments);
        Assert.Contains(text.Segments, s => s.Length == 1_000_000);
    }

    [Fact]
    public void Segment_rejects_a_range_outside_the_text() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Segmenter.Segment("abc", 2, 5));
}
