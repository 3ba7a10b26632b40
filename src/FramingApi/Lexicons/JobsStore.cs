using Dapper;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Lexicons;

public sealed class JobsStore(NpgsqlDataSource db)
{
    const string SelectSql = $"""
        SELECT j.id, j.status, l.name AS lexicon, j.lexicon_version_id, v.version, j.total, j.done,
               CASE WHEN j.total = 0 THEN (CASE WHEN j.status = '{Vocabulary.JobStatusNames.Succeeded}' THEN 1.0 ELSE 0.0 END)
                    ELSE least(1.0, j.done::float8 / j.total) END AS progress,
               j.error, j.created_at, j.started_at, j.finished_at
        FROM analysis_jobs j
        JOIN lexicon_versions v ON v.id = j.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
        """;

    public async Task<JobResponse?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<JobResponse>(new CommandDefinition($"{SelectSql} WHERE j.id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<JobResponse>> ListAsync(string? status, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<JobResponse>(new CommandDefinition(
            $"{SelectSql} WHERE @status::text IS NULL OR j.status = @status ORDER BY j.id DESC LIMIT @limit",
            new { status, limit }, cancellationToken: ct))).ToList();
    }
}
