using Dapper;
using FramingApi.Infrastructure;
using FramingApi.Analysis.Lexicons;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Lexicons;

/// <summary>Lexicons and their immutable versions; a new version schedules re-scoring in the same transaction.</summary>
public sealed class LexiconsStore(NpgsqlDataSource db, ILogger<LexiconsStore> log)
{
    /// <summary>
    /// The advisory-lock namespace (the first of PostgreSQL's two 32-bit keys) of the per-lexicon write lock; the
    /// second key is the lexicon id.
    /// </summary>
    const int LexiconLockSpace = 0x4C58_4C4B; // "LXLK"

    const string LockForWriteSql = "SELECT pg_advisory_xact_lock(@space, (@lexiconId % 2147483647)::int)";

    const string LexiconIdSql = "SELECT id FROM lexicons WHERE name = @name";

    const string VersionColumns = "v.id, v.version, v.content_hash, v.entry_count, v.category_count, v.origin, v.created_at";

    const string ListSql = $"""
        SELECT l.name, l.kind, l.description, l.builtin, l.created_at AS lexicon_created_at, {VersionColumns}, count(*) OVER () AS total
        FROM lexicons l
        JOIN LATERAL (SELECT * FROM lexicon_versions v WHERE v.lexicon_id = l.id ORDER BY v.version DESC LIMIT 1) v ON true
        ORDER BY l.name
        LIMIT @limit OFFSET @offset
        """;

    const string CountSql = "SELECT count(*) FROM lexicons";

    const string FindSql = $"""
        SELECT l.id AS lexicon_id, l.name, l.kind, l.description, l.builtin, l.created_at AS lexicon_created_at,
               {VersionColumns}, v.definition::text AS definition
        FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
        WHERE l.name = @name AND (@version::int IS NULL AND v.version = (SELECT max(version) FROM lexicon_versions WHERE lexicon_id = l.id)
                                  OR v.version = @version);

        SELECT {VersionColumns}
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE l.name = @name ORDER BY v.version;
        """;

    const string InsertLexiconSql = """
        INSERT INTO lexicons (name, kind, description, builtin) VALUES (@Name, @Kind, @Description, @builtin)
        ON CONFLICT (name) DO NOTHING RETURNING id
        """;

