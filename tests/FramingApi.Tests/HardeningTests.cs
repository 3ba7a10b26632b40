using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// The defects issue 13 found by attacking the API, one test each: every one answered 500 (or accepted what it should
/// not) before, and is now a 4xx problem that names the field and writes nothing.
/// </summary>
public sealed class HardeningTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    readonly HttpClient _client = api.Client();

    async Task<IReadOnlyDictionary<string, long>> RowsAsync()
    {
        await using var conn = await api.OpenDatabaseAsync();
        return await RowCounts.ReadAsync(conn);
    }

    async Task AssertNothingWrittenAsync(IReadOnlyDictionary<string, long> before)
    {
        var changed = RowCounts.Differences(before, await RowsAsync());
        Assert.True(changed.Count == 0, "A rejected request wrote rows: " + string.Join(", ", changed));
    }

    static async Task AssertInvalidAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await response.ProblemAsync(status);
        Assert.True(problem.ErrorFields().Contains(field), $"The problem should name '{field}': {problem.ToJsonString()}");
    }

    // Defect 1: the end of the day 9999-12-31 overflowed.
    [Theory]
    [InlineData("/api/articles?to=9999-12-31", "to")]
    [InlineData("/api/articles?from=0001-01-01", "from")]
    [InlineData("/api/comparisons/sources?sources=hngn&to=9999-12-31", "to")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&to=9999-12-31", "to")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&from=2201-01-01T00:00:00Z", "from")]
    public async Task Dates_out_of_range_are_400_naming_the_parameter(string url, string field) =>
        await AssertInvalidAsync(await _client.GetAsync(url), field);

    [Fact]
    public async Task The_last_day_of_the_range_is_still_a_valid_bound() =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/articles?from=1800-01-01&to=2200-12-31")).StatusCode);

    // Defect 2: a NUL in a query parameter reached PostgreSQL (error 22021).
    [Theory]
    [InlineData("/api/articles/2/analysis?lexicon=%00", "lexicon")]
    [InlineData("/api/articles/2/analysis?category=a%00b", "category")]
    [InlineData($"/api/stories/{Story}/comparison?topic=%00", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&target=%00", "target")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&actor=%00", "actor")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&actor=%00", "actor")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&category=%01", "category")]
    [InlineData("/api/stories/%01", "slug")]
    [InlineData("/api/lexicons/topics%01/export", "name")]
    public async Task Control_characters_in_query_and_route_values_are_400_naming_the_parameter(string url, string field) =>
        await AssertInvalidAsync(await _client.GetAsync(url), field);

    [Theory]
    [InlineData("/api/analyze", """{"text": "Officials said so.", "lexicon": "\u0000"}""", "lexicon")]
    [InlineData("/api/articles", """{"text": "Officials said so.", "comments": ["fine", "bad \u0000"]}""", "comments[1]")]
    [InlineData("/api/lexicons", """{"name": "nul-description", "kind": "custom", "description": "a\u0000b", "categories": [{"key": "a"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "description")]
    [InlineData("/api/lexicons", """{"name": "nul-category", "kind": "custom", "categories": [{"key": "a", "description": "\u0000"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "categories[0].description")]
    [InlineData("/api/lexicons", """{"name": "nul-key", "kind": "custom", "categories": [{"key": "a\u0000"}], "entries": [{"term": "x", "categories": ["a\u0000"]}]}""", "categories[0].key")]
    [InlineData("/api/lexicons/topics/versions", """{"kind": "topics", "description": "\u0007", "categories": [{"key": "a"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "description")]
    public async Task Control_characters_in_bodies_are_400_naming_the_field_and_write_nothing(string url, string body, string field)
    {
        var before = await RowsAsync();
        await AssertInvalidAsync(await _client.PostRawJsonAsync(url, body), field);
        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task A_control_character_in_a_dic_label_is_400_and_writes_nothing()
    {
        var before = await RowsAsync();
        var dic = "%\n1\tcare\u0000ful\n%\nprotect*\t1\n";
        var response = await _client.PostAsync("/api/lexicons/import?name=nul-label", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorFields());
        await AssertNothingWrittenAsync(before);
    }

    // Defect 3: a new version was parsed with JsonNode first, which threw on these (500) where a new lexicon got 400.
    [Theory]
    [InlineData("""{"kind": "custom", "description": "lone \ud800 surrogate", "categories": [{"key": "a"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "description")]
    [InlineData("""{"kind": "custom", "kind": "custom", "categories": [{"key": "a"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "kind")]
    [InlineData("""{"kind": "custom", "categories": [{"key": "a", "key": "b"}], "entries": [{"term": "x", "categories": ["a"]}]}""", "categories[0].key")]
    public async Task A_new_version_is_parsed_as_a_new_lexicon_is(string body, string field)
    {
        var created = await _client.PostRawJsonAsync("/api/lexicons",
            """{"name": "same-parse", "kind": "custom", "categories": [{"key": "a"}], "entries": [{"term": "y", "categories": ["a"]}]}""");
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        var before = await RowsAsync();

        var asVersion = await (await _client.PostRawJsonAsync("/api/lexicons/same-parse/versions", body)).ProblemAsync(HttpStatusCode.BadRequest);
        var asLexicon = await (await _client.PostRawJsonAsync("/api/lexicons", body.Insert(1, "\"name\": \"fresh-one\", "))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, asVersion.ErrorFields());
        Assert.Equal(asLexicon["errors"]![field]!.ToJsonString(), asVersion["errors"]![field]!.ToJsonString());
        await AssertNothingWrittenAsync(before);
    }

    // Defect 5: a 20 MB description was accepted; the list of lexicons was not paged.
    [Fact]
    public async Task A_lexicon_description_over_its_limit_is_400()
    {
        var before = await RowsAsync();
        var body = new
        {
            name = "long-description", kind = "custom", description = new string('d', 10_001),
            categories = new[] { new { key = "a", description = new string('c', 2_001) } },
            entries = new[] { new { term = "x", categories = new[] { "a" } } },
        };
        var problem = await (await _client.PostJsonAsync("/api/lexicons", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("description", problem.ErrorFields());
        Assert.Contains("categories[0].description", problem.ErrorFields());
        await AssertNothingWrittenAsync(before);
    }

    [Fact]
    public async Task The_lexicons_are_listed_a_page_at_a_time()
    {
        var first = await (await _client.GetAsync("/api/lexicons?page_size=2")).JsonAsync();
        var second = await (await _client.GetAsync("/api/lexicons?page_size=2&page=2")).JsonAsync();
        var total = first["total"]!.GetValue<long>();

        Assert.True(total >= 4, first.ToJsonString());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal((int)((total + 1) / 2), first["total_pages"]!.GetValue<int>());
        Assert.Empty(first["items"]!.AsArray().Select(Name).Intersect(second["items"]!.AsArray().Select(Name)));
        await AssertInvalidAsync(await _client.GetAsync("/api/lexicons?page_size=201"), "page_size");

        static string Name(JsonNode? l) => l!["name"]!.GetValue<string>();
    }

    // Defect 7: the second object of a bulk line was dropped silently.
    [Fact]
    public async Task A_bulk_line_with_two_objects_is_invalid_and_writes_nothing()
    {
        var before = await RowsAsync();
        var content = new StringContent("{\"text\":\"Two objects A.\"}{\"text\":\"Two objects B.\"}\n", Encoding.UTF8, "application/x-ndjson");
        var result = await (await _client.PostAsync("/api/articles/bulk", content)).JsonAsync();
        Assert.Equal(1, result["invalid"]!.GetValue<int>());
        Assert.Equal(0, result["created"]!.GetValue<int>());
        Assert.Contains("body", result["results"]![0]!["errors"]!.AsObject().Select(e => e.Key));
        await AssertNothingWrittenAsync(before);
    }

    // Defect 9: error messages named .NET types.
    [Theory]
    [InlineData("/api/articles", """{"text": "ok", "published_at": "yesterday"}""", "published_at")]
    [InlineData("/api/articles", """{"text": ["a"]}""", "text")]
    [InlineData("/api/articles", """{"text": "ok", "emphasis": 1}""", "emphasis")]
    [InlineData("/api/analyze", """{"text": "ok", "lexicon_version": "two"}""", "lexicon_version")]
    [InlineData("/api/analyze", """{"text": "ok", "emphasis": {"lead": true}}""", "emphasis.lead")]
    [InlineData("/api/sources", """{"slug": "a", "name": "b", "labels": [1]}""", "labels[0]")]
    [InlineData("/api/stories", """{"slug": "a", "title": "b", "event_date": "2023-13-45"}""", "event_date")]
    [InlineData("/api/lexicons", """{"name": "typed", "kind": "custom", "categories": [{"key": 5}], "entries": []}""", "categories[0].key")]
    [InlineData("/api/lexicons", """{"name": "typed", "kind": "custom", "categories": {}, "entries": []}""", "categories")]
    public async Task Error_messages_speak_JSON_not_dotnet(string url, string body, string field)
    {
        var response = await _client.PostRawJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        await AssertInvalidAsync(response, field);
        Assert.DoesNotMatch(InternalNames, text);
    }

    [Theory]
    [InlineData("/api/articles?page=abc", "page")]
    [InlineData("/api/articles?page=99999999999", "page")]
    [InlineData("/api/articles/2?include_raw=maybe", "include_raw")]
    [InlineData("/api/jobs?page_size=1.5", "page_size")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&attributed=yes", "attributed")]
    public async Task Query_values_of_the_wrong_type_are_400_naming_the_parameter_in_JSON_terms(string url, string field)
    {
        var response = await _client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        await AssertInvalidAsync(response, field);
        Assert.DoesNotMatch(InternalNames, text);
    }

    /// <summary>user20: a query name given twice was joined into one value ("anonymous,named") and refused as a wrong
    /// value ("Must be named, anonymous or unresolved."), which reads as if each value were wrong; it is now a 400 that
    /// says the name was given twice. Cache busters (_=…) may repeat.</summary>
    [Theory]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=anonymous&attribution=named", "attribution")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&framing=hedged&framing=asserted", "framing")]
    [InlineData("/api/articles?source=hngn&source=libertarian-institute", "source")]
    [InlineData("/api/timeseries?sources=hngn&sources=libertarian-institute&from=2023-07-20&to=2023-07-31&metric=articles", "sources")]
    [InlineData("/api/articles?page_size=5&page_size=5", "page_size")]
    public async Task A_query_parameter_given_twice_is_a_400_that_says_so(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.StartsWith("Given 2 times: give it once", problem["errors"]![field]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/articles?source=hngn&_=1&_=2")).StatusCode);
    }

    /// <summary>What an error body must never show: .NET namespaces, generic arity, C# generics.</summary>
    public const string InternalNames = @"System\.|Microsoft\.|FramingApi\.|`\d|Nullable<";
}

/// <summary>The API with keys configured, for the order of checks on writes.</summary>
public sealed class KeyFirstTests(KeyedApiFactory api) : IClassFixture<KeyedApiFactory>
{
    // Defect 8: a write without a key had its body read and checked (up to 8 MB) before the 401.
    [Theory]
    [InlineData("/api/articles", "{ not json at all")]
    [InlineData("/api/sources", """{"slug": 5}""")]
    [InlineData("/api/lexicons", """{"name":""")]
    public async Task A_write_without_a_key_is_401_before_its_body_is_read(string url, string body)
    {
        using var client = api.Client();
        await (await client.PostRawJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        await (await client.PostRawJsonAsync(url, body)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_large_body_without_a_key_is_refused_without_being_read()
    {
        using var client = api.Client();
        var content = new ByteArrayContent(new byte[7_000_000]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        request.Headers.ExpectContinue = true; // the server answers before the body is sent
        await (await client.SendAsync(request)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
