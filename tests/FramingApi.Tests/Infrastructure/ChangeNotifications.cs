using System.Diagnostics;
using Dapper;
using FramingApi.Comparisons;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests.Infrastructure;

/// <summary>Synchronisation on the API's change notifications (<see cref="ChangeListener"/>, migration 0006).</summary>
public static class ChangeNotifications
{
    /// <summary>
    /// Returns once the server's change listener is live and has heard the notifications of every write committed so
    /// far, so that a late one cannot drop a cached answer between two reads of a test. It sends a notification of its
    /// own after those writes (a story id no row has, so it touches no story's answers) and waits until the listener
    /// hears it: PostgreSQL delivers notifications in the order their transactions committed. Sent again every few
    /// seconds, for a listener that was not yet (or no longer) listening when it went out.
    /// </summary>
    public static async Task SettleAsync(this ApiFactory api)
    {
        var listener = api.Services.GetRequiredService<ChangeListener>();
        var marker = -Random.Shared.NextInt64(1, long.MaxValue);
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(ChangeScope scope)
        {
            if (scope.Stories.Contains(marker)) heard.TrySetResult();
        }

        listener.Changed += OnChanged;
        try
        {
            await using var conn = await api.OpenDatabaseAsync();
            var clock = Stopwatch.StartNew();
            while (true)
            {
                await conn.ExecuteAsync("SELECT pg_notify('framing_changes', @payload)", new { payload = $"a|{marker}|" });
                if (await Task.WhenAny(heard.Task, Task.Delay(TimeSpan.FromSeconds(5))) == heard.Task) break;
                if (clock.Elapsed > Wait.Bound)
                    throw new TimeoutException($"The change listener did not hear a notification in {clock.Elapsed.TotalSeconds:F0} s (live: {listener.IsLive}).");
            }
        }
        finally
        {
            listener.Changed -= OnChanged;
        }
        // Heard while it was reconnecting (before it counts itself live): the cache is used only once it is.
        await Wait.UntilAsync(() => Task.FromResult(listener.IsLive), live => live, "The change listener to be live");
    }
}
