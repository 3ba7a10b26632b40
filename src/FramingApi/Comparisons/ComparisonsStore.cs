using System.Data;
using Dapper;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>Which articles a comparison covers: a story's, or some sources' in a date range (optionally of a story).</summary>
public sealed record ArticleSet(long? StoryId, long[]? SourceIds, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>
/// Reads the stored aggregates a comparison is built from — scores, evidence counts, term counts and shingle
/// overlaps of the chosen articles — in one round trip, in one REPEATABLE READ snapshot together with the stamp
/// that becomes the comparison's ETag, so the ETag always describes exactly the data read.
/// </summary>
public sealed class ComparisonsStore(NpgsqlDataSource db)
{
    const string Arts = """
        WITH arts AS (
            SELECT a.id, a.source_id FROM articles a
            WHERE a.source_id IS NOT NULL
              AND (@storyId::bigint IS NULL OR a.story_id = @storyId)
              AND (@sourceIds::bigint[] IS NULL OR a.source_id = ANY(@sourceIds))
              AND (@from::timestamptz IS NULL OR a.published_at >= @from)
              AND (@to::timestamptz IS NULL OR a.published_at <= @to))
        """;

    // Changes whenever an article of the set is added or removed, a lexicon version is added, or a re-scoring job
    // moves on (it replaces scores and evidence).
    const string StampSql = $"""
        {Arts}
        SELECT count(*) || '.' || coalesce(max(id), 0) || '.' || coalesce(sum(id), 0)
               || '.' || (SELECT coalesce(max(id), 0) FROM lexicon_versions)
               || '.' || (SELECT coalesce(max(id), 0) || '.' || coalesce(sum(done), 0) FROM analysis_jobs)
        FROM arts
        """;

    // The topic keys, in the order of the topics lexicons and their categories: the latest version of each (the
    // topics a comparison lists, and the only ones ?topic= accepts).
    const string TopicKeysSql = $"""
        SELECT c.value->>'key'
        FROM (SELECT DISTINCT ON (l.id) l.id, v.definition FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
              WHERE l.kind = '{LexiconKinds.Topics}' ORDER BY l.id, v.version DESC) t,
             jsonb_array_elements(t.definition->'categories') WITH ORDINALITY AS c(value, ordinal)
        ORDER BY t.id, c.ordinal
        """;

    const string DataSql = $"""
        {Arts}
        SELECT s.id, s.slug, s.name, count(*)::int AS article_count,
               coalesce(sum(st.words_outlet), 0)::bigint AS words_outlet, coalesce(sum(st.words_quotation), 0)::bigint AS words_quotation,
               coalesce(sum(st.words_comments), 0)::bigint AS words_comments
        FROM arts a JOIN sources s ON s.id = a.source_id LEFT JOIN article_stats st ON st.article_id = a.id
        GROUP BY s.id ORDER BY s.slug;

        {TopicKeysSql};

        -- The lexicon versions whose scores the articles carry (while a re-scoring job runs, two of one lexicon).
        {Arts}
        SELECT l.name, v.id AS lexicon_version_id, v.version, v.content_hash
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE l.kind IN ('{LexiconKinds.Topics}', '{LexiconKinds.Claims}', '{LexiconKinds.Sourcing}', '{LexiconKinds.Loaded}')
          AND v.id IN (SELECT x.lexicon_version_id FROM arts a JOIN article_lexicon_versions x ON x.article_id = a.id)
        ORDER BY l.id, v.version;

        {Arts}
        SELECT a.source_id, s.category, sum(s.hits)::int AS hits,
               sum(s.sentence_share * greatest(st.words_outlet + st.words_quotation, 1)) AS share_sum,
               sum(s.emphasis * greatest(st.words_outlet + st.words_quotation, 1)) AS emphasis_sum,
               sum(greatest(st.words_outlet + st.words_quotation, 1))::float8 AS weight,
               min(s.first_mention) AS first_mention, bool_or(s.covered) AS covered
        FROM arts a
        JOIN article_scores s ON s.article_id = a.id AND s.voice = '{VoiceNames.Article}'
        JOIN lexicon_versions v ON v.id = s.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id AND l.kind = '{LexiconKinds.Topics}'
        JOIN article_stats st ON st.article_id = a.id
        GROUP BY a.source_id, s.category;

        {Arts}
        SELECT a.source_id, e.target, e.actor, e.voice, e.framing, count(*)::int AS count
        FROM arts a JOIN evidence e ON e.article_id = a.id
        WHERE e.target IS NOT NULL AND e.voice IN ('{VoiceNames.Outlet}', '{VoiceNames.Quotation}')
        GROUP BY a.source_id, e.target, e.actor, e.voice, e.framing;

        {Arts}
        SELECT a.source_id, e.category, e.attribution, lower(e.matched) AS matched, count(*)::int AS count
        FROM arts a JOIN evidence e ON e.article_id = a.id
        JOIN lexicon_versions v ON v.id = e.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id AND l.kind = '{LexiconKinds.Sourcing}'
        WHERE e.voice = '{VoiceNames.Outlet}'
        GROUP BY a.source_id, e.category, e.attribution, lower(e.matched);

        {Arts}
        SELECT a.source_id, s.category, sum(s.hits)::int AS hits
        FROM arts a JOIN article_scores s ON s.article_id = a.id AND s.voice = '{VoiceNames.Outlet}'
        JOIN lexicon_versions v ON v.id = s.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id AND l.kind = '{LexiconKinds.Loaded}'
        GROUP BY a.source_id, s.category;

        {Arts}
        SELECT a.source_id, t.terms, t.counts
        FROM arts a JOIN article_terms t ON t.article_id = a.id;

        {Arts},
        own AS (SELECT m.article_id, m.hash FROM arts a JOIN article_shingles m ON m.article_id = a.id AND m.own),
        hits AS (SELECT own.article_id, own.hash, o.article_id AS other_id
                 FROM own JOIN article_shingles o ON o.hash = own.hash AND o.article_id <> own.article_id),
        own_counts AS (SELECT article_id, count(*) AS own FROM own GROUP BY article_id),
        shared AS (SELECT article_id, count(DISTINCT hash) AS shared FROM hits GROUP BY article_id),
        best AS (SELECT DISTINCT ON (article_id) article_id, other_id, count(*) AS n
                 FROM hits GROUP BY article_id, other_id ORDER BY article_id, count(*) DESC, other_id)
        SELECT a.id AS article_id, a.source_id, ar.title, coalesce(c.own, 0)::int AS own, coalesce(sh.shared, 0)::int AS shared,
               b.other_id, so.slug AS other_source, coalesce(b.n, 0)::int AS best_count
        FROM arts a JOIN articles ar ON ar.id = a.id
        LEFT JOIN own_counts c ON c.article_id = a.id
        LEFT JOIN shared sh ON sh.article_id = a.id
        LEFT JOIN best b ON b.article_id = a.id
        LEFT JOIN articles oa ON oa.id = b.other_id LEFT JOIN sources so ON so.id = oa.source_id
        ORDER BY a.id;
        """;

    /// <summary>Characters of the article's text shown on either side of an evidence span.</summary>
    public const int ContextChars = 160;

    const string EvidenceWhere = """
        WHERE ar.source_id = @sourceId
          AND (@storyId::bigint IS NULL OR ar.story_id = @storyId)
          AND (@from::timestamptz IS NULL OR ar.published_at >= @from)
          AND (@to::timestamptz IS NULL OR ar.published_at <= @to)
          AND (@kind::text IS NULL OR l.kind = @kind)
          AND (@category::text IS NULL OR e.category = @category)
          AND (@target::text IS NULL OR e.target = @target)
          AND (@actor::text IS NULL OR e.actor = @actor)
          AND (@framing::text IS NULL OR e.framing = @framing)
          AND (@voice::text IS NULL OR e.voice = @voice)
          AND (@attributed::boolean IS NULL OR (e.attribution IS NOT NULL) = @attributed)
        """;

    const string EvidenceFrom = """
        FROM articles ar
        JOIN sources so ON so.id = ar.source_id
        JOIN evidence e ON e.article_id = ar.id
        JOIN lexicon_versions v ON v.id = e.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
        """;

    const string EvidenceSql = $"""
        SELECT e.article_id, ar.title, so.slug AS source, l.name AS lexicon, e.lexicon_version_id, e.category, e.matched,
               e.start_offset AS start, e.end_offset AS "end", e.sentence, e.voice, e.segment, e.target, e.actor, e.framing,
               e.marker, e.attribution,
               substr(ar.text, greatest(1, e.start_offset + 1 - @context),
                      least(e.start_offset, @context) + (e.end_offset - e.start_offset) + @context) AS context,
               count(*) OVER () AS total
        {EvidenceFrom}
        {EvidenceWhere}
        ORDER BY e.article_id, e.start_offset
        LIMIT @limit OFFSET @offset
        """;

    const string EvidenceCountSql = $"SELECT count(*) {EvidenceFrom} {EvidenceWhere}";

    public sealed record SourceRow(long Id, string Slug, string Name, int ArticleCount, long WordsOutlet, long WordsQuotation, long WordsComments);
    public sealed record LexiconRow(string Name, long LexiconVersionId, int Version, string ContentHash);
    public sealed record TopicRow(long SourceId, string Category, int Hits, double ShareSum, double EmphasisSum, double Weight, double? FirstMention, bool Covered);
    public sealed record ClaimRow(long SourceId, string Target, string Actor, string Voice, string Framing, int Count);
    public sealed record SourcingRow(long SourceId, string Category, string? Attribution, string Matched, int Count);
    public sealed record LoadedRow(long SourceId, string Category, int Hits);
    /// <summary>One article's term counts: <c>Terms[i]</c> occurs <c>Counts[i]</c> times.</summary>
    public sealed class TermRow
    {
        public long SourceId { get; init; }
        public string[] Terms { get; init; } = [];
        public int[] Counts { get; init; } = [];
    }
    public sealed record SharedRow(long ArticleId, long SourceId, string? Title, int Own, int Shared, long? OtherId, string? OtherSource, int BestCount);

    /// <summary>
    /// What a comparison is built from: per source, its articles' word counts, topic scores, claim and sourcing
    /// evidence counts, loaded-language hits, term counts and shared shingles; the topic keys in their lexicons'
    /// order; and the lexicon versions whose scores the compared articles carry.
    /// </summary>
    public sealed record ComparisonData(
        IReadOnlyList<SourceRow> Sources, IReadOnlyList<string> TopicKeys, IReadOnlyList<LexiconRow> Lexicons, IReadOnlyList<TopicRow> Topics,
        IReadOnlyList<ClaimRow> Claims, IReadOnlyList<SourcingRow> Sourcing, IReadOnlyList<LoadedRow> Loaded,
        IReadOnlyList<TermRow> Terms, IReadOnlyList<SharedRow> Shared);

    public sealed record EvidenceRow(long ArticleId, string? Title, string Source, string Lexicon, long LexiconVersionId, string Category,
        string Matched, int Start, int End, int Sentence, string Voice, string Segment, string? Target, string? Actor, string? Framing,
        string? Marker, string? Attribution, string Context, long Total);

    /// <summary>
    /// Reads the stamp and, unless <paramref name="isCurrent"/> says the caller already has data for that stamp,
    /// the aggregates — in one snapshot.
    /// </summary>
    public async Task<(string Stamp, ComparisonData? Data)> ReadAsync(ArticleSet set, Func<string, bool> isCurrent, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var args = Args(set);
        var stamp = await conn.ExecuteScalarAsync<string>(new CommandDefinition(StampSql, args, tx, cancellationToken: ct)) ?? "0";
        if (isCurrent(stamp)) return (stamp, null);

        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(DataSql, args, tx, cancellationToken: ct));
        var data = new ComparisonData(
            (await grid.ReadAsync<SourceRow>()).ToList(),
            (await grid.ReadAsync<string>()).Distinct().ToList(),
            (await grid.ReadAsync<LexiconRow>()).ToList(),
            (await grid.ReadAsync<TopicRow>()).ToList(),
            (await grid.ReadAsync<ClaimRow>()).ToList(),
            (await grid.ReadAsync<SourcingRow>()).ToList(),
            (await grid.ReadAsync<LoadedRow>()).ToList(),
            (await grid.ReadAsync<TermRow>()).ToList(),
            (await grid.ReadAsync<SharedRow>()).ToList());
        await tx.CommitAsync(ct);
        return (stamp, data);
    }

    public sealed record EvidenceFilter(string? Kind, string? Category, string? Target, string? Actor, string? Framing, string? Voice, bool? Attributed);

    public async Task<(IReadOnlyList<EvidenceRow> Rows, long Total)> EvidenceAsync(ArticleSet set, long sourceId, EvidenceFilter f,
        PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = new
        {
            sourceId, storyId = set.StoryId, from = set.From?.UtcDateTime, to = set.To?.UtcDateTime,
            kind = f.Kind, category = f.Category, target = f.Target, actor = f.Actor, framing = f.Framing, voice = f.Voice,
            attributed = f.Attributed, limit = page.Size, offset = page.Offset, context = ContextChars,
        };
        return await conn.ReadPageAsync<EvidenceRow>(EvidenceSql, EvidenceCountSql, args, page, r => r.Total, ct);
    }

    /// <summary>The topic keys a comparison lists, in their lexicons' order.</summary>
    public async Task<IReadOnlyList<string>> TopicKeysAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<string>(new CommandDefinition(TopicKeysSql, cancellationToken: ct))).Distinct().ToList();
    }

    static object Args(ArticleSet set) => new
    {
        storyId = set.StoryId, sourceIds = set.SourceIds, from = set.From?.UtcDateTime, to = set.To?.UtcDateTime,
    };
}
