using Dapper;
using FramingApi.Analysis.Text;
using Npgsql;
using NpgsqlTypes;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>Which articles a sample is drawn from: a story's, or some sources' in a date range (or both at once).</summary>
public sealed record ArticleSelection(long? StoryId, IReadOnlyList<long> SourceIds, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>An article of a sample's population and its source.</summary>
public sealed record PopulationArticle(long Id, string? Source);

/// <summary>A set of codes to store: its unit kind and claims lexicon, its units and its codes, in the order they came.</summary>
public sealed record NewValidationSet(string? Name, string? Description, string UnitKind, string ClaimsLexicon,
    IReadOnlyList<UnitRef> Units, IReadOnlyList<StoredCode> Codes);

/// <summary>One stored code.</summary>
public sealed record StoredCode(string Unit, string Coder, string Field, string Value);

/// <summary>A stored set, as the report reads it.</summary>
public sealed record StoredSet(long Id, string? Name, string? Description, string UnitKind, string ClaimsLexicon, DateTime CreatedAt,
    IReadOnlyList<UnitRef> Units, IReadOnlyList<StoredCode> Codes);

/// <summary>
/// The validation feature's SQL: the articles a sample is drawn from and their texts, and the sets of human codes.
/// Scores and evidence are read through <see cref="Analyses.AnalysisStore"/>, never here.
/// </summary>
public sealed class ValidationStore(NpgsqlDataSource db)
{
    const string PopulationSql = """
        SELECT a.id, so.slug AS source
        FROM articles a LEFT JOIN sources so ON so.id = a.source_id
        WHERE (@storyId::bigint IS NULL OR a.story_id = @storyId)
          AND (cardinality(@sourceIds::bigint[]) = 0 OR a.source_id = ANY(@sourceIds::bigint[]))
          AND (@from::timestamptz IS NULL OR a.published_at >= @from)
          AND (@to::timestamptz IS NULL OR a.published_at <= @to)
        ORDER BY a.id
        LIMIT @limit
        """;

    const string TextsSql = """
        SELECT a.id, so.slug AS source, st.slug AS story, a.title, a.published_at, a.text,
               coalesce(array_agg(s.kind ORDER BY s.ordinal) FILTER (WHERE s.kind IS NOT NULL), '{}') AS kinds,
               coalesce(array_agg(s.start_offset ORDER BY s.ordinal) FILTER (WHERE s.kind IS NOT NULL), '{}') AS starts,
               coalesce(array_agg(s.end_offset ORDER BY s.ordinal) FILTER (WHERE s.kind IS NOT NULL), '{}') AS ends
        FROM articles a
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        LEFT JOIN segments s ON s.article_id = a.id
        WHERE a.id = ANY(@ids)
        GROUP BY a.id, so.slug, st.slug
        """;

    const string InsertSetSql = """
        INSERT INTO validation_sets (name, description, unit_kind, claims_lexicon)
        VALUES (@name, @description, @unitKind, @claimsLexicon)
        RETURNING id
        """;

    const string CopyUnitsSql = "COPY validation_units (set_id, unit, ordinal, article_id, start_offset, end_offset) FROM STDIN (FORMAT BINARY)";
    const string CopyCodesSql = "COPY validation_codes (set_id, unit, coder, field, value, ordinal) FROM STDIN (FORMAT BINARY)";

    const string ReadSetSql = """
        SELECT id, name, description, unit_kind, claims_lexicon, created_at FROM validation_sets WHERE id = @id;
        SELECT unit, article_id, start_offset, end_offset FROM validation_units WHERE set_id = @id ORDER BY ordinal;
        SELECT unit, coder, field, value FROM validation_codes WHERE set_id = @id ORDER BY ordinal;
        """;

    /// <summary>The selected articles, by id, at most <paramref name="limit"/> of them (ask one more to know there are more).</summary>
    public async Task<IReadOnlyList<PopulationArticle>> PopulationAsync(ArticleSelection selection, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<PopulationArticle>(new CommandDefinition(PopulationSql, new
        {
            storyId = selection.StoryId, sourceIds = selection.SourceIds.ToArray(), from = selection.From?.UtcDateTime,
            to = selection.To?.UtcDateTime, limit,
        }, cancellationToken: ct))).ToList();
    }

    /// <summary>The texts and segments of the articles among <paramref name="ids"/> that are stored.</summary>
    public async Task<IReadOnlyDictionary<long, ArticleText>> TextsAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<long, ArticleText>();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<TextRow>(new CommandDefinition(TextsSql, new { ids = ids.Distinct().ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => new ArticleText(r.Id, r.Source, r.Story, r.Title, r.PublishedAt, r.Text,
            r.Kinds.Select((k, i) => new Segment(SegmentNames.Map.Parse(k), r.Starts[i], r.Ends[i])).ToList()));
    }

    /// <summary>Stores a set with its units and codes in one transaction (binary COPY); returns its id.</summary>
    public async Task<long> CreateAsync(NewValidationSet set, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertSetSql,
            new { name = set.Name, description = set.Description, unitKind = set.UnitKind, claimsLexicon = set.ClaimsLexicon }, tx, cancellationToken: ct));
        await using (var copy = await conn.BeginBinaryImportAsync(CopyUnitsSql, ct))
        {
            for (var i = 0; i < set.Units.Count; i++)
            {
                var u = set.Units[i];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(u.Id, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(u.ArticleId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(u.Start, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(u.End, NpgsqlDbType.Integer, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await conn.BeginBinaryImportAsync(CopyCodesSql, ct))
        {
            for (var i = 0; i < set.Codes.Count; i++)
            {
                var c = set.Codes[i];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(c.Unit, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(c.Coder, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(c.Field, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(c.Value, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>A stored set with its units and codes; null when there is none with this id.</summary>
    public async Task<StoredSet?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(ReadSetSql, new { id }, cancellationToken: ct));
        var set = await grid.ReadSingleOrDefaultAsync<SetRow>();
        if (set is null) return null;
        var units = (await grid.ReadAsync<UnitRow>()).Select(u => UnitRef.Parse(u.Unit, out _) is { } parsed
            ? parsed with { Start = u.StartOffset, End = u.EndOffset }
            : throw new InvalidOperationException($"Stored unit '{u.Unit}' of set {id} is not a unit id.")).ToList();
        var codes = (await grid.ReadAsync<StoredCode>()).ToList();
        return new StoredSet(set.Id, set.Name, set.Description, ValidationUnitNames.Set.Require(set.UnitKind), set.ClaimsLexicon, set.CreatedAt,
            units, codes);
    }

    // A class with setters: Dapper maps array columns (text[], integer[]) to properties, not to constructor parameters.
    sealed class TextRow
    {
        public long Id { get; set; }
        public string? Source { get; set; }
        public string? Story { get; set; }
        public string? Title { get; set; }
        public DateTime? PublishedAt { get; set; }
        public string Text { get; set; } = "";
        public string[] Kinds { get; set; } = [];
        public int[] Starts { get; set; } = [];
        public int[] Ends { get; set; } = [];
    }

    sealed record SetRow(long Id, string? Name, string? Description, string UnitKind, string ClaimsLexicon, DateTime CreatedAt);

    sealed record UnitRow(string Unit, long ArticleId, int StartOffset, int EndOffset);
}
