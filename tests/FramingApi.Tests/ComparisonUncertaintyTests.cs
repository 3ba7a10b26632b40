using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using FramingApi.Analysis.Statistics;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Issue 15 §1 and §4 through the API on the seed story: intervals and low_n on the comparison's figures, the
/// differences endpoints (pairs with p and q values, ranks with intervals, CSV, ETag), a user's .dic dictionary in the
/// comparison after its re-scoring job, and bad metric parameters answered 400 naming the parameter.
/// </summary>
public sealed class ComparisonUncertaintyTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    const string Sources = "libertarian-institute,outside-the-beltway,stars-and-stripes";
    const string HedgedRussianWarCrimes = $"/api/stories/{Story}/comparison/differences?metric=hedged_share&target=war_crimes&actor=russia";
    readonly HttpClient _client = api.Client();

    async Task<JsonNode> OkJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    static JsonNode Source(JsonNode comparison, string slug) =>
        comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == slug)!;

    [Fact]
    public async Task The_libertarian_institutes_hedged_share_of_russian_war_crimes_rests_on_one_article_with_an_interval_and_low_n()
    {
        var comparison = await OkJsonAsync($"/api/stories/{Story}/comparison");
        var row = Source(comparison, "libertarian-institute")["claims"]!.AsArray()
            .Single(c => c!["target"]!.GetValue<string>() == "war_crimes" && c["actor"]!.GetValue<string>() == "russia"
                && c["voice"]!.GetValue<string>() == "outlet")!;

        var share = row["hedged_share"]!.GetValue<double>();
        var low = row["hedged_share_ci_low"]!.GetValue<double>();
        var high = row["hedged_share_ci_high"]!.GetValue<double>();
        Assert.Equal(1, row["n_articles"]!.GetValue<int>());
        Assert.Equal(row["total"]!.GetValue<int>(), row["n_mentions"]!.GetValue<long>());
        Assert.True(row["low_n"]!.GetValue<bool>());
        Assert.InRange(share, low, high);
        Assert.True(high - low > 0.1, $"A figure on {row["total"]} mentions in one article is not sure: [{low}, {high}].");

        // Mentions of one article cannot be resampled: the interval is Wilson's over its mentions.
        var wilson = WilsonInterval.Compute(row["hedged"]!.GetValue<int>(), row["total"]!.GetValue<int>());
        Assert.Equal(wilson.Low, low, 9);
        Assert.Equal(wilson.High, high, 9);
    }

    [Fact]
    public async Task The_differences_list_every_pair_of_the_story_sources_with_p_and_q_values_and_ranks_with_intervals()
    {
        var differences = await OkJsonAsync(HedgedRussianWarCrimes);
        Assert.Equal("hedged_share", differences["metric"]!["name"]!.GetValue<string>());
        Assert.Equal("outlet", differences["metric"]!["voice"]!.GetValue<string>());

        var sources = differences["sources"]!.AsArray();
        Assert.Equal(5, sources.Count);
        var li = sources[0]!;
        Assert.Equal("libertarian-institute", li["source"]!.GetValue<string>());
        Assert.Equal(1, li["rank"]!.GetValue<int>());
        Assert.True(li["low_n"]!.GetValue<bool>());
        Assert.Equal(1, li["n_articles"]!.GetValue<int>());
        foreach (var s in sources.Where(s => s!["rank"] is not null))
            Assert.InRange(s!["rank"]!.GetValue<int>(), s["rank_low"]!.GetValue<int>(), s["rank_high"]!.GetValue<int>());

        // C(5, 2) pairs, first before second by slug; q is Benjamini–Hochberg over the pairs' p values.
        var pairs = differences["pairs"]!.AsArray();
        Assert.Equal(10, pairs.Count);
        Assert.All(pairs, p => Assert.True(string.CompareOrdinal(p!["first"]!.GetValue<string>(), p["second"]!.GetValue<string>()) < 0));
        var tested = pairs.Where(p => p!["p_value"] is not null).ToList();
        Assert.NotEmpty(tested);
        var q = BenjaminiHochberg.Adjust(tested.Select(p => p!["p_value"]!.GetValue<double>()).ToArray());
        Assert.Equal(q, tested.Select(p => p!["q_value"]!.GetValue<double>()));
        Assert.All(pairs.Where(p => p!["p_value"] is null), p => Assert.Null(p!["q_value"]));
        foreach (var pair in pairs.Where(p => p!["difference"] is not null))
            Assert.InRange(pair!["difference"]!.GetValue<double>(), pair["ci_low"]!.GetValue<double>(), pair["ci_high"]!.GetValue<double>());

        // The figure is the comparison's.
        var comparison = await OkJsonAsync($"/api/stories/{Story}/comparison");
        var row = Source(comparison, "libertarian-institute")["claims"]!.AsArray().Single(c => c!["target"]!.GetValue<string>() == "war_crimes"
            && c["actor"]!.GetValue<string>() == "russia" && c["voice"]!.GetValue<string>() == "outlet")!;
        Assert.Equal(row["hedged_share"]!.GetValue<double>(), li["value"]!.GetValue<double>());
        Assert.Equal(row["hedged_share_ci_low"]!.GetValue<double>(), li["ci_low"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_differences_csv_has_a_row_per_source_and_per_pair_and_the_etag_answers_304()
    {
        var json = await OkJsonAsync(HedgedRussianWarCrimes);
        var response = await _client.GetAsync(HedgedRussianWarCrimes + "&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = CsvReader.FromText(await response.Content.ReadAsStringAsync(), null);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        Assert.Contains("q_value", reader.Headers);
        Assert.Equal(json["sources"]!.AsArray().Count + json["pairs"]!.AsArray().Count, rows.Count);
        var pair = json["pairs"]!.AsArray().First(p => p!["q_value"] is not null)!;
        var csvPair = rows.Single(r => r["source"] == pair["first"]!.GetValue<string>() && r["other_source"] == pair["second"]!.GetValue<string>());
        Assert.Equal(pair["q_value"]!.GetValue<double>(), double.Parse(csvPair["q_value"], CultureInfo.InvariantCulture));

        var first = await _client.GetAsync(HedgedRussianWarCrimes);
        var again = new HttpRequestMessage(HttpMethod.Get, HedgedRussianWarCrimes);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
        // Another metric is another answer with another tag.
        var other = await _client.GetAsync($"/api/stories/{Story}/comparison/differences?metric=asserted_share&target=war_crimes&actor=russia");
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task Sources_differences_compare_the_anonymous_share_of_the_sources_asked_for()
    {
        var differences = await OkJsonAsync($"/api/comparisons/sources/differences?sources={Sources}&metric=anonymous_share&story={Story}");
        Assert.Equal(Sources.Split(',').Order(), differences["sources"]!.AsArray().Select(s => s!["source"]!.GetValue<string>()).Order());
        Assert.Equal(3, differences["pairs"]!.AsArray().Count);
        Assert.Equal("sources", differences["scope"]!["kind"]!.GetValue<string>());

        var topic = await OkJsonAsync($"/api/comparisons/sources/differences?sources={Sources}&metric=topic_coverage&topic=cluster_munitions");
        var li = topic["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!;
        Assert.Equal(1.0, li["value"]!.GetValue<double>());
        Assert.Null(li["n_mentions"]);   // coverage counts articles
    }

    [Fact]
    public async Task A_dic_dictionary_imported_with_the_default_kind_appears_in_the_seed_story_comparison_after_its_rescoring_job()
    {
        const string lexicon = "researcher-war";
        var before = await OkJsonAsync($"/api/stories/{Story}/comparison");
        Assert.All(before["sources"]!.AsArray(), s => Assert.DoesNotContain(s!["categories"]!.AsArray(), c => c!["lexicon"]!.GetValue<string>() == lexicon));

        const string dic = "%\n1\tweapons\n2\tlaw\n%\ncluster*\t1\nmunition*\t1\nbomb*\t1\nwar crime*\t2\ncourt*\t2\nevidence\t2\n";
        var imported = await _client.PostAsync($"/api/lexicons/import?name={lexicon}", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var created = await imported.JsonAsync();
        Assert.True(imported.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        var job = created["job"]!["id"]!.GetValue<long>();
        Assert.Equal("custom", (await OkJsonAsync($"/api/lexicons/{lexicon}"))["kind"]!.GetValue<string>());
        Assert.Equal("succeeded", (await Wait.ForJobAsync(_client, job))["status"]!.GetValue<string>());

        var after = await OkJsonAsync($"/api/stories/{Story}/comparison");
        Assert.Contains(after["lexicons"]!.AsArray(), l => l!["name"]!.GetValue<string>() == lexicon);
        var rows = Source(after, "libertarian-institute")["categories"]!.AsArray().Where(c => c!["lexicon"]!.GetValue<string>() == lexicon).ToList();
        var weapons = rows.Single(c => c!["category"]!.GetValue<string>() == "weapons" && c["voice"]!.GetValue<string>() == "outlet")!;
        Assert.True(weapons["hits"]!.GetValue<int>() > 0, weapons.ToJsonString());
        Assert.Equal(weapons["hits"]!.GetValue<int>() * 1000.0 / weapons["words"]!.GetValue<long>(), weapons["per1000_words"]!.GetValue<double>(), 9);
        Assert.InRange(weapons["per1000_words"]!.GetValue<double>(), weapons["per1000_words_ci_low"]!.GetValue<double>(),
            weapons["per1000_words_ci_high"]!.GetValue<double>());
        Assert.Equal(1, weapons["n_articles"]!.GetValue<int>());
        Assert.True(weapons["low_n"]!.GetValue<bool>());
        Assert.Contains(rows, c => c!["voice"]!.GetValue<string>() == "article");

        // Its evidence link lists the hits counted; and the differences endpoint compares the category.
        var evidence = await OkJsonAsync(weapons["evidence"]!.GetValue<string>());
        Assert.Equal(weapons["hits"]!.GetValue<int>(), evidence["total"]!.GetValue<long>());
        var rate = await OkJsonAsync($"/api/stories/{Story}/comparison/differences?metric=category_rate&lexicon={lexicon}&category=weapons");
        Assert.Equal(weapons["per1000_words"]!.GetValue<double>(),
            rate["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["value"]!.GetValue<double>(), 9);
    }

    [Theory]
    [InlineData($"/api/stories/{Story}/comparison/differences", "metric")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedging", "metric")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=topic_coverage", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=topic_coverage&topic=tariffs", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&topic=cluster_munitions", "topic")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&target=weather", "target")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&actor=martians", "actor")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&voice=whisper", "voice")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=anonymous_share&voice=outlet", "voice")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=category_rate&category=care", "lexicon")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=category_rate&lexicon=no-such-lexicon&category=care", "lexicon")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=category_rate&lexicon=loaded&category=nothing", "category")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=hedged_share&format=xml", "format")]
    [InlineData($"/api/stories/{Story}/comparison?lexicon=no-such-lexicon", "lexicon")]
    [InlineData($"/api/stories/{Story}/comparison?lexicon=,", "lexicon")]
    [InlineData($"/api/comparisons/sources?sources={Sources}&lexicon=no-such-lexicon", "lexicon")]
    [InlineData("/api/comparisons/sources/differences?metric=anonymous_share", "sources")]
    [InlineData($"/api/comparisons/sources/differences?sources={Sources}&metric=anonymous_share&from=2023-08-01&to=2023-07-01", "from")]
    [InlineData($"/api/comparisons/sources/differences?sources={Sources}&metric=loaded_per_1000&category=nothing", "category")]
    [InlineData($"/api/comparisons/sources/differences?sources={Sources}&metric=topic_emphasis&topic=tariffs", "topic")]
    public async Task Bad_metric_parameters_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task A_story_that_does_not_exist_has_no_differences()
    {
        await (await _client.GetAsync("/api/stories/no-such-story/comparison/differences?metric=anonymous_share")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accept_text_csv_chooses_the_differences_csv()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, HedgedRussianWarCrimes);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await _client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"differences-{Story}-hedged_share.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
