using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Wave 22 (user23): the over-time endpoints, search and paging as a researcher meets them — a cursor pages only the
/// list that gave it, an Accept the API cannot answer gets JSON, and the OpenAPI document declares what each
/// operation refuses.
/// </summary>
public sealed class OverTimeInputTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Range = "from=2023-07-20&to=2023-07-31";

    async Task<string> CursorAsync(string url)
    {
        var page = await (await _client.GetAsync(url)).JsonAsync();
        return page["next_cursor"]?.GetValue<string>() ?? throw new InvalidOperationException($"{url} gave no next_cursor: {page}");
    }

    /// <summary>A search's cursor holds a rank, which means nothing in another search: sent with another q it paged
    /// the other search from that rank, silently. It is refused, naming cursor.</summary>
    [Fact]
    public async Task A_search_cursor_sent_with_another_search_is_a_400_naming_cursor()
    {
        var cursor = await CursorAsync("/api/articles?q=war&page_size=1");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/articles?q=war&page_size=1&cursor={cursor}")).StatusCode);

        var problem = await (await _client.GetAsync($"/api/articles?q=crimes&page_size=1&cursor={cursor}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorFields());
        Assert.StartsWith("The cursor belongs to another list, or was changed", problem.ErrorMessages("cursor"));
    }

    [Theory]
    [InlineData("/api/articles?page_size=2", "/api/articles?page_size=2&source=hngn")]
    [InlineData("/api/articles?page_size=2", "/api/articles?page_size=2&story=biden-icc-evidence-2023")]
    [InlineData("/api/articles?page_size=2", "/api/articles?page_size=2&from=2023-07-01")]
    [InlineData("/api/articles?page_size=2&story=biden-icc-evidence-2023", "/api/articles?page_size=2&story=biden-icc-evidence-2023&source=hngn")]
    [InlineData("/api/articles?page_size=2", "/api/articles?page_size=2&q=war")]
    [InlineData("/api/articles?page_size=1&q=war", "/api/articles?page_size=1")]
    [InlineData("/api/articles?page_size=1&q=war", "/api/articles?page_size=1&q=war&source=hngn")]
    public async Task A_cursor_pages_only_the_list_that_gave_it(string gave, string other)
    {
        var cursor = await CursorAsync(gave);
        var problem = await (await _client.GetAsync($"{other}&cursor={cursor}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorFields());
        Assert.StartsWith("The cursor belongs to another list", problem.ErrorMessages("cursor"));
    }

    [Fact]
    public async Task A_cursor_pages_its_own_list_to_the_end_whatever_the_page_size()
    {
        var first = await (await _client.GetAsync("/api/articles?page_size=2")).JsonAsync();
        var seen = first["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()).ToList();
        var cursor = first["next_cursor"]?.GetValue<string>();
        var size = 1;
        while (cursor is not null)
        {
            var page = await (await _client.GetAsync($"/api/articles?page_size={size++}&cursor={cursor}")).JsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()));
            cursor = page["next_cursor"]?.GetValue<string>();
        }
        var all = await (await _client.GetAsync("/api/articles?page_size=200")).JsonAsync();
        Assert.Equal(all["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()), seen);
    }

    /// <summary>An edited cursor still decoded to some position and paged from there; now its check fails.</summary>
    [Fact]
    public async Task An_edited_cursor_is_a_400_naming_cursor()
    {
        var cursor = await CursorAsync("/api/articles?page_size=2");
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(cursor)));
        var parts = decoded.Split('.');
        Assert.Equal(3, parts.Length);
        var edited = Encode($"{parts[0]}.{long.Parse(parts[1]) + 1}.{parts[2]}");

        var problem = await (await _client.GetAsync($"/api/articles?page_size=2&cursor={edited}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("The cursor belongs to another list, or was changed", problem.ErrorMessages("cursor"));

        foreach (var garbage in new[] { "garbage!!", Encode($"{parts[0]}.{parts[1]}"), Encode("1.2.3.4"), cursor[..^3] })
        {
            var refused = await (await _client.GetAsync($"/api/articles?page_size=2&cursor={Uri.EscapeDataString(garbage)}")).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["cursor"], refused.ErrorFields());
        }
    }

    /// <summary>A cursor's list is its dates as instants: the same bound written another way pages the same list; with
    /// another parameter wrong the list is unknown, so only that parameter is named (not the cursor too).</summary>
    [Fact]
    public async Task A_cursor_is_judged_against_its_list_only_when_the_list_is_known()
    {
        var cursor = await CursorAsync("/api/articles?page_size=1&from=2023-07-01");
        Assert.Equal(HttpStatusCode.OK,
            (await _client.GetAsync($"/api/articles?page_size=1&from=2023-07-01T00:00:00Z&cursor={cursor}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await _client.GetAsync($"/api/articles?page_size=1&from=2023-07-01T02:00:00%2B02:00&cursor={cursor}")).StatusCode);

        var problem = await (await _client.GetAsync($"/api/articles?page_size=1&from=garbage&cursor={cursor}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["from"], problem.ErrorFields());
    }

    /// <summary>A cursor of the API before cursors carried a check (key.id) is told so, not called foreign.</summary>
    [Fact]
    public async Task A_cursor_of_an_earlier_version_is_told_to_start_again()
    {
        var cursor = await CursorAsync("/api/articles?page_size=2");
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(cursor))).Split('.');
        var problem = await (await _client.GetAsync($"/api/articles?page_size=2&cursor={Encode($"{parts[0]}.{parts[1]}")}"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorFields());
        Assert.StartsWith("This cursor was given by an earlier version of the API", problem.ErrorMessages("cursor"));
    }

    static string Pad(string cursor)
    {
        var s = cursor.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }

    static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// An Accept the API has no form for (XML) is answered in JSON, as ASP.NET Core answers by default (MVC's
    /// ReturnHttpNotAcceptable is off; RFC 9110 lets a server disregard Accept) — never a 406, and never an empty
    /// body: a client that asked for XML gets a body it can read and a Content-Type saying what it is. Errors stay
    /// problem details.
    /// </summary>
    [Theory]
    [InlineData("/api/sources", "application/json")]
    [InlineData("/api/articles?q=war", "application/json")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=articles&interval=week", "application/json")]
    [InlineData($"/api/attention?sources=hngn&{Range}&q=war&interval=week", "application/json")]
    [InlineData($"/api/timeseries?sources=hngnn&{Range}&metric=articles", "application/problem+json")]
    [InlineData("/api/articles/999999", "application/problem+json")]
    public async Task An_accept_of_xml_gets_json(string url, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        var response = await _client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// The OpenAPI document (/openapi/v1.json, which Swagger UI at /swagger shows) describes every operation and
    /// declares its 400 as problem details wherever the request carries anything the API checks — a path value, a
    /// query parameter or a body — and every 4xx it declares is problem details.
    /// </summary>
    [Fact]
    public async Task Every_operation_is_described_and_declares_its_400_as_problem_details()
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var missing = new List<string>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var at = $"{method.ToUpperInvariant()} {path}";
                if (string.IsNullOrWhiteSpace(operation!["description"]?.GetValue<string>())) missing.Add($"{at}: no description");
                var responses = operation["responses"]!.AsObject();
                var takesInput = operation["parameters"]?.AsArray().Count > 0 || operation["requestBody"] is not null;
                if (takesInput && !responses.ContainsKey("400")) missing.Add($"{at}: takes input but declares no 400");
                foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                {
                    var schema = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                    if (schema is not ("#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails"))
                        missing.Add($"{at}: {status} is not application/problem+json ProblemDetails ({schema ?? "none"})");
                    if (string.IsNullOrWhiteSpace(response["description"]?.GetValue<string>())) missing.Add($"{at}: {status} has no description");
                }
            }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    /// <summary>What the handlers check by hand shows in the document: the parameters a series cannot do without are
    /// required (Swagger UI marks them and will not send the request without them), and defaults are values.</summary>
    [Theory]
    // format= (no default shown): left out, these answer by Accept (text/csv gets CSV), which a client that fills in
    // shown defaults would turn off.
    [InlineData("/api/timeseries", "metric,sources,from,to", "interval=day,format=")]
    [InlineData("/api/attention", "q,sources,from,to", "interval=day,format=")]
    [InlineData("/api/stories/{slug}/comparison/evidence", "source", "format=")]
    [InlineData("/api/comparisons/sources/differences", "metric,sources", "format=")]
    [InlineData("/api/comparisons/sources", "sources", "format=")]
    [InlineData("/api/validation/sample", "unit", "n=100,format=json")]
    [InlineData("/api/validation/sets/{id}/report", "", "resamples=1000,seed=1,format=json")]
    public async Task Required_parameters_and_defaults_are_in_the_document(string path, string required, string defaults)
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var parameters = doc["paths"]![path]!["get"]!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
        var names = required.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(names.Order(), parameters.Where(p => p.Value["required"]?.GetValue<bool>() == true && p.Value["in"]!.GetValue<string>() == "query").Select(p => p.Key).Order());
        foreach (var pair in defaults.Split(','))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            var shown = parameters[name]["schema"]!["default"]?.ToString();
            Assert.True(value == "" ? shown is null : shown == value, $"{path} {name}: default {shown}");
        }
    }

    /// <summary>A lexicon import without its name is refused ("Required."), so the document marks name required.</summary>
    [Fact]
    public async Task A_lexicon_import_marks_its_name_required()
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var name = doc["paths"]!["/api/lexicons/import"]!["post"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "name")!;
        Assert.True(name["required"]?.GetValue<bool>() == true);
    }

    /// <summary>Why format shows no default on the series: left out, Accept: text/csv gets CSV.</summary>
    [Fact]
    public async Task A_series_without_format_answers_by_accept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/timeseries?sources=hngn&{Range}&metric=articles");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/timeseries?metric=articles&sources=hngn&from=2023-07-20&to=2023-07-31", "metric,sources,from,to")]
    [InlineData("/api/attention?q=war&sources=hngn&from=2023-07-20&to=2023-07-31", "q,sources,from,to")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-07-20&to=2023-07-31", "sources")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn", "source")]
    [InlineData("/api/validation/sample?unit=article&story=biden-icc-evidence-2023", "unit")]
    public async Task Each_required_parameter_left_out_is_a_400_naming_it_and_the_defaults_are_what_the_api_does(string url, string required)
    {
        var query = url.Split('?')[1].Split('&');
        foreach (var name in required.Split(','))
        {
            var without = url.Split('?')[0] + "?" + string.Join('&', query.Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)));
            var problem = await (await _client.GetAsync(without)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal([name], problem.ErrorFields());
            Assert.StartsWith("Required", problem.ErrorMessages(name));
        }
        // The series' defaults: left out, interval and format answer as interval=day&format=json.
        if (url.StartsWith("/api/timeseries", StringComparison.Ordinal) || url.StartsWith("/api/attention", StringComparison.Ordinal))
        {
            var implicitDefaults = await (await _client.GetAsync(url)).Content.ReadAsStringAsync();
            var explicitDefaults = await (await _client.GetAsync(url + "&interval=day&format=json")).Content.ReadAsStringAsync();
            Assert.Equal(explicitDefaults, implicitDefaults);
        }
    }

    /// <summary>An id too large for an id is a whole number too: the 404 says how large an id may be.</summary>
    [Theory]
    [InlineData("/api/articles/99999999999999999999")]
    [InlineData("/api/jobs/abc")]
    public async Task An_id_that_cannot_be_one_says_what_an_id_is(string url)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.EndsWith("(an id is a whole number, at most 9223372036854775807).", problem["detail"]!.GetValue<string>());
    }

    /// <summary>A wrong interval, metric or format is echoed beside what is accepted, and a name that is right but for
    /// its case says so ("Must be day, week or month." left a client with interval=Week looking for the mistake).</summary>
    [Theory]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=articles&interval=Week", "interval", "Unknown interval 'Week': must be day, week or month. Names are lower case: 'week'.")]
    [InlineData($"/api/attention?sources=hngn&{Range}&q=war&interval=fortnight", "interval", "Unknown interval 'fortnight': must be day, week or month.")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=Hedged_Share", "metric", "Unknown metric 'Hedged_Share': must be articles, ")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=articles&format=xml", "format", "Unknown format 'xml': must be json or csv.")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison?format=XML", "format", "Unknown format 'XML': must be json or csv.")]
    public async Task A_wrong_name_is_echoed_beside_the_names_accepted(string url, string field, string expected)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        Assert.StartsWith(expected, problem.ErrorMessages(field));
        if (url.Contains("Hedged_Share", StringComparison.Ordinal)) Assert.EndsWith("Names are lower case: 'hedged_share'.", problem.ErrorMessages(field));
    }
}
