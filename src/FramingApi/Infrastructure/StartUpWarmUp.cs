using System.Diagnostics;
using System.Runtime;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>
/// What the start-up warm-ups (<c>ComparisonWarmUp</c>, <c>IngestionWarmUp</c>) share: rounds of the real work until the
/// JIT has compiled (almost) nothing new, within a time bound, with one log line saying what was done or why it stopped.
/// </summary>
static class StartUpWarmUp
{
    /// <summary>
    /// Runs <paramref name="round"/> (given its index) until, after at least <paramref name="minRounds"/>, the last
    /// <paramref name="quietRounds"/> rounds compiled at most <paramref name="quietMethods"/> methods, or until
    /// <paramref name="maxRounds"/> ran; how many rounds ran.
    /// </summary>
    public static async Task<int> UntilJitQuietAsync(Func<int, Task> round, int minRounds, int maxRounds, int quietRounds, int quietMethods)
    {
        var history = new List<long>();
        for (var r = 0; r < maxRounds; r++)
        {
            await round(r);
            history.Add(JitInfo.GetCompiledMethodCount());
            if (r + 1 >= minRounds && r >= quietRounds && history[^1] - history[^(quietRounds + 1)] <= quietMethods) return r + 1;
        }
        return maxRounds;
    }

    /// <summary>
    /// Runs a warm-up within <paramref name="seconds"/> (0 or less: not at all) and until <paramref name="stopping"/>;
    /// <paramref name="run"/> returns what it did for the log line ("39 rounds"), or null when it had nothing to warm
    /// up. A database that does not answer, a missing file or the bound only stop it, with a warning.
    /// </summary>
    public static async Task RunAsync(ILogger log, string name, int seconds, Func<CancellationToken, Task<string?>> run,
        CancellationToken stopping = default)
    {
        if (seconds <= 0) return;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        budget.CancelAfter(TimeSpan.FromSeconds(seconds));
        var started = Stopwatch.GetTimestamp();
        var compiled = JitInfo.GetCompiledMethodCount();
        try
        {
            if (await run(budget.Token) is not { } done) return;
            log.LogInformation("Warmed up {Name}: {Done} in {Ms:F0} ms; methods compiled {Before} -> {After}.", name, done,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, compiled, JitInfo.GetCompiledMethodCount());
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException or IOException)
        {
            log.LogWarning("Warm-up of {Name} stopped after {Ms:F0} ms: {Reason}", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                e is OperationCanceledException ? $"its {seconds} s bound" : e.Message);
        }
    }
}
