using Dapper;
using FramingApi.Analysis;
using FramingApi.Analysis.Text;
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

    const string ClaimSql = """
        UPDATE analysis_jobs SET status = 'running', started_at = coalesce(started_at, now()), heartbeat_at = now()
        WHERE id = (
            SELECT id FROM analysis_jobs
            WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < now() - interval '1 minute')
            ORDER BY created_at, id
            FOR UPDATE SKIP LOCKED
            LIMIT 1)
        RETURNING id, lexicon_version_id, last_article_id
        """;

    const string BatchSql = """
        SELECT a.id, a.text,
               coalesce(array_agg(s.kind ORDER BY s.ordinal) FILTER (WHERE s.kind <> 'quotation'), '{}') AS kinds,
               coalesce(array_agg(s.start_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> 'quotation'), '{}') AS starts,
               coalesce(array_agg(s.end_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> 'quotation'), '{}') AS ends
        FROM (SELECT id, text FROM articles
              WHERE id > @after
                AND NOT EXISTS (SELECT 1 FROM article_lexicon_versions x
                                WHERE x.article_id = articles.id AND x.lexicon_version_id = @versionId)
              ORDER BY id LIMIT @limit) a
        LEFT JOIN segments s ON s.article_id = a.id
        GROUP BY a.id, a.text
        ORDER BY a.id
        """;

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
        (long Id, long LexiconVersionId, long LastArticleId)? job;
        await using (var conn = await db.OpenConnectionAsync(ct))
            job = await conn.QuerySingleOrDefaultAsync<(long, long, long)?>(new CommandDefinition(ClaimSql, cancellationToken: ct));
        if (job is not { } j) return false;

        try
        {
            var lexicons = await analyzers.VersionAsync(j.LexiconVersionId, ct)
                ?? throw new InvalidOperationException($"Lexicon version {j.LexiconVersionId} is gone.");
            long lexiconId;
            await using (var conn = await db.OpenConnectionAsync(ct))
                lexiconId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT lexicon_id FROM lexicon_versions WHERE id = @id", new { id = j.LexiconVersionId }, cancellationToken: ct));

            var after = j.LastArticleId;      // where the next batch starts
            var committed = j.LastArticleId;  // the job's last_article_id as this worker last wrote it
            var swept = false;
            while (true)
            {
                await using var conn = await db.OpenConnectionAsync(ct);
                var rows = (await conn.QueryAsync<ArticleRow>(new CommandDefinition(BatchSql,
                    new { after, limit = BatchSize, versionId = j.LexiconVersionId }, cancellationToken: ct))).ToList();
                if (rows.Count == 0)
                {
                    // One more pass from the start: an article ingested with the previous version, whose transaction
                    // committed after this job had passed its id, is found by its stale version record.
                    if (swept) break;
                    swept = true;
                    after = 0;
                    continue;
                }

                var analyses = new StoredAnalysis[rows.Count];
                Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = ct }, i =>
                {
                    var r = rows[i];
                    var segments = new Segment[r.Kinds.Length];
                    for (var k = 0; k < segments.Length; k++) segments[k] = new Segment(ParseKind(r.Kinds[k]), r.Starts[k], r.Ends[k]);
                    analyses[i] = new StoredAnalysis(r.Id, r.Text,
                        lexicons.Analyzer.Analyze(new SegmentedText(r.Text, segments)), lexicons);
                });

                await using var tx = await conn.BeginTransactionAsync(ct);
                var state = await conn.QuerySingleAsync<(string Status, long LastArticleId)>(new CommandDefinition(
                    "SELECT status, last_article_id FROM analysis_jobs WHERE id = @id FOR UPDATE", new { id = j.Id }, tx, cancellationToken: ct));
                // Superseded by a newer version while we worked; or another worker took the job over (our heartbeat
                // looked stale) and has moved it on: it carries on, we stop.
                if (state.Status != "running" || state.LastArticleId != committed) return true;
                await AnalysisStore.ReplaceLexiconAsync(conn, tx, lexiconId, analyses, ct);
                after = committed = rows[^1].Id;
                await conn.ExecuteAsync(new CommandDefinition("""
                    UPDATE analysis_jobs SET done = done + @n, last_article_id = @after, heartbeat_at = now(),
                                             total = greatest(total, done + @n)
                    WHERE id = @id
                    """, new { n = rows.Count, after, id = j.Id }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                changes.Invalidate();
            }

            await using (var conn = await db.OpenConnectionAsync(ct))
                await conn.ExecuteAsync(new CommandDefinition(
                    "UPDATE analysis_jobs SET status = 'succeeded', finished_at = now(), total = done WHERE id = @id AND status = 'running'",
                    new { id = j.Id }, cancellationToken: ct));
            log.LogInformation("Re-scoring job {Job} finished.", j.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Re-scoring job {Job} failed.", j.Id);
            await using var conn = await db.OpenConnectionAsync(CancellationToken.None);
            await conn.ExecuteAsync(new CommandDefinition(
                "UPDATE analysis_jobs SET status = 'failed', error = @error, finished_at = now() WHERE id = @id",
                new { id = j.Id, error = e.Message }, cancellationToken: CancellationToken.None));
        }
        return true;
    }

    static SegmentKind ParseKind(string kind) => kind switch
    {
        "headline" => SegmentKind.Headline,
        "lead" => SegmentKind.Lead,
        "body" => SegmentKind.Body,
        "boilerplate" => SegmentKind.Boilerplate,
        "comments" => SegmentKind.Comments,
        _ => SegmentKind.Body,
    };

    sealed class ArticleRow
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string[] Kinds { get; init; } = [];
        public int[] Starts { get; init; } = [];
        public int[] Ends { get; init; } = [];
    }
}