    const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM lexicons WHERE name = @name)";

    // NO KEY UPDATE: enough to serialise writers of the lexicon's row, and it blocks no KEY SHARE lock (since migration
    // 0053 the rows of article_lexicon_versions take theirs on lexicon_versions, through one composite key).
    const string LockLexiconSql = "SELECT id, kind FROM lexicons WHERE id = @lexiconId FOR NO KEY UPDATE";

    const string LatestVersionSql = """
        SELECT id, version, content_hash, origin FROM lexicon_versions WHERE lexicon_id = @lexiconId ORDER BY version DESC LIMIT 1
        """;

    const string InsertVersionSql = $"""
        INSERT INTO lexicon_versions AS v (lexicon_id, version, content_hash, definition, entry_count, category_count, origin)
        VALUES (@lexiconId, @version, @hash, @definition::jsonb, @entries, @categories, @origin)
        RETURNING {VersionColumns}
        """;

    // Older jobs of the same lexicon are superseded: the new version's job re-scores every article anyway.
    const string InsertJobSql = $"""
        UPDATE analysis_jobs j SET status = '{JobStatusNames.Superseded}', finished_at = now()
        FROM lexicon_versions v
        WHERE j.lexicon_version_id = v.id AND v.lexicon_id = @lexiconId AND j.status IN ('{JobStatusNames.Queued}', '{JobStatusNames.Running}');

        INSERT INTO analysis_jobs (lexicon_version_id, total)
        VALUES (@versionId, (SELECT count(*) FROM articles))
        RETURNING id;
        """;

    const string LatestBuiltinHashSql = $"""
        SELECT v.content_hash FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE l.name = @name AND v.origin = '{OriginNames.Builtin}' ORDER BY v.version DESC LIMIT 1
        """;

    const string UpdateLexiconSql = "UPDATE lexicons SET description = @Description WHERE id = @lexiconId";

    public sealed record CreateResult(LexiconVersionInfo Version, long? JobId, bool Created);

    /// <summary>A page of lexicons by name, each with its latest version.</summary>
    public async Task<(IReadOnlyList<LexiconSummary> Items, long Total)> ListAsync(PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var (rows, total) = await conn.ReadPageAsync<ListRow>(ListSql, CountSql, new { limit = page.Size, offset = page.Offset }, page,
            r => r.Total, ct);
        return (rows.Select(r => new LexiconSummary(r.Name, r.Kind, r.Description, r.Builtin,
            new LexiconVersionInfo(r.Id, r.Version, r.ContentHash, r.EntryCount, r.CategoryCount, r.Origin, r.CreatedAt), r.LexiconCreatedAt)).ToList(), total);
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(ExistsSql, new { name }, cancellationToken: ct));
    }

    /// <summary>A lexicon's latest version (or the given one) with its definition; null when either is unknown.</summary>
    public async Task<(LexiconDetail Detail, LexiconDefinition Definition)?> FindAsync(string name, int? version, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(FindSql, new { name, version }, cancellationToken: ct));
        var row = await grid.ReadSingleOrDefaultAsync<FindRow>();
        var versions = (await grid.ReadAsync<LexiconVersionInfo>()).ToList();
        if (row is null) return null;
        var definition = LexiconJson.Parse(row.Definition);
        var detail = new LexiconDetail(row.Name, row.Kind, row.Description, row.Builtin,
            new LexiconVersionInfo(row.Id, row.Version, row.ContentHash, row.EntryCount, row.CategoryCount, row.Origin, row.CreatedAt),
            versions,
            definition.Categories.Select(c => new LexiconCategoryDto(c.Key, c.Description, c.Role)).ToList(),
            definition.Entries.Select(e => new LexiconEntryDto(e.Term, e.Categories, e.Weight)).ToList());
        return (detail, definition);
    }

    /// <summary>Creates a lexicon with its version 1; null when the name is taken.</summary>
    public Task<CreateResult?> CreateAsync(LexiconDefinition definition, bool builtin, CancellationToken ct) =>
        DatabaseErrors.RetryConflictsAsync(() => TryCreateAsync(definition, builtin, ct), log, $"creating lexicon '{definition.Name}'", ct);

    async Task<CreateResult?> TryCreateAsync(LexiconDefinition definition, bool builtin, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var lexiconId = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(InsertLexiconSql,
            new { definition.Name, definition.Kind, definition.Description, builtin }, tx, cancellationToken: ct));
        if (lexiconId is null) return null;
        var result = await InsertVersionAsync(conn, tx, lexiconId.Value, 1, definition, builtin ? OriginNames.Builtin : OriginNames.Api, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Serialises the writers of one lexicon's versions, jobs and scores (adding a version; a re-scoring batch): each
    /// takes this lock first, in its own transaction, so they wait for each other in one order instead of taking row
    /// locks in opposite orders (the job's row, then the lexicon's; the lexicon's, then the job's) and deadlocking.
    /// </summary>
    public static Task LockForWriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long lexiconId, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(LockForWriteSql, new { space = LexiconLockSpace, lexiconId }, tx, cancellationToken: ct));

    /// <summary>
    /// Adds a version unless the content equals the latest one (then answers that version, no job). Null when the
    /// lexicon does not exist; throws <see cref="KindMismatchException"/> when the kind differs. A transaction that
    /// loses a conflict is run again.
    /// </summary>
    public Task<CreateResult?> AddVersionAsync(string name, LexiconDefinition definition, string origin, CancellationToken ct) =>
        DatabaseErrors.RetryConflictsAsync(() => TryAddVersionAsync(name, definition, origin, ct), log, $"adding a version of lexicon '{name}'", ct);

    async Task<CreateResult?> TryAddVersionAsync(string name, LexiconDefinition definition, string origin, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await conn.ExecuteScalarAsync<long?>(new CommandDefinition(LexiconIdSql, new { name }, tx, cancellationToken: ct)) is not { } lexiconId)
            return null;
        await LockForWriteAsync(conn, tx, lexiconId, ct);
        var l = await conn.QuerySingleAsync<(long Id, string Kind)>(new CommandDefinition(LockLexiconSql, new { lexiconId }, tx, cancellationToken: ct));
        if (l.Kind != definition.Kind) throw new KindMismatchException(l.Kind);

        var latest = await conn.QuerySingleAsync<(long Id, int Version, string ContentHash, string Origin)>(
            new CommandDefinition(LatestVersionSql, new { lexiconId = l.Id }, tx, cancellationToken: ct));
        if (latest.ContentHash == definition.ContentHash)
        {
            var detail = await FindAsync(name, latest.Version, ct);
            return new CreateResult(detail!.Value.Detail.Version, null, Created: false);
        }
        await conn.ExecuteAsync(new CommandDefinition(UpdateLexiconSql, new { definition.Description, lexiconId = l.Id }, tx, cancellationToken: ct));
        var result = await InsertVersionAsync(conn, tx, l.Id, latest.Version + 1, definition, origin, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>The content hash of the latest version that came from the built-in file, or null.</summary>
    public async Task<string?> LatestBuiltinHashAsync(string name, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<string?>(new CommandDefinition(LatestBuiltinHashSql, new { name }, cancellationToken: ct));
    }

    static async Task<CreateResult> InsertVersionAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long lexiconId, int version,
        LexiconDefinition definition, string origin, CancellationToken ct)
    {
        var info = await conn.QuerySingleAsync<LexiconVersionInfo>(new CommandDefinition(InsertVersionSql, new
        {
            lexiconId, version, hash = definition.ContentHash, definition = LexiconJson.Write(definition),
            entries = definition.Entries.Count, categories = definition.Categories.Count, origin,
        }, tx, cancellationToken: ct));
        var jobId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertJobSql, new { lexiconId, versionId = info.Id }, tx, cancellationToken: ct));
        return new CreateResult(info, jobId, Created: true);
    }

    sealed record ListRow(string Name, string Kind, string Description, bool Builtin, DateTime LexiconCreatedAt,
        long Id, int Version, string ContentHash, int EntryCount, int CategoryCount, string Origin, DateTime CreatedAt, long Total);

    sealed record FindRow(long LexiconId, string Name, string Kind, string Description, bool Builtin, DateTime LexiconCreatedAt,
        long Id, int Version, string ContentHash, int EntryCount, int CategoryCount, string Origin, DateTime CreatedAt, string Definition);
}

/// <summary>A new version must keep its lexicon's kind: the stored scores of one lexicon mean one thing.</summary>
public sealed class KindMismatchException(string kind) : Exception($"The lexicon's kind is '{kind}'.")
{
    public string Kind { get; } = kind;
}
