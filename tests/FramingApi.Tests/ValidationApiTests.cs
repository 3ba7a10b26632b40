using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// The validation workflow through real HTTP on a real PostgreSQL: sample → codes → report on six articles built
/// here, with figures worked out by hand; and bad input, answered 400 naming the row and the field.
/// </summary>
public sealed class ValidationApiTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    readonly HttpClient _client = api.Client();
    const string Story = "validation-story";

    // Articles 1-3 mention cluster munitions, 4-6 do not: the tool says yes, yes, yes, no, no, no.
    static readonly string[] Texts =
    [
        "Kyiv asked for cluster munitions again on Monday. The request was discussed at length in the capital.",
        "The shipment includes cluster munitions, the ministry said. Critics called the decision a mistake.",
        "Officials described the package of cluster munitions as a stopgap. Deliveries begin next month.",
        "The parliament debated the budget on Tuesday. The vote is expected next week.",
        "Farmers protested the new tariffs in the north. Police watched the march from a distance.",
        "A storm closed the port for two days. Ships waited offshore until the weather cleared.",
    ];

    public async Task InitializeAsync()
    {
        if ((await _client.GetAsync($"/api/stories/{Story}")).StatusCode == HttpStatusCode.OK) return;
        await _client.PostJsonAsync("/api/sources", new { slug = "val-wire", name = "Validation Wire", kind = "wire" });
        await _client.PostJsonAsync("/api/sources", new { slug = "val-daily", name = "Validation Daily", kind = "newspaper" });
        await _client.PostJsonAsync("/api/stories", new { slug = Story, title = "A story to validate on" });
        for (var i = 0; i < Texts.Length; i++)
        {
            var response = await _client.PostJsonAsync("/api/articles", new
            {
                text = Texts[i], source = i % 2 == 0 ? "val-wire" : "val-daily", story = Story, url = $"https://val.example/{i + 1}",
                published_at = $"2024-03-0{i + 1}",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    async Task<JsonNode> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    Task<JsonNode> SampleAsync(string query) => _client.GetAsync($"/api/validation/sample?{query}").ContinueWith(t => OkAsync(t.Result)).Unwrap();

    /// <summary>The article ids of the six articles, in text order (their urls say which is which).</summary>
    async Task<long[]> ArticleIdsAsync()
    {
        var list = await OkAsync(await _client.GetAsync($"/api/articles?story={Story}&page_size=50"));
        return list["items"]!.AsArray().OrderBy(a => a!["url"]!.GetValue<string>()).Select(a => a!["id"]!.GetValue<long>()).ToArray();
    }

    static IEnumerable<string> Units(JsonNode sample) => sample["units"]!.AsArray().Select(u => u!["unit"]!.GetValue<string>());

    [Fact]
    public async Task The_same_seed_gives_the_same_sample_and_it_is_the_smallest_keys()
    {
        var first = await SampleAsync($"story={Story}&unit=sentence&n=5&seed=2024");
        var again = await SampleAsync($"story={Story}&unit=sentence&n=5&seed=2024");
        Assert.True(JsonNode.DeepEquals(first, again));
        Assert.Equal(5, first["size"]!.GetValue<int>());
        Assert.Equal(12, first["population"]!.GetValue<int>()); // two sentences per article

        // The whole population (n ≥ 12), keyed by hand: the sample is its five smallest SHA-256("seed:unit") keys.
        var all = Units(await SampleAsync($"story={Story}&unit=sentence&n=100&seed=2024")).ToList();
        Assert.Equal(12, all.Count);
        static ulong Key(string unit) => Convert.ToUInt64(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"2024:{unit}")))[..16], 16);
        Assert.Equal(all.OrderBy(Key).Take(5), Units(first));

        var other = await SampleAsync($"story={Story}&unit=sentence&n=5&seed=2025");
        Assert.NotEqual(Units(first), Units(other));
    }

    [Fact]
    public async Task A_sample_without_a_seed_names_the_one_it_used()
    {
        var sample = await SampleAsync($"story={Story}&unit=article&n=3");
        var seed = sample["seed"]!.GetValue<long>();
        Assert.Equal(Units(sample), Units(await SampleAsync($"story={Story}&unit=article&n=3&seed={seed}")));
    }

    [Fact]
    public async Task A_stratified_sample_draws_from_each_source_and_sources_with_a_date_range_select_articles()
    {
        var sample = await SampleAsync($"story={Story}&unit=sentence&n=4&seed=1&stratify=source&allocation=equal");
        Assert.Equal([2, 2], sample["strata"]!.AsArray().Select(s => s!["sampled"]!.GetValue<int>()));
        Assert.Equal(2, sample["units"]!.AsArray().Count(u => u!["source"]!.GetValue<string>() == "val-wire"));

        // Sources and dates: val-wire's articles of March 1-3 are texts 1 and 3.
        var ids = await ArticleIdsAsync();
        var bySources = await SampleAsync("sources=val-wire&from=2024-03-01&to=2024-03-03&unit=article&n=10&seed=1");
        Assert.Equal(new[] { ids[0], ids[2] }.Order(), bySources["units"]!.AsArray().Select(u => u!["article_id"]!.GetValue<long>()).Order());
    }

    [Fact]
    public async Task Coding_is_blind_unless_tool_labels_are_asked_for()
    {
        var blind = await SampleAsync($"story={Story}&unit=article&n=6&seed=3");
        Assert.All(blind["units"]!.AsArray(), u => Assert.Null(u!["tool_labels"]));
        var csv = await _client.GetStringAsync($"/api/validation/sample?story={Story}&unit=article&n=6&seed=3&format=csv");
        var header = csv.Split('\n')[0];
        Assert.Equal("unit,article_id,source,story,title,published_at,start,end,text,context_start,context_end,context", header);
        Assert.DoesNotContain("tool:", csv);
        Assert.Equal(Units(blind), csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]));
        // Dates as the JSON writes them (2024-03-01T00:00:00Z), not with the round-trip format's seven zero digits.
        Assert.Equal(blind["units"]!.AsArray().Select(u => u!["published_at"]!.GetValue<string>()),
            csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[5]));

        var labelled = await SampleAsync($"story={Story}&unit=article&n=6&seed=3&include_tool_labels=true");
        Assert.Equal(Units(blind), Units(labelled));
        var ids = await ArticleIdsAsync();
        foreach (var unit in labelled["units"]!.AsArray())
        {
            var index = Array.IndexOf(ids, unit!["article_id"]!.GetValue<long>());
            Assert.Equal(index < 3 ? "yes" : "no", unit["tool_labels"]!["topic:cluster_munitions"]!.GetValue<string>());
            Assert.Equal(Texts[index], unit["text"]!.GetValue<string>());
        }
        var labelledCsv = await _client.GetStringAsync($"/api/validation/sample?story={Story}&unit=article&n=6&seed=3&format=csv&include_tool_labels=true");
        Assert.Contains("tool:topic:cluster_munitions", labelledCsv.Split('\n')[0]);
    }

    [Fact]
    public async Task Sample_codes_report_round_trip_gives_the_figures_worked_out_by_hand()
    {
        // The six articles as units, from the sample; three coders; the same table as ReportBuilderTests:
        //          t1   t2   t3   t4   t5   t6
        // A        yes  yes  no   no   no   no
        // B        yes  no   no   no   yes  no
        // C        yes  yes  yes  no   no   —
        // tool     yes  yes  yes  no   no   no
        var sample = await SampleAsync($"story={Story}&unit=article&n=6&seed=11");
        var ids = await ArticleIdsAsync();
        var unitOf = sample["units"]!.AsArray().ToDictionary(u => u!["article_id"]!.GetValue<long>(), u => u!["unit"]!.GetValue<string>());
        string?[][] table =
        [
            ["yes", "yes", "no", "no", "no", "no"],
            ["yes", "no", "no", "no", "yes", "no"],
            ["yes", "yes", "yes", "no", "no", null],
        ];
        var coders = new[] { "A", "B", "C" };
        var codes = coders.SelectMany((coder, c) => ids.Select((id, t) => (id, t)).Where(x => table[c][x.t] is not null)
            .Select(x => new { unit = unitOf[x.id], coder, field = "topic:cluster_munitions", value = table[c][x.t] })).ToList();
        var created = await OkAsync(await _client.PostJsonAsync("/api/validation/sets", new { name = "hand-worked", coders, codes }), HttpStatusCode.Created);
        Assert.Equal(17, created["codes"]!.GetValue<int>());
        Assert.Equal(6, created["units"]!.GetValue<int>());
        var stored = await OkAsync(await _client.GetAsync($"/api/validation/sets/{created["id"]}"));
        Assert.True(JsonNode.DeepEquals(created, stored), $"{created}\n{stored}");
        Assert.Equal([6, 6, 5], stored["coders"]!.AsArray().Select(c => c!["codes"]!.GetValue<int>()));

        var report = await OkAsync(await _client.GetAsync(created["report"]!.GetValue<string>()));
        var field = report["fields"]!.AsArray().Single()!;
        Assert.Equal("topic:cluster_munitions", field["field"]!.GetValue<string>());
        Assert.Equal(6, field["units_coded"]!.GetValue<int>());
        Assert.Equal(11.0 / 35, field["alpha_humans"]!["value"]!.GetValue<double>(), 12);
        Assert.Equal(17.0 / 39, field["alpha_with_tool"]!["value"]!.GetValue<double>(), 12);
        var majority = field["tool_vs_majority"]!;
        Assert.Equal(5.0 / 6, majority["accuracy"]!["value"]!.GetValue<double>(), 12);
        Assert.Equal(2.0 / 3, majority["kappa"]!["value"]!.GetValue<double>(), 12);
        var kappas = field["tool_vs_coders"]!.AsArray().ToDictionary(t => t!["coder"]!.GetValue<string>(), t => t!["kappa"]!["value"]!.GetValue<double>());
        Assert.Equal(2.0 / 3, kappas["A"], 12);
        Assert.Equal(0.0, kappas["B"], 12);
        Assert.Equal(1.0, kappas["C"], 12);
        var interval = majority["kappa"]!;
        Assert.True(interval["lower"]!.GetValue<double>() <= 2.0 / 3 && 2.0 / 3 <= interval["upper"]!.GetValue<double>());

        // The one disagreement: text 3, which mentions cluster munitions, where the majority says no.
        var disagreement = field["disagreements"]!.AsArray().Single()!;
        Assert.Equal(unitOf[ids[2]], disagreement["unit"]!.GetValue<string>());
        Assert.Equal(("yes", "no"), (disagreement["tool"]!.GetValue<string>(), disagreement["majority"]!.GetValue<string>()));
        var evidence = disagreement["evidence"]!.AsArray().Single()!;
        Assert.Equal("cluster munitions", Texts[2][evidence["start"]!.GetValue<int>()..evidence["end"]!.GetValue<int>()]);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(disagreement["analysis"]!.GetValue<string>())).StatusCode);

        // The same figures as CSV.
        var csv = await _client.GetStringAsync(created["report"]!.GetValue<string>() + "?format=csv");
        Assert.StartsWith("field,measure,coder,other_coder,class,tool_class,value,lower,upper,n\n", csv);
        Assert.Contains($"topic:cluster_munitions,alpha_humans,,,,,{(11.0 / 35).ToString("R", System.Globalization.CultureInfo.InvariantCulture)},", csv);
        var rows = await _client.GetStringAsync(created["report"]!.GetValue<string>() + "?format=csv&part=disagreements");
        Assert.Equal(2, rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("A=no; B=no; C=yes", rows);
    }

    [Fact]
    public async Task Codes_as_csv_are_stored_like_json_and_claim_units_compare_with_the_stored_framing()
    {
        const string text = "Russia's alleged war crimes in Bucha were documented. Russian forces committed war crimes in Irpin.";
        var article = await OkAsync(await _client.PostJsonAsync("/api/articles", new { text, url = "https://val.example/claims", source = "val-daily",
            published_at = "2024-03-10" }), HttpStatusCode.Created);
        var id = article["id"]!.GetValue<long>();
        var analysis = await OkAsync(await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=claims"));
        var mentions = analysis["evidence"]!.AsArray().Where(e => e!["framing"] is not null).ToList();
        Assert.Equal(2, mentions.Count);

        var sample = await SampleAsync($"sources=val-daily&from=2024-03-10&to=2024-03-10&unit=claim&n=10&seed=5&include_tool_labels=true");
        Assert.Equal(2, sample["size"]!.GetValue<int>());
        foreach (var unit in sample["units"]!.AsArray())
        {
            var mention = mentions.Single(m => m!["start"]!.GetValue<int>() == unit!["start"]!.GetValue<int>())!;
            Assert.Equal(mention["framing"]!.GetValue<string>(), unit!["tool_labels"]!["framing"]!.GetValue<string>());
            Assert.Equal(mention["actor"]!.GetValue<string>(), unit["tool_labels"]!["actor"]!.GetValue<string>());
            Assert.Equal(mention["matched"]!.GetValue<string>(), unit["text"]!.GetValue<string>());
        }

        // Both coders code every unit as the tool does: perfect agreement with the tool.
        var units = sample["units"]!.AsArray().Select(u => (Unit: u!["unit"]!.GetValue<string>(), Framing: u["tool_labels"]!["framing"]!.GetValue<string>())).ToList();
        var csv = "Unit,Coder,Field,Value,Notes\n" + string.Join("\n", units.SelectMany(u => new[] { "ana", "ben" }.Select(c => $"{u.Unit},{c},framing,{u.Framing},\"seen, twice\"")));
        var created = await OkAsync(await _client.PostAsync("/api/validation/sets?name=claims%20by%20csv",
            new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.Created);
        Assert.Equal(("claims by csv", "claim", 4), (created["name"]!.GetValue<string>(), created["unit"]!.GetValue<string>(), created["codes"]!.GetValue<int>()));
        var report = await OkAsync(await _client.GetAsync(created["report"]!.GetValue<string>()));
        var field = report["fields"]!.AsArray().Single()!;
        Assert.Equal(1.0, field["tool_vs_majority"]!["accuracy"]!["value"]!.GetValue<double>());
        Assert.Empty(field["disagreements"]!.AsArray());
    }

    async Task<int> SetsAsync()
    {
        await using var conn = await api.OpenDatabaseAsync();
        return await conn.ExecuteScalarAsync<int>("SELECT (SELECT count(*) FROM validation_sets) + (SELECT count(*) FROM validation_codes)");
    }

    async Task<JsonNode> RejectedAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in fields)
            Assert.True(problem.ErrorFields().Contains(field), $"The problem should name '{field}': {problem.ToJsonString()}");
        return problem;
    }

    /// <summary>Coders fill the sheet in a spreadsheet: Excel's "CSV UTF-8" starts the file with a byte order mark and
    /// ends lines with CR LF, and in many European locales it separates fields with semicolons.</summary>
    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    public async Task Codes_saved_by_a_spreadsheet_are_read(string separator)
    {
        var ids = await ArticleIdsAsync();
        var rows = new[] { "unit,coder,field,value" }.Concat(ids.Take(2).SelectMany(id => new[] { "ana", "ben" }
            .Select(c => $"article:{id},{c},topic:cluster_munitions,yes")));
        var csv = "\uFEFF" + string.Join("\r\n", rows.Select(r => r.Replace(",", separator))) + "\r\n";
        var created = await OkAsync(await _client.PostAsync("/api/validation/sets?name=excel",
            new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.Created);
        Assert.Equal(4, created["codes"]!.GetValue<int>());
        Assert.Equal(["ana", "ben"], created["coders"]!.AsArray().Select(c => c!["coder"]!.GetValue<string>()).Order());
    }

    /// <summary>A code's value outside its field's values is refused as every unknown name is (UnknownNameTests): the
    /// value echoed, the values listed, and the one it is but for its case (a spreadsheet's "Yes").</summary>
    [Fact]
    public async Task A_code_value_outside_its_field_is_echoed_beside_the_values_and_its_case_named()
    {
        var ids = await ArticleIdsAsync();
        var problem = await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new
        {
            codes = new[] { new { unit = $"article:{ids[0]}", coder = "A", field = "anonymous_sourcing", value = "Yes" } },
        }), "codes[0].value");
        Assert.Equal("Unknown anonymous_sourcing value 'Yes': must be yes or no. Names are lower case: 'yes'.",
            problem["errors"]!["codes[0].value"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_codes_are_400_naming_the_row_and_field_and_nothing_is_stored()
    {
        var ids = await ArticleIdsAsync();
        var good = new { unit = $"article:{ids[0]}", coder = "A", field = "topic:cluster_munitions", value = "yes" };
        var before = await SetsAsync();

        // Unknown unit (no such article), unknown field, a value outside the field's values, a coder without codes.
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new
        {
            coders = new[] { "A", "B" },
            codes = new object[]
            {
                good,
                new { unit = "article:987654321", coder = "A", field = "topic:cluster_munitions", value = "no" },
                new { unit = $"article:{ids[1]}", coder = "A", field = "topic:no_such_topic", value = "no" },
                new { unit = $"article:{ids[2]}", coder = "A", field = "anonymous_sourcing", value = "maybe" },
            },
        }), "codes[1].unit", "codes[2].field", "codes[3].value", "coders[1]");

        // A sentence that is not one of the article's, a claim unit where there is no mention, a malformed id.
        var sentence = await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new
        {
            codes = new[] { new { unit = $"sentence:{ids[0]}:0-10", coder = "A", field = "anonymous_sourcing", value = "no" } },
        }), "codes[0].unit");
        Assert.Contains("no sentence at 0-10", sentence.ToJsonString());
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new
        {
            codes = new[] { new { unit = $"claim:{ids[0]}:0-5", coder = "A", field = "framing", value = "hedged" } },
        }), "codes[0].unit");
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new { codes = new[] { good with { unit = "paragraph:1" } } }), "codes[0].unit");

        // A field of another kind of unit, the same code twice, units of two kinds, no codes at all.
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new { codes = new[] { good with { field = "actor", value = "russia" } } }), "codes[0].field");
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new { codes = new[] { good, good with { value = "no" } } }), "codes[1].field");
        await RejectedAsync(await _client.PostJsonAsync("/api/validation/sets", new { codes = Array.Empty<object>() }), "codes");
        await RejectedAsync(await _client.PostRawJsonAsync("/api/validation/sets", """{"codes": [], "coderz": []}"""), "coderz");

        Assert.Equal(before, await SetsAsync());
    }

    [Fact]
    public async Task A_csv_with_a_missing_column_or_a_bad_line_is_400_naming_it()
    {
        var ids = await ArticleIdsAsync();
        var before = await SetsAsync();
        Task<HttpResponseMessage> Post(string csv) => _client.PostAsync("/api/validation/sets", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var missing = await RejectedAsync(await Post($"unit,coder,field\narticle:{ids[0]},A,topic:cluster_munitions\n"), "value");
        Assert.Contains("no 'value' column", missing["errors"]!["value"]![0]!.GetValue<string>());
        await RejectedAsync(await Post(""), "unit", "coder", "field", "value");
        // Line 3 has a coder without a field or value; line 4 an unknown unit.
        await RejectedAsync(await Post($"unit,coder,field,value\narticle:{ids[0]},A,topic:cluster_munitions,yes\narticle:{ids[1]},B,,\narticle:0,A,anonymous_sourcing,no\n"),
            "line[3].field", "line[3].value", "line[4].unit");
        Assert.Equal(before, await SetsAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _client.PostAsync("/api/validation/sets", new StringContent("x", Encoding.UTF8, "text/plain"))).StatusCode);
    }

    [Theory]
    [InlineData("story=validation-story&unit=paragraph", "unit")]
    [InlineData("story=validation-story", "unit")]
    [InlineData("story=validation-story&unit=article&n=0", "n")]
    [InlineData("story=validation-story&unit=article&n=1001", "n")]
    [InlineData("story=validation-story&unit=article&seed=-1", "seed")]
    [InlineData("story=no-such-story&unit=article", "story")]
    [InlineData("unit=article", "story")]
    [InlineData("sources=val-wire,no-such-source&unit=article", "sources")]
    [InlineData("story=validation-story&unit=article&allocation=equal", "allocation")]
    [InlineData("story=validation-story&unit=article&stratify=outlet", "stratify")]
    [InlineData("story=validation-story&unit=claim&claims_lexicon=topics", "claims_lexicon")]
    [InlineData("story=validation-story&unit=article&format=xml", "format")]
    [InlineData("sources=val-wire&unit=article&from=2024-03-05&to=2024-03-01", "from")]
    public async Task Bad_sample_queries_are_400_naming_the_parameter(string query, string field) =>
        await RejectedAsync(await _client.GetAsync($"/api/validation/sample?{query}"), field);

    [Fact]
    public async Task An_unknown_set_is_404_and_bad_report_options_are_400()
    {
        await (await _client.GetAsync("/api/validation/sets/987654321/report")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/validation/sets/987654321")).ProblemAsync(HttpStatusCode.NotFound);
        await RejectedAsync(await _client.GetAsync("/api/validation/sets/1/report?format=xml"), "format");
        await RejectedAsync(await _client.GetAsync("/api/validation/sets/1/report?resamples=20000"), "resamples");
        await RejectedAsync(await _client.GetAsync("/api/validation/sets/1/report?part=disagreements"), "part");
    }
}
