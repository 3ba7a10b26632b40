using Dapper;
using FramingApi.Analyses;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;
using Npgsql;

namespace FramingApi.Lexicons;

/// <summary>Wakes the worker at once when this process schedules a job (other replicas find it by polling).</summary>
public sealed class JobSignal
{
    readonly SemaphoreSlim _signal = new(0);
    public void Notify() { if (_signal.CurrentCount == 0) _signal.Release(); }
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// Re-scores stored articles with a new lexicon version. Jobs are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so any
/// number of API replicas can run workers; progress is committed with each batch (100 articles, one transaction:
/// the lexicon's old scores and evidence are replaced, the job's counters moved on), so a job interrupted by a
/// restart resumes after its last committed article once its heartbeat is a minute old. An article already scored
/// with the job's version (<c>article_lexicon_versions</c>) is skipped, and when the pass reaches the end a second one
/// from the start picks up any article still scored with an older version: one ingested with the previous version
/// whose transaction committed after this job had passed its id.
/// </summary>
public sealed class RescoringWorker(NpgsqlDataSource db, AnalyzerProvider analyzers, JobSignal signal, Comparisons.ChangeListener changes,
    ILogger<RescoringWorker> log)
    : BackgroundService
{
    const int BatchSize = 100;

    const string ClaimSql = $"""
        UPDATE analysis_jobs SET status = '{JobStatusNames.Running}', started_at = coalesce(started_at, now()), heartbeat_at = now()
        WHERE id = (
            SELECT id FROM analysis_jobs
            WHERE status = '{JobStatusNames.Queued}' OR (status = '{JobStatusNames.Running}' AND heartbeat_at < now() - interval '1 minute')
            ORDER BY created_at, id
            FOR UPDATE SKIP LOCKED
            LIMIT 1)
        RETURNING id, lexicon_version_id, last_article_id
        """;

    // Quotation segments are left out: the analysis finds quotations itself inside the lead and body.
    const string BatchSql = $$"""
        SELECT a.id, a.text,
               coalesce(array_agg(s.kind ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS kinds,
               coalesce(array_agg(s.start_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS starts,
               coalesce(array_agg(s.end_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{{SegmentNames.Quotation}}'), '{}') AS ends
        FROM (SELECT id, text FROM articles
              WHERE id > @after
                AND NOT EXISTS (SELECT 1 FROM article_lexicon_versions x
                                WHERE x.article_id = articles.id AND x.lexicon_version_id = @versionId)
              ORDER BY id LIMIT @limit) a
        LEFT JOIN segments s ON s.article_id = a.id
        GROUP BY a.id, a.text
        ORDER BY a.id
        """;

    const string LockJobSql = "SELECT status, last_article_id FROM analysis_jobs WHERE id = @id FOR UPDATE";

    const string ProgressSql = """
        UPDATE analysis_jobs SET done = done + @n, last_article_id = @after, heartbeat_at = now(),
                                 total = greatest(total, done + @n)
        WHERE id = @id
        """;

    const string SucceededSql = $"""
        UPDATE analysis_jobs SET status = '{JobStatusNames.Succeeded}', finished_at = now(), total = done
        WHERE id = @id AND status = '{JobStatusNames.Running}'
        """;

    const string FailedSql = $"""
        UPDATE analysis_jobs SET status = '{JobStatusNames.Failed}', error = @error, finished_at = now()
        WHERE id = @id AND status = '{JobStatusNames.Running}'
        """;

    // Back in the queue after the database went away under it: a worker takes it up again where it stopped.
    const string RequeueSql = $"""
        UPDATE analysis_jobs SET status = '{JobStatusNames.Queued}' WHERE id = @id AND status = '{JobStatusNames.Running}'
        """;

    sealed record Job(long Id, long LexiconVersionId, long LastArticleId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOneAsync(stoppingToken))
                    await signal.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away; try again shortly rather than stopping the worker for good.
                log.LogWarning(e, "Re-scoring worker error; retrying in 5 s.");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    /// <summary>Claims and runs one job; false when there was none.</summary>
    public async Task<bool> RunOneAsync(CancellationToken ct)
    {
        Job? job;
        await using (var conn = await db.OpenConnectionAsync(ct))
            job = await conn.QuerySingleOrDefaultAsync<Job>(new CommandDefinition(ClaimSql, cancellationToken: ct));
        if (job is null) return false;

        try
        {
            if (await RescoreAsync(job, ct))
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(SucceededSql, new { id = job.Id }, cancellationToken: ct));
                log.LogInformation("Re-scoring job {Job} finished.", job.Id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && (DatabaseErrors.IsUnavailable(e) || DatabaseErrors.IsConflict(e)))
        {
            // Not the job's fault: it resumes after its last committed batch (now, or once the database is back;
            // failing that, its heartbeat goes stale and any worker takes it over).
            log.LogWarning(e, "Re-scoring job {Job} interrupted; it goes back in the queue.", job.Id);
            await TryAsync(RequeueSql, job.Id, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Re-scoring job {Job} failed.", job.Id);
            await TryAsync(FailedSql, job.Id, FailureMessage(job.Id));
        }
        return true;
    }

    /// <summary>
    /// What <c>GET /api/jobs</c> (public) shows of a failure: what happened and what to do, not the server's error,
    /// which is in its log under the job's id.
    /// </summary>
    public static string FailureMessage(long jobId) =>
        $"Re-scoring stopped on an internal error (logged by the server as job {jobId}). Articles re-scored before it keep " +
        "their new scores; adding the lexicon version again starts a new job.";

    async Task TryAsync(string sql, long id, string? error)
    {
        try
        {
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await conn.ExecuteAsync(new CommandDefinition(sql, new { id, error }, cancellationToken: CancellationToken.None));
        }
        catch (Exception e) when (DatabaseErrors.IsUnavailable(e))
        {
            log.LogWarning("Could not record the state of job {Job}: the database is unavailable.", id);
        }
    }

    /// <summary>Re-scores the job's articles batch by batch; false when another worker or a newer version took over.</summary>
    async Task<bool> RescoreAsync(Job job, CancellationToken ct)
    {
        var lexicons = await analyzers.VersionAsync(job.LexiconVersionId, ct)
            ?? throw new InvalidOperationException($"Lexicon version {job.LexiconVersionId} is gone.");
        var lexiconId = lexicons.Versions[0].LexiconId;
        var after = job.LastArticleId;      // where the next batch starts
        var committed = job.LastArticleId;  // the job's last_article_id as this worker last wrote it
        var swept = false;
        while (true)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var rows = (await conn.QueryAsync<ArticleRow>(new CommandDefinition(BatchSql,
                new { after, limit = BatchSize, versionId = job.LexiconVersionId }, cancellationToken: ct))).ToList();
            if (rows.Count == 0)
            {
                // One more pass from the start: an article ingested with the previous version, whose transaction
                // committed after this job had passed its id, is found by its stale version record.
                if (swept) return true;
                swept = true;
                after = 0;
                continue;
            }

            var batch = Score(rows, lexicons, ct);
            if (!await DatabaseErrors.RetryConflictsAsync(() => CommitBatchAsync(conn, job, lexiconId, committed, batch, ct), log,
                    $"committing a batch of re-scoring job {job.Id}", ct))
                return false;
            after = committed = rows[^1].Id;
            changes.Invalidate();
        }
    }

    static ScoredArticle[] Score(List<ArticleRow> rows, LexiconSet lexicons, CancellationToken ct)
    {
        var scored = new ScoredArticle[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var r = rows[i];
            var segments = new Segment[r.Kinds.Length];
            for (var k = 0; k < segments.Length; k++) segments[k] = new Segment(SegmentNames.Map.Parse(r.Kinds[k]), r.Starts[k], r.Ends[k]);
            scored[i] = ScoredArticle.Of(r.Id, r.Text, lexicons.Analyzer.Analyze(new SegmentedText(r.Text, segments)), lexicons);
        });
        return scored;
    }

