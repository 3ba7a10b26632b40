using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FramingApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FramingApi.Tests.Hostile;

/// <summary>
/// The hostile-input suite (issue 13): thousands of requests generated from the served OpenAPI document
/// (<see cref="HostileRequests"/>) against the real API over the seed story. None may answer 5xx; every error must be
/// problem JSON whose text names no .NET type; and no request that is refused may write a row (the row count of every
/// table before and after it).
/// </summary>
public sealed partial class HostileInputSuite(SeededApiFactory api, ITestOutputHelper output) : IClassFixture<SeededApiFactory>
{
    /// <summary>The suite must stay large: fewer requests means an operation or a kind of input fell out of it.</summary>
    const int MinimumRequests = 2_000;

    [Fact]
    public async Task No_hostile_request_gets_a_5xx_an_error_outside_problem_JSON_or_writes_a_row()
    {
        using var client = api.Client();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var requests = new HostileRequests(document).All().ToList();
        await using var db = await api.OpenDatabaseAsync();
        var rows = await RowCounts.ReadAsync(db);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        foreach (var request in requests)
        {
            using var message = request.Message();
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (Problem(request, response, body) is { } problem) failures.Add($"{request.Operation}, {request.What}: {problem}");
            else if (status >= 400 && !KestrelRejection(request, response, body) && !Declared(document, request.Operation, status))
                failures.Add($"{request.Operation}, {request.What}: {status}, which the operation's OpenAPI responses do not declare");
            if (!request.Writes) continue;

            var after = await RowCounts.ReadAsync(db);
            if (IsRefusal(request, status, body) && RowCounts.Differences(rows, after) is [_, ..] written)
                failures.Add($"{request.Operation}, {request.What}: refused ({status}) but wrote {string.Join(", ", written)}");
            rows = after;
        }

        output.WriteLine($"{requests.Count:N0} hostile requests in {clock.Elapsed.TotalSeconds:F1} s over " +
            $"{requests.Select(r => r.Operation).Distinct().Count()} operations; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(requests.Count >= MinimumRequests, $"Only {requests.Count} requests were generated.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>What is wrong with an answer, or null.</summary>
    static string? Problem(HostileRequest request, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}: {Cut(body)}";
        if (status < 400) return null;
        if (KestrelRejection(request, response, body)) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{status} without problem JSON: {Cut(body)}";
        if (InternalNames().IsMatch(body)) return $"{status} names internals: {Cut(body)}";
        try
        {
            var problem = JsonNode.Parse(body)!;
            if (problem["status"]?.GetValue<int>() != status || string.IsNullOrEmpty(problem["title"]?.GetValue<string>()))
                return $"{status}: not a problem with its status and title: {Cut(body)}";
        }
        catch (JsonException)
        {
            return $"{status}: the problem is not JSON: {Cut(body)}";
        }
        return null;
    }

    /// <summary>Whether the operation ("GET /api/…") lists the status among its responses: a client generated from the
    /// document, or a reader of Swagger UI, learns of every error it can get.</summary>
    static bool Declared(JsonNode document, string operation, int status)
    {
        var (method, path) = (operation.Split(' ')[0].ToLowerInvariant(), operation.Split(' ')[1]);
        return document["paths"]?[path]?[method]?["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not null;
    }

    /// <summary>
    /// Kestrel refuses a NUL in the request target before the application sees the request, with an empty 400 (no hook
    /// lets the application write that answer; docs/RELIABILITY.md lists such answers).
    /// </summary>
    static bool KestrelRejection(HostileRequest request, HttpResponseMessage response, string body) =>
        response.StatusCode == HttpStatusCode.BadRequest && body.Length == 0 && request.Url.Split('?')[0].Contains("%00", StringComparison.Ordinal);

    /// <summary>
    /// Whether the request was refused, so that it must have written nothing: an error status, or a bulk import that
    /// created no article (its lines were all invalid, or duplicates that write nothing).
    /// </summary>
    static bool IsRefusal(HostileRequest request, int status, string body)
    {
        if (status >= 400) return true;
        if (!request.Operation.EndsWith("/bulk", StringComparison.Ordinal)) return false;
        try
        {
            return JsonNode.Parse(body)?["created"]?.GetValue<int>() == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    static string Cut(string body) => body.Length <= 300 ? body : body[..300] + "…";

    /// <summary>What an error body must never show: .NET namespaces, generic arity, C# generics, exception names.</summary>
    [GeneratedRegex(@"System\.|Microsoft\.|FramingApi\.|Npgsql|`\d|Nullable<|Exception|   at ")]
    private static partial Regex InternalNames();

    [Fact]
    public async Task Every_free_text_field_of_a_request_body_has_a_documented_maxLength()
    {
        using var client = api.Client();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var resolver = new HostileRequests(document);
        var missing = new List<string>();
        var bodies = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .Select(o => o.Value!["requestBody"]?["content"]?["application/json"]?["schema"]).OfType<JsonNode>();
        foreach (var schema in bodies) Collect(resolver, resolver.Resolve(schema), "", missing, depth: 0);
        Assert.True(missing.Count == 0, "Fields without maxLength: " + string.Join(", ", missing.Distinct()));
    }

    static void Collect(HostileRequests resolver, JsonNode schema, string prefix, List<string> missing, int depth)
    {
        if (depth > 4) return;
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            var resolved = resolver.Resolve(property!);
            var type = HostileRequests.TypeOf(resolved);
            var field = prefix + name;
            if (type == "string" && resolved["maxLength"] is null && resolved["format"] is null && resolved["enum"] is null) missing.Add(field);
            if (type == "array" && resolved["items"] is { } items)
            {
                var item = resolver.Resolve(items);
                if (HostileRequests.TypeOf(item) == "string" && item["maxLength"] is null) missing.Add(field + "[]");
                if (HostileRequests.TypeOf(item) == "object") Collect(resolver, item, field + "[].", missing, depth + 1);
            }
            if (type == "object") Collect(resolver, resolved, field + ".", missing, depth + 1);
        }
    }
}
