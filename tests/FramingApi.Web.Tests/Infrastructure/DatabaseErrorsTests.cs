using FramingApi.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FramingApi.Web.Tests.Infrastructure;

public sealed class DatabaseErrorsTests
{
    static PostgresException Error(string sqlState) => new("test", "ERROR", "ERROR", sqlState);

    sealed class ListLog : ILogger
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public async Task A_transaction_that_loses_a_conflict_runs_again_and_each_retry_is_logged(string sqlState)
    {
        var log = new ListLog();
        var attempts = 0;
        var result = await DatabaseErrors.RetryConflictsAsync(async () =>
        {
            await Task.Yield();
            if (++attempts < 3) throw Error(sqlState);
            return 42;
        }, log, "testing", CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(3, attempts);
        Assert.Equal(2, log.Warnings.Count);
        Assert.All(log.Warnings, w => Assert.Contains(sqlState, w));
    }

    [Fact]
    public async Task A_conflict_that_persists_is_passed_on_after_the_last_attempt()
    {
        var attempts = 0;
        var e = await Assert.ThrowsAsync<PostgresException>(() => DatabaseErrors.RetryConflictsAsync<int>(
            () => { attempts++; throw Error(PostgresErrorCodes.DeadlockDetected); }, new ListLog(), "testing", CancellationToken.None));
        Assert.Equal(DatabaseErrors.MaxAttempts, attempts);
        Assert.True(DatabaseErrors.IsConflict(e));
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<PostgresException>(() => DatabaseErrors.RetryConflictsAsync<int>(
            () => { attempts++; throw Error(PostgresErrorCodes.UniqueViolation); }, new ListLog(), "testing", CancellationToken.None));
        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, true, false)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, true, false)]
    [InlineData(PostgresErrorCodes.TooManyConnections, true, false)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, false, true)]
    [InlineData(PostgresErrorCodes.SerializationFailure, false, true)]
    [InlineData(PostgresErrorCodes.CharacterNotInRepertoire, false, false)]
    public void Errors_are_told_apart(string sqlState, bool unavailable, bool conflict)
    {
        Assert.Equal(unavailable, DatabaseErrors.IsUnavailable(Error(sqlState)));
        Assert.Equal(conflict, DatabaseErrors.IsConflict(Error(sqlState)));
    }
}