    /// <summary>
    /// Replaces the batch's scores and moves the job on, in one transaction; false (writing nothing) when the job was
    /// superseded by a newer version while we worked, or another worker took it over (our heartbeat looked stale) and
    /// has moved it on: it carries on, we stop. The lexicon's write lock comes first, as for adding a version
    /// (<see cref="LexiconsStore.LockForWriteAsync"/>): a version added meanwhile waits for this batch, then supersedes the job.
    /// </summary>
    static async Task<bool> CommitBatchAsync(NpgsqlConnection conn, Job job, long lexiconId, long committed, ScoredArticle[] batch,
        CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LexiconsStore.LockForWriteAsync(conn, tx, lexiconId, ct);
        var state = await conn.QuerySingleAsync<(string Status, long LastArticleId)>(
            new CommandDefinition(LockJobSql, new { id = job.Id }, tx, cancellationToken: ct));
        if (state.Status != JobStatusNames.Running || state.LastArticleId != committed) return false;
        await ArticleWriter.ReplaceLexiconScoresAsync(conn, tx, batch, ct);
        await conn.ExecuteAsync(new CommandDefinition(ProgressSql, new { n = batch.Length, after = batch[^1].ArticleId, id = job.Id }, tx,
            cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }

    sealed class ArticleRow
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string[] Kinds { get; init; } = [];
        public int[] Starts { get; init; } = [];
        public int[] Ends { get; init; } = [];
    }
}
