using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CsvHelper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>The comparison results of issue 4, through the API on the seed story.</summary>
public sealed class ComparisonTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    static readonly string[] Five = ["libertarian-institute", "outside-the-beltway", "stars-and-stripes", "nyt-syndicated-copy", "hngn"];
    readonly HttpClient _client = api.Client();

    async Task<JsonNode> ComparisonAsync(string url = $"/api/stories/{Story}/comparison")
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    static JsonNode Source(JsonNode comparison, string slug) =>
        comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == slug)!;

    static JsonNode Topic(JsonNode source, string topic) =>
        source["topics"]!.AsArray().Single(t => t!["topic"]!.GetValue<string>() == topic)!;

    [Fact]
    public async Task Every_source_of_the_story_has_a_row_with_its_article_count()
    {
        var comparison = await ComparisonAsync();
        Assert.Equal(5, comparison["article_count"]!.GetValue<int>());
        Assert.Equal(Five.Order(), comparison["sources"]!.AsArray().Select(s => s!["source"]!.GetValue<string>()).Order());
        Assert.All(comparison["sources"]!.AsArray(), s => Assert.Equal(1, s!["article_count"]!.GetValue<int>()));
        Assert.Equal(9, comparison["topics"]!.AsArray().Count);
    }

    [Fact]
    public async Task Cluster_munitions_are_covered_by_the_libertarian_institute_only_with_the_highest_emphasis()
    {
        var comparison = await ComparisonAsync();
        foreach (var slug in Five)
        {
            var topic = Topic(Source(comparison, slug), "cluster_munitions");
            Assert.Equal(slug == "libertarian-institute", topic["covered"]!.GetValue<bool>());
        }
        var li = Topic(Source(comparison, "libertarian-institute"), "cluster_munitions");
        Assert.Equal(1, li["rank"]!.GetValue<int>());
        Assert.True(Five.Where(s => s != "libertarian-institute").All(s =>
            Topic(Source(comparison, s), "cluster_munitions")["emphasis"]!.GetValue<double>() < li["emphasis"]!.GetValue<double>()));

        // Its evidence link lists the spans behind the number.
        var evidence = await (await _client.GetAsync(li["evidence"]!.GetValue<string>())).JsonAsync();
        Assert.Equal(li["hits"]!.GetValue<int>(), evidence["total"]!.GetValue<long>());
        Assert.All(evidence["items"]!.AsArray(), e => Assert.Equal("cluster_munitions", e!["category"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bucha_is_stars_and_stripes_only_and_pentagon_resistance_is_nobodys_omission()
    {
        var comparison = await ComparisonAsync();
        foreach (var slug in Five)
        {
            var source = Source(comparison, slug);
            Assert.Equal(slug == "stars-and-stripes", Topic(source, "bucha")["covered"]!.GetValue<bool>());
            Assert.True(Topic(source, "pentagon_resistance")["covered"]!.GetValue<bool>());
            var omissions = source["omissions"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
            Assert.DoesNotContain("pentagon_resistance", omissions);
            Assert.DoesNotContain("bucha", omissions); // covered by one other source of four: less than half
        }
    }

    [Fact]
    public async Task Russian_war_crimes_are_hedged_by_the_libertarian_institute_and_asserted_by_the_nyt_copy()
    {
        var comparison = await ComparisonAsync();
        JsonNode Row(string slug, string actor) => Source(comparison, slug)["claims"]!.AsArray()
            .Single(c => c!["target"]!.GetValue<string>() == "war_crimes" && c["actor"]!.GetValue<string>() == actor && c["voice"]!.GetValue<string>() == "outlet")!;

        var li = Row("libertarian-institute", "russia");
        Assert.True(li["hedged_share"]!.GetValue<double>() > 0.5, li.ToJsonString());
        var nyt = Row("nyt-syndicated-copy", "russia");
        Assert.True(nyt["asserted_share"]!.GetValue<double>() > 0.5, nyt.ToJsonString());

        // Actor "us": the Libertarian Institute mostly asserts ("US war crimes", "American war crimes"; "US officials
        // … accused of war crimes" is hedged), the fifth file (HNGN) hedges ("allegations of US forces …").
        var liUs = Row("libertarian-institute", "us");
        var hngnUs = Row("hngn", "us");
        Assert.True(liUs["asserted_share"]!.GetValue<double>() > 0.5, liUs.ToJsonString());
        Assert.True(hngnUs["hedged_share"]!.GetValue<double>() > 0.5 && hngnUs["asserted"]!.GetValue<int>() == 0, hngnUs.ToJsonString());
    }

    [Fact]
    public async Task The_nyt_copy_shares_most_of_its_text_with_the_blog_that_quotes_it()
    {
        // Outside the Beltway quotes the NYT story at length under a credit line ("NYT (“…”):"): that excerpt is quoted
        // speech, not the blog's own voice (issue 11, class 6). So the NYT copy's own text is found in the blog, while
        // the blog's own words — its introduction and comment — are its own.
        var comparison = await ComparisonAsync();
        var nyt = Source(comparison, "nyt-syndicated-copy")["shared_text"]!.AsArray().Single()!;
        Assert.Equal("outside-the-beltway", nyt["shares_most_with_source"]!.GetValue<string>());
        var withBlog = nyt["shares_most_share"]!.GetValue<double>();
        Assert.True(withBlog > 0.3, nyt.ToJsonString());

        var otb = Source(comparison, "outside-the-beltway")["shared_text"]!.AsArray().Single()!;
        Assert.True(otb["share"]!.GetValue<double>() < withBlog / 2, otb.ToJsonString());
    }


    [Fact]
    public async Task Cluster_bombs_are_distinctive_of_the_libertarian_institute()
    {
        var comparison = await ComparisonAsync();
        var terms = Source(comparison, "libertarian-institute")["distinctive_terms"]!.AsArray();
        var top = terms.Select(t => t!["term"]!.GetValue<string>()).ToList();
        Assert.True(top.Contains("cluster") || top.Contains("bombs"), string.Join(", ", top));
        var z = terms.Select(t => t!["z_score"]!.GetValue<double>()).ToList();
        Assert.Equal(z.OrderDescending(), z);
    }

    [Fact]
    public async Task The_csv_parses_into_the_documented_columns_with_the_json_numbers()
    {
        var json = await ComparisonAsync();
        var response = await _client.GetAsync($"/api/stories/{Story}/comparison?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"comparison-{Story}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var reader = CsvReader.FromText(await response.Content.ReadAsStringAsync(), null);
        Assert.Equal(["story", "source", "article_count", "group", "key", "actor", "voice", "framing", "measure", "value", "detail",
            "ci_low", "ci_high", "n_articles", "n_mentions", "low_n"], reader.Headers.ToArray());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));

        // One row per source × measure: no duplicates.
        var keys = rows.Select(r => string.Join("|", r["source"], r["group"], r["key"], r["actor"], r["voice"], r["framing"], r["measure"])).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Five.Order(), rows.Select(r => r["source"]).Distinct().Order());

        double Value(string source, string group, string key, string measure, string actor = "", string voice = "", string framing = "") =>
            double.Parse(rows.Single(r => r["source"] == source && r["group"] == group && r["key"] == key && r["measure"] == measure
                && r["actor"] == actor && (voice == "" || r["voice"] == voice) && r["framing"] == framing)["value"], CultureInfo.InvariantCulture);

        foreach (var slug in Five)
        {
            var source = Source(json, slug);
            foreach (var topic in source["topics"]!.AsArray())
            {
                var key = topic!["topic"]!.GetValue<string>();
                Assert.Equal(topic["emphasis"]!.GetValue<double>(), Value(slug, "topic", key, "emphasis"));
                Assert.Equal(topic["hits"]!.GetValue<int>(), Value(slug, "topic", key, "hits"));
                Assert.Equal(topic["rank"]!.GetValue<int>(), Value(slug, "topic", key, "rank"));
            }
            foreach (var claim in source["claims"]!.AsArray())
            {
                Assert.Equal(claim!["hedged_share"]!.GetValue<double>(),
                    Value(slug, "claim", claim["target"]!.GetValue<string>(), "share", claim["actor"]!.GetValue<string>(), claim["voice"]!.GetValue<string>(), "hedged"));
                // The interval columns carry the JSON's interval and support.
                var row = rows.Single(r => r["source"] == slug && r["group"] == "claim" && r["key"] == claim["target"]!.GetValue<string>()
                    && r["actor"] == claim["actor"]!.GetValue<string>() && r["voice"] == claim["voice"]!.GetValue<string>()
                    && r["framing"] == "hedged" && r["measure"] == "share");
                Assert.Equal(claim["hedged_share_ci_low"]?.GetValue<double>(), row["ci_low"] == "" ? null : double.Parse(row["ci_low"], CultureInfo.InvariantCulture));
                Assert.Equal(claim["hedged_share_ci_high"]?.GetValue<double>(), row["ci_high"] == "" ? null : double.Parse(row["ci_high"], CultureInfo.InvariantCulture));
                Assert.Equal(claim["n_articles"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row["n_articles"]);
                Assert.Equal(claim["low_n"]!.GetValue<bool>() ? "true" : "false", row["low_n"]);
            }
            foreach (var term in source["distinctive_terms"]!.AsArray())
                Assert.Equal(term!["z_score"]!.GetValue<double>(), Value(slug, "distinctive_term", term["term"]!.GetValue<string>(), "z_score"));
        }

        // Accept: text/csv chooses CSV too.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{Story}/comparison");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        Assert.Equal("text/csv", (await _client.SendAsync(request)).Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{0}", HttpStatusCode.NotModified)]
    [InlineData("\"stale\", {0}", HttpStatusCode.NotModified)]
    [InlineData("W/{0}", HttpStatusCode.NotModified)]
    [InlineData("*", HttpStatusCode.NotModified)]
    [InlineData("\"stale\"", HttpStatusCode.OK)]
    [InlineData("not an entity tag", HttpStatusCode.OK)]
    public async Task If_none_match_is_read_as_a_list_of_entity_tags_compared_weakly_or_a_star(string header, HttpStatusCode expected)
    {
        // RFC 9110 13.1.2: a cache that kept several representations sends their tags in one header; W/ marks a weak
        // tag, which matches for If-None-Match; "*" matches whenever the resource exists.
        var etag = (await _client.GetAsync($"/api/stories/{Story}/comparison")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{Story}/comparison");
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(header, etag));
        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_etag_answers_304_until_an_article_is_added_and_omissions_appear()
    {
        var first = await _client.GetAsync($"/api/stories/{Story}/comparison");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{Story}/comparison");
        again.Headers.IfNoneMatch.Add(etag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);

        // A sixth source that covers none of the story's shared topics: topics that at least half of the others
        // cover are its omissions.
        await _client.PostJsonAsync("/api/sources", new { slug = "weather-desk", name = "Weather desk" });
        var added = await _client.PostJsonAsync("/api/articles", new
        {
            source = "weather-desk", story = Story, published_at = "2023-07-26",
            text = "Storms are expected across the region on Thursday. Forecasters said heavy rain would ease by the weekend.",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var after = new HttpRequestMessage(HttpMethod.Get, $"/api/stories/{Story}/comparison");
        after.Headers.IfNoneMatch.Add(etag!);
        var changed = await _client.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);

        var comparison = await changed.JsonAsync();
        var weather = Source(comparison, "weather-desk");
        var omissions = weather["omissions"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
        Assert.Contains("pentagon_resistance", omissions);
        Assert.Contains("child_deportation", omissions);
        Assert.DoesNotContain("bucha", omissions);
        Assert.DoesNotContain("cluster_munitions", omissions);
        Assert.DoesNotContain(Source(comparison, "nyt-syndicated-copy")["omissions"]!.AsArray(), o => o!.GetValue<string>() == "pentagon_resistance");

        // Cleanup so the other tests of this class see the five seed sources.
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{(await added.JsonAsync())["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Sources_can_be_compared_over_a_date_range()
    {
        var comparison = await ComparisonAsync("/api/comparisons/sources?sources=libertarian-institute,hngn&from=2023-07-01&to=2023-07-31");
        Assert.Equal(["hngn", "libertarian-institute"], comparison["sources"]!.AsArray().Select(s => s!["source"]!.GetValue<string>()).Order().ToArray());
        Assert.True(Topic(Source(comparison, "libertarian-institute"), "cluster_munitions")["covered"]!.GetValue<bool>());

        var one = await ComparisonAsync("/api/comparisons/sources?sources=libertarian-institute,hngn&from=2023-07-01&to=2023-07-31&topic=bucha");
        Assert.Single(one["topics"]!.AsArray());

        var outside = await ComparisonAsync("/api/comparisons/sources?sources=libertarian-institute&from=2020-01-01&to=2020-12-31");
        Assert.Empty(outside["sources"]!.AsArray());

        var csv = await _client.GetAsync("/api/comparisons/sources?sources=libertarian-institute,hngn&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/stories/no-such-story/comparison", HttpStatusCode.NotFound, null)]
    [InlineData("/api/comparisons/sources?sources=libertarian-institute,no-such-source", HttpStatusCode.BadRequest, "sources")]
    [InlineData("/api/comparisons/sources?sources=hngn&story=no-such-story", HttpStatusCode.BadRequest, "story")]
    [InlineData("/api/stories/no-such-story/comparison/evidence?source=hngn", HttpStatusCode.NotFound, null)]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=no-such-source", HttpStatusCode.BadRequest, "source")]
    [InlineData("/api/comparisons/sources/evidence?source=no-such-source", HttpStatusCode.BadRequest, "source")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&story=no-such-story", HttpStatusCode.BadRequest, "story")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-08-01&to=2023-07-01", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=2023-07-26T00:00:00Z&to=2023-07-26T00:00:00Z", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/comparisons/sources?sources=hngn&from=&to=2023-07-01", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/comparisons/sources?sources=", HttpStatusCode.BadRequest, "sources")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison?topic=weather", HttpStatusCode.BadRequest, "topic")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison?format=xml", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence", HttpStatusCode.BadRequest, "source")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&framing=maybe", HttpStatusCode.BadRequest, "framing")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=secret", HttpStatusCode.BadRequest, "attribution")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=Anonymous", HttpStatusCode.BadRequest, "attribution")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=anonymous&kind=claims", HttpStatusCode.BadRequest, "attribution")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=anonymous&topic=bucha", HttpStatusCode.BadRequest, "attribution")]
    [InlineData("/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&attribution=named&attributed=false", HttpStatusCode.BadRequest, "attribution")]
    [InlineData("/api/comparisons/sources/evidence?source=hngn&attribution=anonymous&format=csv&kind=loaded", HttpStatusCode.BadRequest, "attribution")]
    public async Task Bad_comparison_requests_are_problems(string url, HttpStatusCode status, string? field)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(status);
        if (field is not null) Assert.Contains(field, problem.ErrorFields());
    }

    /// <summary>
    /// user20: the sourcing numbers' evidence filtered to one kind of source (attribution=named, anonymous or
    /// unresolved): each filter's total is the comparison's count of that kind, the three add up to the link's total,
    /// and the CSV has the same spans.
    /// </summary>
    [Fact]
    public async Task The_sourcing_evidence_filters_by_kind_of_source_in_json_and_csv()
    {
        var comparison = await ComparisonAsync();
        var anonymousSeen = 0L;
        foreach (var slug in Five)
        {
            var sourcing = Source(comparison, slug)["sourcing"]!;
            var link = sourcing["evidence"]!.GetValue<string>();
            var all = await (await _client.GetAsync(link + "&page_size=200")).JsonAsync();
            var sum = 0L;
            foreach (var kind in new[] { "named", "anonymous", "unresolved" })
            {
                var page = await (await _client.GetAsync($"{link}&attribution={kind}&page_size=200")).JsonAsync();
                var total = page["total"]!.GetValue<long>();
                Assert.All(page["items"]!.AsArray(), e => Assert.Equal(kind, e!["attribution"]!.GetValue<string>()));
                Assert.Equal(sourcing[kind]!.GetValue<long>(), total);
                sum += total;
                if (kind != "anonymous" || total == 0) continue;
                anonymousSeen += total;

                var csv = await _client.GetAsync($"{link}&attribution=anonymous&page_size=200&format=csv");
                Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
                Assert.Equal(total.ToString(CultureInfo.InvariantCulture), csv.Headers.GetValues("X-Total-Count").Single());
                using var reader = CsvReader.FromText(await csv.Content.ReadAsStringAsync(), null);
                var rows = 0;
                while (reader.Read())
                {
                    Assert.Equal("anonymous", reader.GetString("attribution"));
                    Assert.Equal(page["items"]![rows]!["start"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), reader.GetString("start"));
                    rows++;
                }
                Assert.Equal(total, rows);
            }
            Assert.Equal(all["total"]!.GetValue<long>(), sum);
        }
        Assert.True(anonymousSeen > 0, "the seed story has anonymous sourcing to filter");
    }

    [Fact]
    public async Task An_unknown_topic_lists_the_known_ones()
    {
        var problem = await (await _client.GetAsync($"/api/stories/{Story}/comparison?topic=weather")).ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem["errors"]!["topic"]![0]!.GetValue<string>();
        Assert.Contains("cluster_munitions", message);
        Assert.Contains("bucha", message);
    }

    [Fact]
    public async Task More_than_fifty_sources_is_a_400()
    {
        var sources = string.Join(',', Enumerable.Range(0, 51).Select(i => $"s{i}"));
        var problem = await (await _client.GetAsync($"/api/comparisons/sources?sources={sources}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sources", problem.ErrorFields());
    }

    [Fact]
    public async Task A_story_without_articles_is_an_empty_valid_comparison()
    {
        await _client.PostJsonAsync("/api/stories", new { slug = "empty-story", title = "Nothing yet" });
        var comparison = await ComparisonAsync("/api/stories/empty-story/comparison");
        Assert.Equal(0, comparison["article_count"]!.GetValue<int>());
        Assert.Empty(comparison["sources"]!.AsArray());
        var csv = await (await _client.GetAsync("/api/stories/empty-story/comparison?format=csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("story,source,article_count,group,key,actor,voice,framing,measure,value,detail", csv);
    }
}
