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

    const string PageSql = $"""
        SELECT page.*, count(*) OVER () AS list_total
        FROM ({SelectSql} WHERE @status::text IS NULL OR j.status = @status) page
        ORDER BY page.id DESC
        LIMIT @limit OFFSET @offset
        """;

    const string CountSql = "SELECT count(*) FROM analysis_jobs WHERE @status::text IS NULL OR status = @status";

    /// <summary>A page of jobs, newest first, optionally of one status.</summary>
    public async Task<(IReadOnlyList<JobResponse> Items, long Total)> ListAsync(string? status, PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var (rows, total) = await conn.ReadPageAsync<JobRow>(PageSql, CountSql, new { status, limit = page.Size, offset = page.Offset }, page,
            r => r.ListTotal, ct);
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    sealed record JobRow(long Id, string Status, string Lexicon, long LexiconVersionId, int Version, int Total, int Done, double Progress,
        string? Error, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt, long ListTotal)
    {
        public JobResponse ToResponse() =>
            new(Id, Status, Lexicon, LexiconVersionId, Version, Total, Done, Progress, Error, CreatedAt, StartedAt, FinishedAt);
    }
}
