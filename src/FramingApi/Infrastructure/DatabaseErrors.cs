using System.Net.Sockets;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>
/// What a database error means for the request or job that met it: the server cannot be reached (try again later),
/// the transaction lost a conflict with another one (deadlock victim, serialization failure: run it again now), or
/// anything else (a bug, logged).
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The attempts of a transaction that keeps losing conflicts, before its error is passed on.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The server is away or refuses connections: the client should retry after a while.</summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } => true,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// The transaction was chosen as a deadlock's victim or could not be serialised: nothing of it was written, and
    /// running it again is expected to succeed.
    /// </summary>
    public static bool IsConflict(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>
    /// Runs <paramref name="transaction"/> (which must open its own transaction, so that nothing of a failed attempt
    /// remains) and runs it again when it loses a conflict, after a growing, jittered pause (about 20, 40, 80, 160 ms),
    /// logging each retry. After <see cref="MaxAttempts"/> the conflict is passed on.
    /// </summary>
    public static async Task<T> RetryConflictsAsync<T>(Func<Task<T>> transaction, ILogger log, string what, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction();
            }
            catch (PostgresException e) when (IsConflict(e) && attempt < MaxAttempts)
            {
                var pause = TimeSpan.FromMilliseconds(10 * (1 << attempt) * (0.5 + Random.Shared.NextDouble()));
                log.LogWarning("Transaction conflict ({SqlState}: {Message}) while {What}; attempt {Attempt} of {Max}, retrying in {Pause:F0} ms.",
                    e.SqlState, e.MessageText, what, attempt, MaxAttempts, pause.TotalMilliseconds);
                await Task.Delay(pause, ct);
            }
        }
    }
}
