using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// GET /api/timeseries, GET /api/attention and GET /api/articles?q= (issue 15 sections 2 and 3) over the seed story,
/// through the real HTTP pipeline and PostgreSQL. Expected figures are read from other endpoints (the article list, the
/// story comparison) or from articles the test adds, never written in.
/// </summary>
public sealed class TimeSeriesApiTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Story = "biden-icc-evidence-2023";
    const string Range = "from=2023-07-20&to=2023-07-31";

    async Task<JsonNode> OkAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The seed story's sources, from the story's article list.</summary>
    async Task<List<string>> StorySourcesAsync() =>
        (await OkAsync($"/api/articles?story={Story}&page_size=200"))["items"]!.AsArray()
        .Select(a => a!["source"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal).ToList();

    static List<JsonNode> Items(JsonNode response) => [.. response["items"]!.AsArray().Select(i => i!)];

    static DateTime Start(JsonNode row) =>
        DateTime.Parse(row["bucket_start"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>
    /// user20: from and to are echoed in UTC written as every other time of the API (bucket_start, published_at) is,
    /// with a Z — they were written +00:00 beside bucket_starts with Z, in the same answer — also when sent with an
    /// offset, in time series, attention and a sources comparison.
    /// </summary>
    [Fact]
    public async Task From_and_to_are_echoed_in_utc_with_a_z_as_every_other_time()
    {
        var sources = string.Join(',', await StorySourcesAsync());
        foreach (var url in new[]
        {
            $"/api/timeseries?sources={sources}&{Range}&metric=articles&interval=week",
            $"/api/attention?sources={sources}&{Range}&q=war%20crimes&interval=week",
        })
        {
            var answer = await OkAsync(url);
            Assert.Equal("2023-07-20T00:00:00Z", answer["from"]!.GetValue<string>());
            Assert.Equal("2023-07-31T23:59:59.999999Z", answer["to"]!.GetValue<string>());
            Assert.EndsWith("Z", Items(answer)[0]["bucket_start"]!.GetValue<string>());
        }
        var offset = await OkAsync($"/api/timeseries?sources={sources}&from=2023-07-20T02:00:00%2B02:00&to=2023-07-31&metric=articles&interval=week");
        Assert.Equal("2023-07-20T00:00:00Z", offset["from"]!.GetValue<string>());
        var scope = (await OkAsync($"/api/comparisons/sources?sources={sources}&{Range}"))["scope"]!;
        Assert.Equal("2023-07-20T00:00:00Z", scope["from"]!.GetValue<string>());
        Assert.Equal("2023-07-31T23:59:59.999999Z", scope["to"]!.GetValue<string>());
    }

    /// <summary>user20: the time series and the differences name the category rate otherwise (category_per_1000,
    /// category_rate); each one's 400 says what the other's name is called here, not only the list.</summary>
    [Theory]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=category_rate&lexicon=loaded&category=emotive", "category_per_1000")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=topic_sentence_share&topic=bucha", "topic_emphasis")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=category_per_1000&lexicon=loaded&category=emotive", "category_rate here")]
    [InlineData($"/api/stories/{Story}/comparison/differences?metric=articles", "GET /api/timeseries?metric=articles")]
    public async Task The_other_endpoints_metric_name_is_a_400_that_names_this_ones(string url, string hint)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["metric"], problem.ErrorFields());
        Assert.Contains(hint, problem["errors"]!["metric"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Articles_per_day_has_a_row_for_every_source_and_day_zeros_included_and_counts_the_article_list()
    {
        var sources = await StorySourcesAsync();
        Assert.True(sources.Count >= 5, string.Join(",", sources));
        var series = await OkAsync($"/api/timeseries?sources={string.Join(',', sources)}&{Range}&interval=day&metric=articles");
        var items = Items(series);

        Assert.Equal(12, series["buckets"]!.GetValue<int>());
        Assert.Equal(sources.Count * 12, items.Count);
        foreach (var source in sources)
        {
            var rows = items.Where(i => i["source"]!.GetValue<string>() == source).ToList();
            Assert.Equal(12, rows.Count);
            Assert.Equal(Enumerable.Range(0, 12).Select(d => new DateTime(2023, 7, 20, 0, 0, 0, DateTimeKind.Utc).AddDays(d)), rows.Select(Start));
            Assert.Contains(rows, r => r["total_articles"]!.GetValue<int>() == 0 && r["value"]!.GetValue<double>() == 0);

            // Each day's count is the number of the source's articles the article list dates that day.
            var listed = (await OkAsync($"/api/articles?source={source}&{Range}&page_size=200"))["items"]!.AsArray()
                .GroupBy(a => DateTime.Parse(a!["published_at"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).Date)
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.NotEmpty(listed);
            foreach (var row in rows)
            {
                Assert.Equal(listed.GetValueOrDefault(Start(row)), row["total_articles"]!.GetValue<int>());
                Assert.Equal(row["total_articles"]!.GetValue<int>(), row["value"]!.GetValue<double>());
                Assert.True(row["ci_low"]!.GetValue<double>() <= row["value"]!.GetValue<double>() && row["value"]!.GetValue<double>() < row["ci_high"]!.GetValue<double>());
            }
        }
    }

    [Fact]
    public async Task Weeks_start_on_monday_and_months_on_the_first_and_buckets_reach_over_the_range_ends()
    {
        var weeks = Items(await OkAsync($"/api/timeseries?sources=hngn&{Range}&interval=week&metric=articles"));
        // Thursday 20 July to Monday 31 July: the weeks of Monday 17, 24 and 31 July.
        Assert.Equal([new DateTime(2023, 7, 17), new DateTime(2023, 7, 24), new DateTime(2023, 7, 31)], weeks.Select(w => Start(w).Date));
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, Start(w).DayOfWeek));

        var months = Items(await OkAsync("/api/timeseries?sources=hngn&from=2023-06-15&to=2023-08-02&interval=month&metric=articles"));
        Assert.Equal([new DateTime(2023, 6, 1), new DateTime(2023, 7, 1), new DateTime(2023, 8, 1)], months.Select(m => Start(m).Date));
        var days = Items(await OkAsync("/api/timeseries?sources=hngn&from=2023-07-01&to=2023-07-31&interval=day&metric=articles"));
        Assert.Equal(days.Sum(d => d["total_articles"]!.GetValue<int>()), months[1]["total_articles"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_hedged_share_over_the_story_month_is_the_story_comparisons_share_with_an_interval_and_low_n()
    {
        var comparison = await OkAsync($"/api/stories/{Story}/comparison");
        var source = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!;
        var row = source["claims"]!.AsArray().Single(c => c!["target"]!.GetValue<string>() == "war_crimes"
            && c["actor"]!.GetValue<string>() == "russia" && c["voice"]!.GetValue<string>() == "outlet")!;

        var series = await OkAsync($"/api/timeseries?sources=libertarian-institute&story={Story}&{Range}&interval=month&metric=hedged_share&target=war_crimes&actor=russia");
        var point = Items(series).Single();
        Assert.Equal(row["total"]!.GetValue<int>(), point["n_mentions"]!.GetValue<int>());
        Assert.Equal(row["hedged_share"]!.GetValue<double>(), point["value"]!.GetValue<double>(), 9);
        Assert.Equal(1, point["n_articles"]!.GetValue<int>());
        Assert.True(point["low_n"]!.GetValue<bool>());
        Assert.True(point["ci_low"]!.GetValue<double>() <= point["value"]!.GetValue<double>());
        Assert.True(point["value"]!.GetValue<double>() <= point["ci_high"]!.GetValue<double>());
        Assert.Equal("claims", series["lexicons"]!.AsArray().Single()!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("topic_coverage&topic=cluster_munitions")]
    [InlineData("topic_emphasis&topic=cluster_munitions")]
    [InlineData("attributed_share")]
    [InlineData("denied_share")]
    [InlineData("asserted_share")]
    [InlineData("anonymous_share")]
    [InlineData("loaded_per_1000")]
    [InlineData("category_per_1000&lexicon=loaded&category=emotive")]
    public async Task Every_metric_answers_a_row_per_source_and_bucket_with_its_value_inside_its_interval(string metric)
    {
        var sources = await StorySourcesAsync();
        var items = Items(await OkAsync($"/api/timeseries?sources={string.Join(',', sources)}&{Range}&interval=week&metric={metric}"));
        Assert.Equal(sources.Count * 3, items.Count);
        Assert.Contains(items, i => i["value"] is not null);
        Assert.All(items.Where(i => i["value"] is not null && i["ci_low"] is not null), i => Assert.InRange(i["value"]!.GetValue<double>(), i["ci_low"]!.GetValue<double>(), i["ci_high"]!.GetValue<double>()));
        Assert.All(items.Where(i => i["total_articles"]!.GetValue<int>() == 0), i => Assert.Null(i["value"]));
    }

    [Fact]
    public async Task A_search_for_cluster_munitions_finds_the_libertarian_institute_article_with_a_highlighted_snippet()
    {
        var hits = Items(await OkAsync("/api/articles?q=%22cluster%20munitions%22%20OR%20%22cluster%20bombs%22"));
        var hit = hits.Single(h => h["source"]!.GetValue<string>() == "libertarian-institute");
        var snippet = hit["snippet"]!.GetValue<string>();
        var highlights = hit["highlights"]!.AsArray();
        Assert.NotEmpty(highlights);
        var marked = highlights.Select(h => snippet[h!["start"]!.GetValue<int>()..h["end"]!.GetValue<int>()].ToLowerInvariant()).ToList();
        Assert.Contains("cluster", marked);
        Assert.All(marked, m => Assert.Contains(m, new[] { "cluster", "munition", "munitions", "bomb", "bombs" }));
        Assert.Contains("<mark>", hit["snippet_html"]!.GetValue<string>());

        var plain = Items(await OkAsync("/api/articles?q=cluster%20munitions"));
        Assert.Contains(plain, h => h["source"]!.GetValue<string>() == "libertarian-institute");
        Assert.All(plain, h => Assert.True(h["rank"]!.GetValue<double>() > 0));
        Assert.DoesNotContain(Items(await OkAsync("/api/articles?q=cluster%20munitions%20-bombs")), h => h["source"]!.GetValue<string>() == "libertarian-institute");
    }

    [Fact]
    public async Task Attention_to_cluster_munitions_gives_libertarian_institute_a_share_of_one_and_the_others_zero()
    {
        var sources = await StorySourcesAsync();
        var matching = Items(await OkAsync("/api/articles?q=cluster%20munitions&page_size=200")).Select(h => h["id"]!.GetValue<long>()).ToHashSet();
        var attention = await OkAsync($"/api/attention?sources={string.Join(',', sources)}&{Range}&interval=month&q=cluster%20munitions");
        Assert.Equal("'cluster' & 'munit'", attention["query"]!.GetValue<string>());
        foreach (var point in Items(attention))
        {
            var source = point["source"]!.GetValue<string>();
            var listed = (await OkAsync($"/api/articles?source={source}&{Range}&page_size=200"))["items"]!.AsArray();
            Assert.Equal(listed.Count, point["n_articles"]!.GetValue<int>());
            Assert.Equal(listed.Count(a => matching.Contains(a!["id"]!.GetValue<long>())), point["n_matching"]!.GetValue<int>());
            Assert.Equal(source == "libertarian-institute" ? 1.0 : 0.0, point["share"]!.GetValue<double>());
            Assert.InRange(point["share"]!.GetValue<double>(), point["ci_low"]!.GetValue<double>(), point["ci_high"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task Added_articles_move_the_series_and_the_etag_and_empty_buckets_stay_rows()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "series-wire", name = "Series Wire" });
        var url = "/api/attention?sources=series-wire&from=2023-03-01&to=2023-03-05&q=harbour%20fire";
        var before = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.All(Items(await before.JsonAsync()), p => Assert.Equal(0, p["n_articles"]!.GetValue<int>()));

        foreach (var (day, text) in new[] { ("2023-03-02", "A harbour fire burned for hours."), ("2023-03-04", "The council met on Tuesday.") })
        {
            var created = await _client.PostJsonAsync("/api/articles", new { source = "series-wire", published_at = $"{day}T10:00:00Z", title = "Report", text });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(before.Headers.ETag!.Tag));
        var after = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
        var points = Items(await after.JsonAsync());
        Assert.Equal([0, 1, 0, 1, 0], points.Select(p => p["n_articles"]!.GetValue<int>()));
        Assert.Equal([0, 1, 0, 0, 0], points.Select(p => p["n_matching"]!.GetValue<int>()));
        Assert.Equal([null, 1.0, null, 0.0, null], points.Select(p => p["share"]?.GetValue<double>()));

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(after.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);

        var series = Items(await OkAsync("/api/timeseries?sources=series-wire&from=2023-03-01&to=2023-03-05&metric=articles"));
        Assert.Equal([0, 1, 0, 1, 0], series.Select(p => p["total_articles"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_csv_has_the_json_rows_as_columns()
    {
        var query = $"sources=hngn,libertarian-institute&{Range}&interval=day&metric=articles";
        var json = Items(await OkAsync($"/api/timeseries?{query}"));
        var csv = await _client.GetAsync($"/api/timeseries?{query}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-csv\"", csv.Headers.ETag!.Tag);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("source,bucket_start,metric,total_articles,n_articles,n_mentions,value,ci_low,ci_high,low_n", lines[0]);
        Assert.Equal(json.Count, lines.Length - 1);
        for (var i = 0; i < json.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(json[i]["source"]!.GetValue<string>(), cells[0]);
            Assert.Equal(Start(json[i]), DateTime.Parse(cells[1], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
            Assert.Equal(json[i]["total_articles"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), cells[3]);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/attention?sources=hngn&{Range}&q=cluster");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var attention = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.StartsWith("source,bucket_start,n_articles,n_matching,share,ci_low,ci_high,low_n\n", attention);
        Assert.Equal(13, attention.TrimEnd('\n').Split('\n').Length);
    }

    [Theory]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=bogus", "metric")]
    [InlineData("/api/timeseries?sources=hngn&" + Range, "metric")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=articles&interval=fortnight", "interval")]
    [InlineData("/api/attention?sources=hngn&" + Range + "&q=cluster&interval=hour", "interval")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=topic_coverage&topic=no_such_topic", "topic")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=topic_coverage", "topic")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=articles&topic=cluster_munitions", "topic")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=hedged_share&target=no_such_target", "target")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=category_per_1000&lexicon=loaded&category=nope", "category")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=category_per_1000&lexicon=nope&category=emotive", "lexicon")]
    [InlineData("/api/timeseries?sources=hngn&from=2023-08-01&to=2023-07-01&metric=articles", "from")]
    [InlineData("/api/attention?sources=hngn&from=2023-08-01&to=2023-07-01&q=cluster", "from")]
    [InlineData("/api/timeseries?sources=hngn&from=2023-07-01&metric=articles", "to")]
    [InlineData("/api/timeseries?sources=hngn&from=1990-01-01&to=2023-07-01&metric=articles", "interval")]
    [InlineData("/api/timeseries?sources=no-such-source&" + Range + "&metric=articles", "sources")]
    [InlineData("/api/timeseries?" + Range + "&metric=articles", "sources")]
    [InlineData("/api/timeseries?sources=hngn&" + Range + "&metric=articles&story=no-such-story", "story")]
    [InlineData("/api/attention?sources=hngn&" + Range + "&q=the%20of%20and", "q")]
    [InlineData("/api/attention?sources=hngn&" + Range + "&q=-cluster", "q")]
    [InlineData("/api/attention?sources=hngn&" + Range, "q")]
    [InlineData("/api/articles?q=the%20of%20and", "q")]
    public async Task Bad_input_is_a_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }
}
