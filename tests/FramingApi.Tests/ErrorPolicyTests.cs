using System.Net;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// The error policy of the README, one row per kind of bad reference: an unknown resource in the path is 404, an
/// unknown reference inside a well-formed body 422, an unknown value in a query 400 naming the parameter.
/// </summary>
public sealed class ErrorPolicyTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    readonly HttpClient _client = api.Client();

    [Theory]
    [InlineData("/api/sources/no-such-source")]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/articles/987654")]
    [InlineData("/api/articles/987654/analysis")]
    [InlineData("/api/lexicons/no-such-lexicon")]
    [InlineData("/api/lexicons/topics?version=999")]
    [InlineData("/api/jobs/987654")]
    [InlineData("/api/stories/no-such-story/comparison")]
    [InlineData("/api/stories/no-such-story/comparison/evidence?source=hngn")]
    public async Task An_unknown_resource_in_the_path_is_404(string url)
    {
        await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/articles", """{"text": "A story.", "source": "no-such-source"}""", "source")]
    [InlineData("/api/articles", """{"text": "A story.", "story": "no-such-story"}""", "story")]
    [InlineData("/api/analyze", """{"text": "A story.", "lexicon": "no-such-lexicon"}""", "lexicon")]
    [InlineData("/api/analyze", """{"text": "A story.", "lexicon": "topics", "lexicon_version": 999}""", "lexicon_version")]
    public async Task An_unknown_reference_in_a_body_is_422_naming_the_field(string url, string body, string field)
    {
        var problem = await (await _client.PostRawJsonAsync(url, body)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Theory]
    [InlineData("/api/articles?source=no-such-source", "source")]
    [InlineData("/api/articles?story=no-such-story", "story")]
    [InlineData("/api/articles/1/analysis?lexicon=no-such-lexicon", "lexicon")]
    [InlineData("/api/comparisons/sources?sources=hngn,no-such-source", "sources")]
    [InlineData("/api/comparisons/sources?sources=hngn&story=no-such-story", "story")]
    [InlineData($"/api/stories/{Story}/comparison?topic=no_such_topic", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=no-such-source", "source")]
    [InlineData("/api/comparisons/sources/evidence?source=no-such-source", "source")]
    [InlineData("/api/jobs?status=no-such-status", "status")]
    // Filters that would otherwise find nothing and read as "never mentioned": a typo is named, not an empty list.
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&topic=cluster_munition", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&lexicon=no-such-lexicon", "lexicon")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&kind=loaded&category=no_such_category", "category")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&kind=claims&target=war_crime", "target")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&kind=claims&actor=rusia", "actor")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&topic=cluster_munition", "topic")]
    [InlineData("/api/articles/1/analysis?category=no_such_category", "category")]
    [InlineData("/api/articles/1/analysis?lexicon=topics&category=war_crimes", "category")]
    public async Task An_unknown_value_in_a_query_is_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Theory]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&topic=israel_palestine")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn&kind=claims&target=war_crimes&actor=israel")]
    [InlineData("/api/articles/5/analysis?lexicon=topics&category=israel_palestine&voice=comments")]
    public async Task A_known_name_without_evidence_is_an_empty_answer(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Empty((body["items"] ?? body["evidence"])!.AsArray());
    }

    [Theory]
    [InlineData("/api/validation/sample?unit=paragraph&story=" + Story, "unit", "Unknown unit 'paragraph': must be claim, sentence or article.")]
    [InlineData("/api/validation/sample?story=" + Story, "unit", "Required: claim, sentence or article.")]
    public async Task A_value_outside_its_list_is_told_apart_from_a_missing_one(string url, string field, string message)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/articles?sources=hngn", "sources")] // the list filters by source; ignored, it listed every article
    [InlineData("/api/articles/1/analysis?lexicons=topics", "lexicons")]
    [InlineData($"/api/stories/{Story}/comparison?source=hngn", "source")]
    [InlineData("/api/sources?page_szie=1", "page_szie")]
    [InlineData("/api/sources/hngn?verbose=true", "verbose")]
    public async Task A_query_parameter_the_endpoint_does_not_take_is_400_naming_it_and_the_ones_it_takes(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains("Unknown query parameter", problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_query_parameter_the_openapi_document_lists_is_one_its_endpoint_takes()
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var refused = new List<string>();
        var checkedCount = 0;
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray() ?? [];
                var url = parameters.Where(p => p!["in"]!.GetValue<string>() == "path")
                    .Aggregate(path, (u, p) => u.Replace($"{{{p!["name"]}}}", p["name"]!.GetValue<string>() == "slug" ? Story : "1", StringComparison.Ordinal));
                foreach (var name in parameters.Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()))
                {
                    // A value no parameter accepts, and an empty JSON body: refused for its value, never for its name; nothing is written.
                    using var request = new HttpRequestMessage(HttpMethod.Parse(method), $"{url}?{name}=%21");
                    if (method != "get") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                    var body = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();
                    checkedCount++;
                    if (body.Contains("Unknown query parameter", StringComparison.Ordinal)) refused.Add($"{method.ToUpperInvariant()} {url} {name}");
                }
            }
        Assert.True(checkedCount > 100, $"only {checkedCount} parameters");
        Assert.True(refused.Count == 0, "Documented but refused: " + string.Join(", ", refused));
    }

    [Theory]
    [InlineData("/api/articles?source=hngn&_=1690000000")] // a cache buster
    [InlineData("/api/articles?Source=hngn")] // names bind regardless of case, as ASP.NET Core binds them
    public async Task Cache_busters_and_known_names_in_another_case_pass(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await response.JsonAsync())["items"]!.AsArray(), a => Assert.Equal("hngn", a!["source"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_posted_with_its_fields_in_the_query_keeps_them()
    {
        using var content = new StringContent("<html><body><article><h1>A page</h1><p>" + string.Concat(Enumerable.Repeat("Officials said the court will hear the case. ", 5)) +
            "</p></article></body></html>", System.Text.Encoding.UTF8, "text/html");
        var response = await _client.PostAsync("/api/analyze?title=Given+title&language=en", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Routing answers before any endpoint runs; its problems still say what was wrong and what would work.</summary>
    [Theory]
    [InlineData("POST", "/api/sources", "text/plain", HttpStatusCode.UnsupportedMediaType, "application/json")]
    [InlineData("POST", "/api/articles", "text/plain", HttpStatusCode.UnsupportedMediaType, "text/html")]
    [InlineData("POST", "/api/analyze", "application/xml", HttpStatusCode.UnsupportedMediaType, "application/json")]
    [InlineData("POST", "/api/articles/bulk", "application/json", HttpStatusCode.UnsupportedMediaType, "application/x-ndjson")]
    [InlineData("PUT", "/api/sources", "application/json", HttpStatusCode.MethodNotAllowed, "GET, HEAD, POST")]
    [InlineData("GET", "/api/articles/abc", null, HttpStatusCode.NotFound, "whole number")]
    [InlineData("GET", "/api/no-such-thing", null, HttpStatusCode.NotFound, "/openapi/v1.json")]
    public async Task A_request_routing_refuses_gets_a_problem_that_says_what_would_work(string method, string url, string? contentType,
        HttpStatusCode status, string expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (contentType is not null) request.Content = new StringContent("{}", System.Text.Encoding.UTF8, contentType);
        var problem = await (await _client.SendAsync(request)).ProblemAsync(status);
        Assert.Contains(expected, problem["detail"]!.GetValue<string>());
        Assert.Matches("^[A-Z][a-z ]+$", problem["title"]!.GetValue<string>()); // "Not found", as the API's own problems say it
    }

    [Fact]
    public async Task A_known_lexicon_filters_an_analysis()
    {
        var response = await _client.GetAsync("/api/articles/1/analysis?lexicon=topics");
        var analysis = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(analysis["scores"]!.AsArray(), s => Assert.Equal("topics", s!["lexicon"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_evidence_page_past_the_end_still_reports_the_total()
    {
        var first = await (await _client.GetAsync($"/api/stories/{Story}/comparison/evidence?source=hngn&page_size=1")).JsonAsync();
        var total = first["total"]!.GetValue<long>();
        Assert.True(total > 0);
        var past = await (await _client.GetAsync($"/api/stories/{Story}/comparison/evidence?source=hngn&page_size=1&page={total + 1}")).JsonAsync();
        Assert.Empty(past["items"]!.AsArray());
        Assert.Equal(total, past["total"]!.GetValue<long>());
    }
}
