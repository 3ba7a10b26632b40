using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using FramingApi.Tests.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Tests;

/// <summary>
/// What the OpenAPI document promises a generated client and a researcher in Swagger UI (issue 16 §3), held against the
/// real API over the seed story: numbers are numbers, closed sets are the vocabulary's enums, every GET answers its
/// examples with JSON that keeps its schema, and the write examples leave the seed story as it was.
/// </summary>
public sealed class OpenApiContractTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = Examples.SeedStory;
    readonly HttpClient _client = api.Client();

    async Task<JsonObject> DocumentAsync() => (await (await _client.GetAsync("/openapi/v1.json")).JsonAsync()).AsObject();

    static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select (path.Key, operation.Key.ToUpperInvariant(), operation.Value!.AsObject());

    /// <summary>Every schema in the document, at its place: components, their properties, items, maps and oneOf branches.</summary>
    static IEnumerable<(string At, JsonObject Schema)> AllSchemas(JsonObject document)
    {
        IEnumerable<(string, JsonObject)> Walk(string at, JsonNode? node)
        {
            if (node is not JsonObject s) yield break;
            yield return (at, s);
            foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
                foreach (var inner in Walk($"{at}.{name}", property)) yield return inner;
            foreach (var inner in Walk($"{at}[]", s["items"])) yield return inner;
            foreach (var inner in Walk($"{at}{{}}", s["additionalProperties"])) yield return inner;
            foreach (var branch in s["oneOf"]?.AsArray() ?? [])
                foreach (var inner in Walk(at, branch)) yield return inner;
        }
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
            foreach (var found in Walk(name, schema)) yield return found;
        foreach (var (path, method, operation) in Operations(document))
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
                foreach (var found in Walk($"{method} {path} ?{parameter!["name"]}", parameter["schema"])) yield return found;
    }

    static string[] Types(JsonObject schema) => schema["type"] switch
    {
        JsonValue one => [one.GetValue<string>()],
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        _ => [],
    };

    /// <summary>Every time in the document is a string (with null where it may be missing), the request's
    /// <c>published_at</c> included: it is read by a converter (a time without a zone is UTC), which the schema
    /// generator cannot see through, and a generated client would type an untyped field as <c>unknown</c>.</summary>
    [Fact]
    public async Task Times_are_typed_strings_in_requests_and_answers()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();
        var times = schemas.SelectMany(s => (s.Value!["properties"] as JsonObject ?? [])
            .Where(p => p.Value!["format"]?.GetValue<string>() == "date-time")
            .Select(p => (Name: $"{s.Key}.{p.Key}", Type: p.Value!["type"]?.ToJsonString()))).ToList();
        Assert.Contains(times, t => t.Name == "ArticleCreateRequest.published_at");
        Assert.Contains(times, t => t.Name == "ExportLine.published_at");
        Assert.All(times, t => Assert.True(t.Type is "\"string\"" or "[\"null\",\"string\"]" or "[\"string\",\"null\"]", $"{t.Name}: {t.Type ?? "no type"}"));
    }

    [Fact]
    public async Task Numbers_are_numbers_and_integers_integers()
    {
        var document = await DocumentAsync();
        var all = AllSchemas(document).ToList();
        var mixed = all.Where(s => Types(s.Schema).Contains("string") && Types(s.Schema).Intersect(["number", "integer"]).Any()).Select(s => s.At).ToList();
        Assert.True(mixed.Count == 0, "number or string:\n" + string.Join("\n", mixed));
        var integers = all.Where(s => s.Schema["format"]?.GetValue<string>() is "int32" or "int64").ToList();
        Assert.NotEmpty(integers);
        Assert.All(integers, s => Assert.Contains("integer", Types(s.Schema)));
        Assert.Equal(["number"], Types(Schema(document, "TopicEmphasis")["properties"]!["emphasis"]!.AsObject()));
    }

    [Theory]
    [InlineData("""{"text":"Russia denied war crimes.","lexicon":"claims","lexicon_version":"1"}""", "lexicon_version")]
    [InlineData("""{"text":"Russia denied war crimes.","emphasis":{"headline":"3"}}""", "emphasis.headline")]
    public async Task A_number_sent_as_a_string_is_a_400_naming_the_field(string body, string field)
    {
        var problem = await (await _client.PostRawJsonAsync("/api/analyze", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
        // The same number as a number is read.
        var fixedBody = body.Replace("\"1\"", "1").Replace("\"3\"", "3");
        Assert.Equal(HttpStatusCode.OK, (await _client.PostRawJsonAsync("/api/analyze", fixedBody)).StatusCode);
    }

    [Fact]
    public async Task Closed_sets_are_the_vocabularys_enums()
    {
        var document = await DocumentAsync();
        string?[] Enum(string schema, string property) =>
            [.. Schema(document, schema)["properties"]![property]!["enum"]!.AsArray().Select(v => v?.GetValue<string>())];
        string?[] OrNull(INameSet set) => [.. set.Names, null];
        static void Same(IEnumerable<string?> expected, string?[] actual) => Assert.Equal(expected, actual);

        Same(VoiceNames.Stored.Names, Enum("EvidenceDto", "voice"));
        Same(VoiceNames.Scopes.Names, Enum("ScoreDto", "voice"));
        Same(VoiceNames.Compared.Names, Enum("ClaimFramingRow", "voice"));
        Same(OrNull(FramingNames.Map), Enum("EvidenceDto", "framing"));
        Same(FramingLabelNames.Dominant.Names, Enum("ClaimSummaryRow", "dominant"));
        Same(FramingLabelNames.ArticleLabels.Names, Enum("ClaimActorRow", "article_label"));
        Same(SegmentNames.Map.Names, Enum("SegmentResponse", "kind"));
        Same(OrNull(AttributionNames.Map), Enum("ComparisonEvidence", "attribution"));
        Same(LexiconKindNames.Set.Names, Enum("LexiconSummary", "kind"));
        Same(JobStatusNames.Set.Names, Enum("JobResponse", "status"));
        Same(OrNull(ProvenanceNames.Map), Enum("ArticleResponse", "published_at_source"));
        Same(ValidationUnitNames.Set.Names, Enum("SampleResponse", "unit"));
        Same(EstimateMethodNames.Set.Names, Enum("Estimate", "method"));

        // A field or parameter with the name of a closed set has an enum (or, for composite names, a pattern): a new
        // one cannot slip in as a plain string. The prose ones are listed.
        string[] closedNames = ["voice", "framing", "kind", "status", "segment", "attribution", "dominant", "article_label", "unit", "origin",
            "role", "format", "part", "stratify", "allocation", "content_type", "method", "field", "database"];
        HashSet<string> prose = ["SampleResponse.method", "BootstrapInfo.method", "SharedTextRow.shares_most_with_source"]; // prose, a slug
        var plain = AllSchemas(document)
            .Where(s => closedNames.Contains(s.At.Split('.', '?').Last()) || s.At.EndsWith("_source", StringComparison.Ordinal))
            .Where(s => Types(s.Schema).Contains("string") && s.Schema["enum"] is null && s.Schema["pattern"] is null && !prose.Contains(s.At))
            .Select(s => s.At).ToList();
        Assert.True(plain.Count == 0, "closed sets as plain strings:\n" + string.Join("\n", plain));
    }

    [Fact]
    public async Task Sets_that_lexicons_define_stay_strings_listing_the_builtin_keys_of_the_seed_lexicons()
    {
        var document = await DocumentAsync();
        var topics = JsonNode.Parse(await File.ReadAllTextAsync(SeedLexicon("topics")))!["categories"]!.AsArray().Select(c => c!["key"]!.GetValue<string>());
        var actors = JsonNode.Parse(await File.ReadAllTextAsync(SeedLexicon("claims")))!["categories"]!.AsArray()
            .Where(c => c!["role"]?.GetValue<string>() == "actor").Select(c => c!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(["russia", "us", "ukraine", "israel"], actors);

        var topic = Schema(document, "TopicEmphasis")["properties"]!["topic"]!.AsObject();
        Assert.Null(topic["enum"]);
        Assert.EndsWith($"Built-in: {string.Join(", ", topics)}.", topic["description"]!.GetValue<string>());
        var actor = Schema(document, "EvidenceDto")["properties"]!["actor"]!.AsObject();
        Assert.Null(actor["enum"]);
        Assert.EndsWith($"Built-in: {string.Join(", ", actors)}.", actor["description"]!.GetValue<string>());
        var parameter = document["paths"]!["/api/stories/{slug}/comparison/evidence"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "actor")!;
        Assert.EndsWith($"Built-in: {string.Join(", ", actors)}.", parameter["description"]!.GetValue<string>());
    }

    static string SeedLexicon(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "lexicons", $"{name}.json"))) return Path.Combine(dir.FullName, "seeds", "lexicons", $"{name}.json");
        throw new InvalidOperationException($"No seeds/lexicons/{name}.json above {AppContext.BaseDirectory}.");
    }

    /// <summary>The path with its parameters' examples, and the query of the parameters that have one.</summary>
    static string ExampleUrl(string path, JsonObject operation)
    {
        var query = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter!["name"]!.GetValue<string>();
            var example = parameter["example"];
            if (parameter["in"]!.GetValue<string>() == "path")
            {
                Assert.True(example is not null, $"{path}: path parameter {name} has no example");
                path = path.Replace($"{{{name}}}", Uri.EscapeDataString(Text(example!)));
            }
            else if (example is not null) query.Add($"{name}={Uri.EscapeDataString(Text(example))}");
        }
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    static string Text(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();

    [Fact]
    public async Task Every_read_answers_its_examples_with_json_that_keeps_its_schema()
    {
        var document = await DocumentAsync();
        // Validation set 1 is the one the example of POST /api/validation/sets stores.
        var created = await _client.PostRawJsonAsync("/api/validation/sets",
            document["paths"]!["/api/validation/sets"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var check = new SchemaCheck(document);
        var reads = Operations(document).Where(o => o.Method == "GET").ToList();
        Assert.True(reads.Count >= 20, $"{reads.Count} reads");
        foreach (var (path, _, operation) in reads)
        {
            var url = ExampleUrl(path, operation);
            var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
            // An NDJSON answer (the article export) keeps its schema line by line.
            if (operation["responses"]?["200"]?["content"]?["application/x-ndjson"]?["schema"] is { } lineSchema)
            {
                var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(lines.Length > 0, $"GET {url}: no line");
                foreach (var line in lines) check.Check(JsonNode.Parse(line), lineSchema, $"GET {url}");
                continue;
            }
            var schema = operation["responses"]?["200"]?["content"]?["application/json"]?["schema"];
            Assert.True(schema is not null, $"GET {path}: no JSON schema for 200");
            if (schema is not null) check.Check(JsonNode.Parse(body), schema, $"GET {url}");
        }
        Assert.True(check.Problems.Count == 0, string.Join("\n", check.Problems.Take(40)));
    }

    [Fact]
    public async Task The_write_examples_leave_the_seed_story_as_it_was()
    {
        var before = await SeedStateAsync();
        var document = await DocumentAsync();
        var answers = new List<string>();
        foreach (var (path, method, operation) in Operations(document).Where(o => o.Method is "POST" or "DELETE"))
        {
            var url = ExampleUrl(path, operation);
            var bodies = operation["requestBody"]?["content"]?.AsObject().Select(c => (Type: c.Key, Example: c.Value!["example"])).ToList() ?? [];
            if (bodies.Count == 0) answers.Add($"{method} {url} {(int)(await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url))).StatusCode}");
            foreach (var (type, example) in bodies.Where(b => b.Example is not null))
            {
                var request = new HttpRequestMessage(new HttpMethod(method), type.Contains("json") && !type.Contains("ndjson") ? StripQuery(url) : url)
                {
                    Content = new StringContent(type.Contains("json") && !type.Contains("ndjson") ? example!.ToJsonString() : Text(example!), Encoding.UTF8, type),
                };
                answers.Add($"{method} {path} {type} {(int)(await _client.SendAsync(request)).StatusCode}");
            }
        }

        // Each example does what it shows (the new lexicon version repeats the new lexicon: unchanged, 200); DELETE
        // names no article (404).
        Assert.Contains("POST /api/sources application/json 201", answers);
        Assert.Contains("POST /api/stories application/json 201", answers);
        Assert.Contains("POST /api/articles application/json 201", answers);
        Assert.Contains("POST /api/articles text/html 201", answers);
        Assert.Contains("POST /api/articles/bulk application/x-ndjson 200", answers);
        Assert.Contains("POST /api/lexicons application/json 201", answers);
        Assert.Contains("POST /api/lexicons/{name}/versions application/json 200", answers);
        Assert.Contains("POST /api/lexicons/import text/plain 201", answers);
        Assert.Contains("POST /api/validation/sets application/json 201", answers);
        Assert.Contains($"DELETE /api/articles/{Examples.NoSuchArticle} 404", answers);

        // The imported .dic example (kind custom) is a user's dictionary: it may add its own categories and lexicon to the
        // comparison (issue 15 §4) once its re-scoring job has run; every other figure stays as it was.
        var after = await SeedStateAsync();
        Assert.True(JsonNode.DeepEquals(BuiltIn(before.Comparison), BuiltIn(after.Comparison)), "The seed story's comparison changed.");
        Assert.True(JsonNode.DeepEquals(before.Story, after.Story), "The seed story changed.");
        Assert.True(JsonNode.DeepEquals(before.Claims, after.Claims), "The seed articles' claims analysis changed.");
    }

    /// <summary>A comparison without user dictionaries: no categories, and only the built-in lexicons.</summary>
    static JsonNode BuiltIn(JsonNode comparison)
    {
        var copy = comparison.DeepClone();
        foreach (var source in copy["sources"]!.AsArray()) source!.AsObject().Remove("categories");
        var lexicons = copy["lexicons"]!.AsArray();
        foreach (var lexicon in lexicons.Where(l => !BuiltInLexicons.Contains(l!["name"]!.GetValue<string>())).ToList()) lexicons.Remove(lexicon);
        return copy;
    }

    static readonly string[] BuiltInLexicons = ["claims", "loaded", "sourcing", "topics"];

    /// <summary>A JSON body's fields are not query parameters (the API refuses both at once); only page bodies take them.</summary>
    static string StripQuery(string url) => url.Split('?')[0];

    async Task<(JsonNode Comparison, JsonNode Story, JsonNode Claims)> SeedStateAsync()
    {
        var comparison = await (await _client.GetAsync($"/api/stories/{Story}/comparison")).JsonAsync();
        var story = await (await _client.GetAsync($"/api/stories/{Story}")).JsonAsync();
        var claims = new JsonArray();
        for (var id = 1; id <= 5; id++) claims.Add(await (await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=claims")).JsonAsync());
        return (comparison, story, claims);
    }

    [Fact]
    public async Task Tags_follow_a_researchers_path_and_no_key_scheme_shows_without_keys()
    {
        var document = await DocumentAsync();
        Assert.Equal(ClientContract.TagOrder, document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(Operations(document), o => Assert.Contains(o.Operation["tags"]![0]!.GetValue<string>(), ClientContract.TagOrder));
        Assert.Null(document["components"]!["securitySchemes"]);
        Assert.All(Operations(document), o => Assert.Null(o.Operation["security"]));
    }
}

/// <summary>With API keys configured the document has the key scheme (Swagger UI's Authorize button), on the writes only.</summary>
public sealed class OpenApiKeyTests(KeyedApiFactory api) : IClassFixture<KeyedApiFactory>
{
    [Fact]
    public async Task With_keys_the_writes_name_the_key_scheme()
    {
        var document = await (await api.Client().GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.Equal("X-Api-Key", document["components"]!["securitySchemes"]![OpenApiSetup.ApiKeyScheme]!["name"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/api/articles"]!["post"]!["security"]);
        Assert.Null(document["paths"]!["/api/articles"]!["get"]!["security"]);
        Assert.Null(document["paths"]!["/api/analyze"]!["post"]!["security"]);
    }
}

/// <summary>
/// A request schema's <c>required</c> is what the API requires: each JSON body example without one of its fields is
/// refused naming that field exactly when the schema requires it (a field of one of the oneOf branches, text or html,
/// counts as required: the body then has neither). Over an empty database, so nothing the examples name exists.
/// </summary>
public sealed class OpenApiRequiredTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_field_is_required_in_the_schema_exactly_when_the_api_refuses_a_body_without_it()
    {
        var client = api.Client();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var mismatches = new List<string>();
        var checkedBodies = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["post"]?["requestBody"]?["content"]?["application/json"] is not { } body || body["example"] is not JsonObject example) continue;
            if (path.Contains('{')) continue; // a new version takes its name from the path: covered by its own tests
            var schema = document["components"]!["schemas"]![body["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1]]!;
            var required = (schema["required"]?.AsArray() ?? []).Concat((schema["oneOf"]?.AsArray() ?? []).SelectMany(b => b!["required"]!.AsArray()))
                .Select(r => r!.GetValue<string>()).ToHashSet();
            checkedBodies++;
            foreach (var field in example.Where(p => p.Value is not null).Select(p => p.Key).ToList()) // a null is as good as left out
            {
                var without = example.DeepClone().AsObject();
                without.Remove(field);
                var response = await client.PostRawJsonAsync(path, without.ToJsonString());
                var problem = await response.JsonAsync();
                var named = (int)response.StatusCode == 400 && problem.ErrorFields().Contains(field);
                if (named != required.Contains(field))
                    mismatches.Add($"POST {path} without {field}: {(int)response.StatusCode} {problem.ToJsonString()[..Math.Min(300, problem.ToJsonString().Length)]} (required in the schema: {required.Contains(field)})");
            }
        }
        Assert.True(checkedBodies >= 6, $"{checkedBodies} bodies");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
