using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Wave 21 (user22): the API as a researcher meets it — a readable lexicon download, one 400 naming every wrong
/// parameter of a time series, and values echoed in messages that can be read back whatever they hold.
/// </summary>
public sealed class ResearcherInputTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Range = "from=2023-07-20&to=2023-07-31";

    /// <summary>
    /// The export is a file a researcher opens in an editor: "+" and quotes as themselves, not \u002B and \u0022. It is
    /// safe to leave '&lt;', '&gt;', '&amp;' and '\'' unescaped here because the export is an attachment of type
    /// application/json (Content-Disposition: attachment), which a browser saves rather than renders, and it is never
    /// embedded in an HTML page (ASP.NET Core writes every JSON answer of the API with the same relaxed encoder, for
    /// the same reason). The relaxed writer options are the download's own: the library's lexicon serializer, which
    /// a program may embed in a page, keeps its HTML-safe escaping (asserted below).
    /// </summary>
    [Fact]
    public async Task The_lexicon_export_is_readable_json_and_the_library_serializer_stays_html_safe()
    {
        const string description = "Harm + care, \"quoted\" <b>bold</b> & it's café";
        var created = await _client.PostJsonAsync("/api/lexicons", new
        {
            name = "readable-export", kind = "custom", description,
            categories = new[] { new { key = "harm", description = "a + b \"c\"" } },
            entries = new[] { new { term = "harm*", categories = new[] { "harm" } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var export = await _client.GetAsync("/api/lexicons/readable-export/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var text = await export.Content.ReadAsStringAsync();
        Assert.Contains("\"description\": \"Harm + care, \\\"quoted\\\" <b>bold</b> & it's café\"", text);
        Assert.Contains("\"description\": \"a + b \\\"c\\\"\"", text);
        Assert.DoesNotContain("\\u", text);
        // Still the same lexicon when read back, and indented as before.
        var read = LexiconJson.Parse(text);
        Assert.Equal(description, read.Description);
        Assert.Equal("a + b \"c\"", read.Categories[0].Description);
        Assert.Contains("\n  \"kind\": \"custom\"", text.Replace("\r\n", "\n"));

        var library = LexiconJson.Write(read);
        Assert.Contains("\\u003Cb\\u003E", library);
        Assert.DoesNotContain("<b>", library);
    }

    [Fact]
    public async Task A_series_with_an_unknown_lexicon_and_no_category_names_both()
    {
        var problem = await (await _client.GetAsync($"/api/timeseries?sources=hngn&{Range}&metric=category_per_1000&lexicon=nope"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["category", "lexicon"], problem.ErrorFields().Order(StringComparer.Ordinal));
        var lexicon = problem.ErrorMessages("lexicon");
        Assert.StartsWith("Unknown lexicon 'nope'. Known: ", lexicon);
        Assert.Contains("loaded", lexicon);
        Assert.StartsWith("Required with metric=category_per_1000.", problem.ErrorMessages("category"));
    }

    [Theory]
    // A typo in a source is named beside a wrong metric, not only once the metric is right.
    [InlineData($"/api/timeseries?sources=hngnn&{Range}&metric=bogus", "metric", "sources")]
    [InlineData($"/api/timeseries?sources=hngnn&{Range}&metric=topic_coverage&topic=nope", "sources", "topic")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=articles&story=nope&interval=hour", "interval", "story")]
    [InlineData($"/api/attention?sources=hngnn&{Range}&q=the%20of", "q", "sources")]
    // The sources comparisons and their differences likewise.
    [InlineData("/api/comparisons/sources/differences?sources=hngnn&from=2023-07-01&to=2023-07-31&metric=bogus", "metric", "sources")]
    [InlineData("/api/comparisons/sources?sources=hngnn&from=2023-07-01&to=2023-07-31&topic=nope", "sources", "topic")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-07-01&to=2023-07-31&story=nope&lexicon=nope", "lexicon", "story")]
    // A parameter the metric does not take is named once, not looked up as well.
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=articles&topic=nope&lexicon=nope", "lexicon", "topic")]
    public async Task A_series_names_every_wrong_parameter_at_once(string url, string first, string second)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([first, second], problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.All(problem["errors"]!.AsObject(), e => Assert.Single(e.Value!.AsArray()));
    }

    [Theory]
    [InlineData("bbc-news", "'bbc-news'")]
    [InlineData("o'brien", @"'o\'brien'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("a\nb\tc\r", @"'a\nb\tc\r'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("evil\u202Etxt", @"'evil\u202Etxt'")]
    [InlineData("café 😀", "'café 😀'")]
    [InlineData("", "''")]
    public void An_echoed_value_reads_back_unambiguously(string value, string echoed) => Assert.Equal(echoed, Echo.Quote(value));

    [Fact]
    public void An_unpaired_surrogate_is_echoed_as_its_code()
    {
        Assert.Equal(@"'lone \uD800'", Echo.Quote("lone \ud800"));
        Assert.Equal(@"'\uDC00x'", Echo.Quote("\udc00x"));
    }

    [Theory]
    [InlineData("/api/lexicons/o'brien", "detail", @"No lexicon 'o\'brien'.")]
    [InlineData("/api/lexicons/a%0Ab/export", "detail", @"No lexicon 'a\nb'.")]
    [InlineData("/api/lexicons/nope", "detail", "No lexicon 'nope'.")]
    [InlineData("/api/sources/it's", "detail", @"No source 'it\'s'.")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=topic_coverage&topic=it's", "topic", @"Unknown topic key 'it\'s'.")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=hedged_share&target=x'y", "target", @"Unknown claim target 'x\'y'.")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison?topic=it's", "topic", @"Unknown topic 'it\'s'.")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/differences?metric=it's", "metric", @"Unknown metric 'it\'s': must be")]
    public async Task Messages_echo_a_quote_or_control_character_escaped(string url, string where, string expected)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url}: {(int)response.StatusCode} {body}");
        var problem = JsonNode.Parse(body)!;
        var message = where == "detail" ? problem["detail"]!.GetValue<string>() : problem.ErrorMessages(where);
        Assert.StartsWith(expected, message);
    }

    /// <summary>A refused Content-Type is echoed as every other value is, and a missing one is said to be missing,
    /// never quoted as if a client had sent the word "(none)".</summary>
    [Theory]
    [InlineData("/api/analyze", "text/plain; x=\"it's\"", @"got 'text/plain; x=""it\'s""': set the Content-Type header.")]
    [InlineData("/api/articles", "text/plain", "got 'text/plain': set the Content-Type header.")]
    [InlineData("/api/articles/bulk", null, "(got no Content-Type).")]
    [InlineData("/api/analyze", null, "or application/xhtml+xml); got no Content-Type.")]
    public async Task A_refused_content_type_is_echoed_as_other_values_are(string url, string? contentType, string expected)
    {
        using var content = new ByteArrayContent("{}"u8.ToArray());
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await _client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = JsonNode.Parse(body)!["detail"]!.GetValue<string>();
        Assert.True(detail.EndsWith(expected, StringComparison.Ordinal), detail);
    }

    /// <summary>Every filter's from and to reads ISO 8601 only: a time without its zone, a day and month that could be
    /// swapped, a month alone, a '+' that the URL turned into a space — each a 400 naming the parameter.</summary>
    [Theory]
    [InlineData("/api/articles?from=2023-07-26T10:00:00", "from", "has no time zone")]
    [InlineData("/api/articles?to=03/04/2023", "to", "could be read either way")]
    [InlineData("/api/articles/export?from=2023-07", "from", "'2023-07' is not one.")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-07-01T00:00&to=2023-07-31", "from", "has no time zone")]
    [InlineData("/api/comparisons/sources/differences?sources=hngn&from=2023-07-01&to=07/31/2023&metric=anonymous_share", "to", "could be read either way")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&from=2023-07-01T00:00:00 02:00", "from", "a '+' in a URL reads as a space")]
    [InlineData($"/api/timeseries?sources=hngn&from=2023-07-20T00:00:00&to=2023-07-31&metric=articles", "from", "has no time zone")]
    [InlineData($"/api/attention?sources=hngn&from=2023-07-20&to=Jul%2031%202023&q=cluster", "to", "is not one.")]
    [InlineData("/api/validation/sample?sources=hngn&from=2023-07-20T00:00&to=2023-07-31&unit=article", "from", "has no time zone")]
    public async Task A_date_bound_that_could_be_read_otherwise_is_a_400_saying_what_to_write(string url, string field, string says)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
        var message = problem.ErrorMessages(field);
        Assert.StartsWith("Must be a date (2023-07-26) or an ISO 8601 time with its offset", message);
        Assert.Contains(says, message);
    }

    [Theory]
    [InlineData("/api/articles?from=2023-07-26T10:00:00Z")]
    [InlineData("/api/articles?from=2023-07-26T12:00:00%2B02:00")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-07-01T00:00:00Z&to=2023-07-31")]
    public async Task A_time_with_its_offset_is_read(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);

    /// <summary>An empty body is "Required: send the request body as JSON." on every JSON endpoint, as the binder already
    /// said it of some (the others answered the reader's "The input does not contain any JSON tokens … isFinalBlock").</summary>
    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/analyze")]
    [InlineData("/api/lexicons")]
    [InlineData("/api/lexicons/claims/versions")]
    [InlineData("/api/sources")]
    [InlineData("/api/stories")]
    [InlineData("/api/validation/sets")]
    public async Task An_empty_body_is_a_400_asking_for_the_body(string url)
    {
        foreach (var body in new[] { "", "  \n" })
        {
            var problem = await (await _client.PostRawJsonAsync(url, body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("Required: send the request body as JSON.", problem.ErrorMessages("body"));
            // A missing body, not a malformed one: no "Malformed request body … could not be read at 'body' (line 1, byte 0)".
            Assert.NotEqual("Malformed request body", problem["title"]!.GetValue<string>());
            Assert.DoesNotContain("could not be read", problem["detail"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("/api/articles?page=99999999999", "page", "Out of range: '99999999999' is beyond any value this parameter takes.")]
    [InlineData("/api/articles?page_size=99999999999", "page_size", "Out of range: '99999999999' is beyond any value this parameter takes.")]
    [InlineData("/api/articles?page_size=100000", "page_size", "Must be between 1 and 200.")]
    [InlineData("/api/articles?page_size=0", "page_size", "Must be between 1 and 200.")]
    [InlineData("/api/articles/1/analysis?id=2", "id", "Unknown query parameter: this endpoint takes category, lexicon, voice.")]
    [InlineData("/api/articles/1/analysis?evidence_limit=5", "evidence_limit", "Unknown query parameter: this endpoint takes category, lexicon, voice.")]
    [InlineData("/api/lexicons/claims?name=topics", "name", "Unknown query parameter: this endpoint takes version.")]
    [InlineData("/api/validation/sample?story=biden-icc-evidence-2023&unit=sentence&n=100000", "n", "Must be between 1 and 1,000.")]
    public async Task A_query_value_out_of_range_or_out_of_place_is_named(string url, string field, string message)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.ErrorMessages(field));
    }
}
