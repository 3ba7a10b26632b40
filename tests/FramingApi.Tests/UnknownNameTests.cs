using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Every parameter or field that takes one of a closed set of names refuses any other in one wording, whatever the
/// endpoint: "Unknown &lt;field&gt; '&lt;value&gt;': must be a, b or c.", the value echoed as sent and, when it is a name but
/// for its case, the name written as it should be. Before, about ten of them said only "Must be 'json' or 'csv'."
/// (or "Must be one of: …") without the value, and the differences' metric lacked the case hint. One case per
/// endpoint family; a from after its to echoes both values.
/// </summary>
public sealed class UnknownNameTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Story = "biden-icc-evidence-2023";

    async Task AssertRefusedAsync(HttpResponseMessage response, string field, string expected)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.Equal(expected, problem.ErrorMessages(field));
    }

    [Theory]
    // Validation: the report's format and part, the sample's unit, format, stratify and allocation.
    [InlineData("/api/validation/sets/1/report?format=xml", "format", "Unknown format 'xml': must be json or csv.")]
    [InlineData("/api/validation/sets/1/report?format=csv&part=Measures", "part",
        "Unknown part 'Measures': must be measures or disagreements. Names are lower case: 'measures'.")]
    [InlineData("/api/validation/sample?unit=Claim&story=" + Story, "unit",
        "Unknown unit 'Claim': must be claim, sentence or article. Names are lower case: 'claim'.")]
    [InlineData("/api/validation/sample?unit=claim&format=CSV&story=" + Story, "format",
        "Unknown format 'CSV': must be json or csv. Names are lower case: 'csv'.")]
    [InlineData("/api/validation/sample?unit=claim&stratify=outlet&story=" + Story, "stratify",
        "Unknown stratify 'outlet': must be source. Leave it out for a sample that is not stratified.")]
    [InlineData("/api/validation/sample?unit=claim&stratify=source&allocation=even&story=" + Story, "allocation",
        "Unknown allocation 'even': must be proportional or equal.")]
    // Lexicons and their jobs.
    [InlineData("/api/lexicons/claims/export?format=xml", "format", "Unknown format 'xml': must be json or dic.")]
    [InlineData("/api/jobs?status=done", "status", "Unknown status 'done': must be queued, running, succeeded, failed or superseded.")]
    // A comparison's evidence: kind, framing, voice, attribution.
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&kind=custom", "kind",
        "Unknown kind 'custom': must be topics, claims, sourcing or loaded.")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&framing=Hedged", "framing",
        "Unknown framing 'Hedged': must be asserted, hedged, attributed or denied. Names are lower case: 'hedged'.")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&voice=outlets", "voice",
        "Unknown voice 'outlets': must be outlet, quotation, comments or article.")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&attribution=Named", "attribution",
        "Unknown attribution 'Named': must be named, anonymous or unresolved. Names are lower case: 'named'.")]
    // The differences: the metric gains the case hint; the voice.
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=Hedged_Share", "metric",
        "Unknown metric 'Hedged_Share': must be hedged_share, attributed_share, denied_share, asserted_share, anonymous_share, "
        + "loaded_per_1000, topic_coverage, topic_emphasis, topic_sentence_share or category_rate. Names are lower case: 'hedged_share'.")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&voice=comments", "voice",
        "Unknown voice 'comments': must be outlet, quotation or article.")]
    // An article's analysis.
    [InlineData("/api/articles/1/analysis?voice=Outlet", "voice",
        "Unknown voice 'Outlet': must be outlet, quotation, comments or article. Names are lower case: 'outlet'.")]
    // The comparisons' format, and the time series' interval, in the same words as all the others.
    [InlineData($"/api/stories/{Story}/comparison?format=XML", "format", "Unknown format 'XML': must be json or csv.")]
    [InlineData("/api/timeseries?sources=hngn&from=2023-07-20&to=2023-07-31&metric=articles&interval=Week", "interval",
        "Unknown interval 'Week': must be day, week or month. Names are lower case: 'week'.")]
    public async Task A_name_outside_its_set_is_echoed_beside_the_names_accepted(string url, string field, string expected) =>
        await AssertRefusedAsync(await _client.GetAsync(url), field, expected);

    [Fact]
    public async Task A_lexicon_import_of_an_unknown_kind_echoes_it()
    {
        var response = await _client.PostAsync("/api/lexicons/import?name=kind-echo&kind=Custom",
            new StringContent("%\n1\tharm\n%\nhurt*\t1\n", Encoding.UTF8, "text/plain"));
        await AssertRefusedAsync(response, "kind",
            "Unknown kind 'Custom': must be claims, sourcing, loaded, topics or custom. Names are lower case: 'custom'.");
    }

    [Fact]
    public async Task A_source_of_an_unknown_kind_echoes_it()
    {
        var response = await _client.PostJsonAsync("/api/sources", new { slug = "kind-echo-wire", name = "Kind Echo Wire", kind = "Wire" });
        await AssertRefusedAsync(response, "kind",
            "Unknown kind 'Wire': must be wire, newspaper, broadcaster, magazine, blog, think-tank, state-media, aggregator, "
            + "syndicated-copy or unknown. Names are lower case: 'wire'.");
    }

    [Theory]
    [InlineData("/api/articles?from=2023-08-01&to=2023-07-01", "Must not be after to: from '2023-08-01' is after to '2023-07-01'.")]
    [InlineData("/api/timeseries?sources=hngn&metric=articles&from=2023-07-31T12:00:00Z&to=2023-07-31T10:00:00Z",
        "Must not be after to: from '2023-07-31T12:00:00Z' is after to '2023-07-31T10:00:00Z'.")]
    public async Task A_from_after_its_to_echoes_both(string url, string expected) =>
        await AssertRefusedAsync(await _client.GetAsync(url), "from", expected);

    [Theory]
    [InlineData($"/api/stories/{Story}/comparison?topic=Bucha", "topic", "Unknown topic 'Bucha'. Known: ")]
    [InlineData("/api/timeseries?sources=hngn&from=2023-07-20&to=2023-07-31&metric=topic_coverage&topic=BUCHA", "topic",
        "Unknown topic key 'BUCHA'. Known: ")]
    public async Task A_lexicon_key_outside_the_store_lists_the_keys_and_names_the_one_meant_but_for_case(
        string url, string field, string start)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.ErrorMessages(field);
        Assert.StartsWith(start, message);
        Assert.Contains("bucha", message[start.Length..].Split(". Names are")[0].Split(", "));
        Assert.EndsWith(". Names are lower case: 'bucha'.", message);
    }

    [Fact]
    public async Task Too_many_buckets_echoes_the_range_as_sent()
    {
        var response = await _client.GetAsync("/api/timeseries?sources=hngn&metric=articles&from=2020-01-01&to=2023-07-31");
        var message = (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages("interval");
        Assert.Equal("From '2020-01-01' to '2023-07-31' makes 1,308 day buckets; at most 1,000: choose a longer interval or a shorter range.",
            message);
    }
}
