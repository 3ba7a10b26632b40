using Dapper;
using Npgsql;

namespace FramingApi.Tests.Infrastructure;

/// <summary>The number of rows of every table of the API's schema: what a rejected request must leave unchanged.</summary>
public static class RowCounts
{
    const string TablesSql = """
        SELECT string_agg(format('SELECT %L AS name, count(*) AS n FROM public.%I', tablename, tablename), ' UNION ALL ' ORDER BY tablename)
        FROM pg_tables WHERE schemaname = 'public'
        """;

    /// <summary>
    /// The counts once no re-scoring job is queued or running: a job replaces scores and evidence batch by batch, so
    /// counts read while one runs move without any request.
    /// </summary>
    const string BusySql = "SELECT count(*) FROM analysis_jobs WHERE status IN ('queued', 'running')";

    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(NpgsqlConnection conn)
    {
        await Wait.UntilAsync(() => conn.ExecuteScalarAsync<long>(BusySql), busy => busy == 0, "No re-scoring job queued or running (jobs that are)");
        var sql = await conn.ExecuteScalarAsync<string>(TablesSql) ?? throw new InvalidOperationException("No tables.");
        return (await conn.QueryAsync<(string Name, long N)>(sql)).ToDictionary(r => r.Name, r => r.N);
    }

    /// <summary>The tables whose counts differ, as "table: before → after".</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys).Order()
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)}").ToList();
}
