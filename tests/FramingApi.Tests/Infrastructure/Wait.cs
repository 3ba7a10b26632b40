using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace FramingApi.Tests.Infrastructure;

/// <summary>
/// Bounded waits for state a test cannot be told about (a job's status, a connection waiting for a lock): read it
/// until it holds, and fail naming what was last seen. One bound for all, on the clock rather than counted in polls
/// (a poll is itself slow on a loaded machine): CI runs the suite on a shared two-core machine, easily ten times
/// slower than an idle one, and a wait that needs long there is slow, not wrong; a wait that never ends still fails
/// instead of hanging the run.
/// </summary>
public static class Wait
{
    /// <summary>How long any wait may take before the test fails.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    /// <summary>Reads until <paramref name="done"/> holds and returns what was read; throws, naming the last reading, after <see cref="Bound"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int pollMilliseconds = 50)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (clock.Elapsed > Bound)
                throw new TimeoutException($"{what}: not after {clock.Elapsed.TotalSeconds:F0} s; last seen: {Describe(value)}");
            await Task.Delay(pollMilliseconds);
        }
    }

    /// <summary>A re-scoring job once it has ended (succeeded, failed or superseded): GET /api/jobs/{id}.</summary>
    public static Task<JsonNode> ForJobAsync(HttpClient client, long id) => UntilAsync(async () =>
        {
            var response = await client.GetAsync($"/api/jobs/{id}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/jobs/{id}: {(int)response.StatusCode} {body}");
            return JsonNode.Parse(body)!;
        },
        job => job["status"]!.GetValue<string>() is "succeeded" or "failed" or "superseded", $"Job {id} to end", pollMilliseconds: 100);

    static string Describe(object? value) => value switch
    {
        null => "null",
        JsonNode node => node.ToJsonString() is var json && json.Length > 2000 ? json[..2000] + "…" : node.ToJsonString(),
        _ => value.ToString() ?? "",
    };
}
