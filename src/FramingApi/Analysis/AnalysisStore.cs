using Dapper;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using Npgsql;
using NpgsqlTypes;

namespace FramingApi.Analysis;

/// <summary>An analysis to store: the article, its text (evidence quotes it) and what the scorers found.</summary>
public sealed record StoredAnalysis(long ArticleId, string Text, ArticleAnalysis Analysis, LexiconSet Lexicons);

/// <summary>Scores and evidence in PostgreSQL: written by binary COPY with the article, read per article.</summary>
public sealed class AnalysisStore(NpgsqlDataSource db)
{
    const string ReadSql = """
        SELECT words_outlet, words_quotation, words_comments, sentences_outlet, sentences_quotation, sentences_comments
        FROM article_stats WHERE article_id = @id;

        SELECT l.name AS lexicon, s.lexicon_version_id, s.category, s.voice, s.hits, s.weighted_hits, s.per_1000_words,
               s.sentence_share, s.emphasis, s.first_mention, s.covered
        FROM article_scores s
        JOIN lexicon_versions v ON v.id = s.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
        WHERE s.article_id = @id AND (@lexicon::text IS NULL OR l.name = @lexicon)
          AND (@category::text IS NULL OR s.category = @category) AND (@voice::text IS NULL OR s.voice = @voice)
        ORDER BY l.name, s.category, s.voice;

        SELECT l.name AS lexicon, e.lexicon_version_id, e.category, e.term, e.matched, e.start_offset AS start,
               e.end_offset AS "end", e.sentence, e.voice, e.segment, e.target, e.actor, e.framing, e.marker,
               e.marker_start, e.marker_end, e.attribution
        FROM evidence e
        JOIN lexicon_versions v ON v.id = e.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
        WHERE e.article_id = @id AND (@lexicon::text IS NULL OR l.name = @lexicon)
          AND (@category::text IS NULL OR e.category = @category) AND (@voice::text IS NULL OR e.voice = @voice)
        ORDER BY e.start_offset, l.name, e.category;

        SELECT l.name, l.kind, v.id AS lexicon_version_id, v.version, v.content_hash
        FROM article_lexicon_versions a
        JOIN lexicon_versions v ON v.id = a.lexicon_version_id JOIN lexicons l ON l.id = a.lexicon_id
        WHERE a.article_id = @id AND (@lexicon::text IS NULL OR l.name = @lexicon)
        ORDER BY l.name;
        """;

    const string RecordVersionsSql = """
        INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id)
        SELECT x.article_id, v.lexicon_id, v.id
        FROM unnest(@articles::bigint[], @versions::bigint[]) AS x(article_id, version_id)
        JOIN lexicon_versions v ON v.id = x.version_id
        ON CONFLICT (article_id, lexicon_id)
        DO UPDATE SET lexicon_version_id = excluded.lexicon_version_id, scored_at = now()
        """;

    /// <summary>Writes word counts (when <paramref name="withCounts"/>), scores and evidence of many articles.</summary>
    public static async Task WriteAsync(NpgsqlConnection conn, IReadOnlyList<StoredAnalysis> items, bool withCounts, CancellationToken ct)
    {
        if (items.Count == 0) return;
        if (withCounts)
        {
            await using var stats = await conn.BeginBinaryImportAsync("""
                COPY article_stats (article_id, words_outlet, words_quotation, words_comments, sentences_outlet,
                                    sentences_quotation, sentences_comments) FROM STDIN (FORMAT BINARY)
                """, ct);
            foreach (var item in items)
            {
                var c = item.Analysis.Counts;
                await stats.WriteRowAsync(ct, item.ArticleId, c.OutletWords, c.QuotationWords, c.CommentWords,
                    c.OutletSentences, c.QuotationSentences, c.CommentSentences);
            }
            await stats.CompleteAsync(ct);
        }

        await using (var scores = await conn.BeginBinaryImportAsync("""
            COPY article_scores (article_id, lexicon_version_id, category, voice, hits, weighted_hits, per_1000_words,
                                 sentence_share, emphasis, first_mention, covered) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var item in items)
                foreach (var s in item.Analysis.Scores)
                {
                    await scores.StartRowAsync(ct);
                    await scores.WriteAsync(item.ArticleId, NpgsqlDbType.Bigint, ct);
                    await scores.WriteAsync(item.Lexicons.VersionOf(s.Lexicon).Id, NpgsqlDbType.Bigint, ct);
                    await scores.WriteAsync(s.Category, NpgsqlDbType.Text, ct);
                    await scores.WriteAsync(Names.Scope(s.Voice), NpgsqlDbType.Text, ct);
                    await scores.WriteAsync(s.Hits, NpgsqlDbType.Integer, ct);
                    await scores.WriteAsync(s.WeightedHits, NpgsqlDbType.Double, ct);
                    await scores.WriteAsync(s.Per1000Words, NpgsqlDbType.Double, ct);
                    await scores.WriteAsync(s.SentenceShare, NpgsqlDbType.Double, ct);
                    await scores.WriteAsync(s.Emphasis, NpgsqlDbType.Double, ct);
                    if (s.FirstMention is { } first) await scores.WriteAsync(first, NpgsqlDbType.Double, ct);
                    else await scores.WriteNullAsync(ct);
                    await scores.WriteAsync(s.Covered, NpgsqlDbType.Boolean, ct);
                }
            await scores.CompleteAsync(ct);
        }

        await using (var evidence = await conn.BeginBinaryImportAsync("""
            COPY evidence (article_id, lexicon_version_id, category, term, matched, start_offset, end_offset, sentence,
                           voice, segment, target, actor, framing, marker, marker_start, marker_end, attribution)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var item in items)
                foreach (var e in item.Analysis.Evidence)
                {
                    var claim = e.Claim;
                    var attribution = e.Attribution;
                    var (markerStart, markerEnd) = claim is not null ? (claim.MarkerStart, claim.MarkerEnd)
                        : attribution is not null ? (attribution.SourceStart, attribution.SourceEnd) : (null, null);
                    await evidence.StartRowAsync(ct);
                    await evidence.WriteAsync(item.ArticleId, NpgsqlDbType.Bigint, ct);
                    await evidence.WriteAsync(item.Lexicons.VersionOf(e.Lexicon).Id, NpgsqlDbType.Bigint, ct);
                    await evidence.WriteAsync(e.Category, NpgsqlDbType.Text, ct);
                    await evidence.WriteAsync(e.Term, NpgsqlDbType.Text, ct);
                    await evidence.WriteAsync(item.Text[e.Start..e.End], NpgsqlDbType.Text, ct);
                    await evidence.WriteAsync(e.Start, NpgsqlDbType.Integer, ct);
                    await evidence.WriteAsync(e.End, NpgsqlDbType.Integer, ct);
                    await evidence.WriteAsync(e.Sentence, NpgsqlDbType.Integer, ct);
                    await evidence.WriteAsync(Names.Voice(e.Voice), NpgsqlDbType.Text, ct);
                    await evidence.WriteAsync(ArticleIngestion.SegmentKindName(e.Segment), NpgsqlDbType.Text, ct);
                    await WriteNullable(evidence, claim?.Target, ct);
                    await WriteNullable(evidence, claim?.Actor, ct);
                    await WriteNullable(evidence, claim is null ? null : Names.Framing(claim.Framing), ct);
                    await WriteNullable(evidence, MarkerText(item.Text, markerStart, markerEnd, claim?.Marker), ct);
                    await WriteNullable(evidence, markerStart, ct);
                    await WriteNullable(evidence, markerEnd, ct);
                    await WriteNullable(evidence, attribution is null ? null : Names.Attribution(attribution.Kind), ct);
                }
            await evidence.CompleteAsync(ct);
        }

        // Which version of each lexicon scored each article, hits or not.
        var articleIds = new List<long>(items.Count * items[0].Lexicons.Versions.Count);
        var versionIds = new List<long>(articleIds.Capacity);
        foreach (var item in items)
            foreach (var version in item.Lexicons.Versions)
            {
                articleIds.Add(item.ArticleId);
                versionIds.Add(version.Id);
            }
        await conn.ExecuteAsync(new CommandDefinition(RecordVersionsSql,
            new { articles = articleIds.ToArray(), versions = versionIds.ToArray() }, cancellationToken: ct));
    }


    /// <summary>The marker as it stands in the text (its span), else the scorer's marker term.</summary>
    static string? MarkerText(string text, int? start, int? end, string? marker) =>
        start is { } s && end is { } e && s >= 0 && e <= text.Length && s < e ? text[s..e] : marker;

    static Task WriteNullable(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);

    static Task WriteNullable(NpgsqlBinaryImporter copy, int? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, ct) : copy.WriteNullAsync(ct);

    /// <summary>Replaces the scores and evidence of one lexicon (all its versions) for a set of articles.</summary>
    public static async Task ReplaceLexiconAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long lexiconId, IReadOnlyList<StoredAnalysis> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.ArticleId).ToArray();
        await conn.ExecuteAsync(new CommandDefinition("""
            DELETE FROM article_scores s USING lexicon_versions v
            WHERE s.lexicon_version_id = v.id AND v.lexicon_id = @lexiconId AND s.article_id = ANY(@ids);
            DELETE FROM evidence e USING lexicon_versions v
            WHERE e.lexicon_version_id = v.id AND v.lexicon_id = @lexiconId AND e.article_id = ANY(@ids);
            """, new { lexiconId, ids }, tx, cancellationToken: ct));
        await WriteAsync(conn, items, withCounts: false, ct);
    }

    public async Task<AnalysisResponse?> ReadAsync(long articleId, string? lexicon, string? category, string? voice, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(ReadSql,
            new { id = articleId, lexicon, category, voice }, cancellationToken: ct));
        var counts = await grid.ReadSingleOrDefaultAsync<VoiceCountsDto>();
        var scores = (await grid.ReadAsync<ScoreDto>()).ToList();
        var evidence = (await grid.ReadAsync<EvidenceDto>()).ToList();
        var lexicons = (await grid.ReadAsync<LexiconVersionDto>()).ToList();
        return counts is null ? null : new AnalysisResponse(articleId, counts, lexicons, scores, evidence, null, null);
    }

    /// <summary>The response for an analysis that is not stored (POST /api/analyze).</summary>
    public static AnalysisResponse ToResponse(AnalyzedText text, ArticleAnalysis analysis, LexiconSet set)
    {
        var c = analysis.Counts;
        return new AnalysisResponse(null,
            new VoiceCountsDto(c.OutletWords, c.QuotationWords, c.CommentWords, c.OutletSentences, c.QuotationSentences, c.CommentSentences),
            set.Versions.Select(v => new LexiconVersionDto(v.Name, v.Kind, v.Id, v.Version, v.ContentHash)).ToList(),
            analysis.Scores.Select(s => new ScoreDto(set.VersionOf(s.Lexicon).Name, set.VersionOf(s.Lexicon).Id, s.Category, Names.Scope(s.Voice),
                s.Hits, s.WeightedHits, s.Per1000Words, s.SentenceShare, s.Emphasis, s.FirstMention, s.Covered)).ToList(),
            analysis.Evidence.Select(e =>
            {
                var (ms, me) = e.Claim is { } cl ? (cl.MarkerStart, cl.MarkerEnd) : e.Attribution is { } at ? (at.SourceStart, at.SourceEnd) : (null, null);
                return new EvidenceDto(set.VersionOf(e.Lexicon).Name, set.VersionOf(e.Lexicon).Id, e.Category, e.Term, text.Text[e.Start..e.End],
                    e.Start, e.End, e.Sentence, Names.Voice(e.Voice), ArticleIngestion.SegmentKindName(e.Segment),
                    e.Claim?.Target, e.Claim?.Actor, e.Claim is null ? null : Names.Framing(e.Claim.Framing),
                    MarkerText(text.Text, ms, me, e.Claim?.Marker), ms, me,
                    e.Attribution is null ? null : Names.Attribution(e.Attribution.Kind));
            }).ToList(),
            text.Text,
            text.Segments.Select(s => new SegmentResponse(ArticleIngestion.SegmentKindName(s.Kind), s.Start, s.End)).ToList());
    }
}

/// <summary>The stored (and JSON) names of the analysis enums.</summary>
public static class Names
{
    public static string Scope(VoiceScope v) => v switch
    {
        VoiceScope.Outlet => "outlet",
        VoiceScope.Quotation => "quotation",
        VoiceScope.Comments => "comments",
        _ => "article",
    };

    public static string Voice(Voice v) => v switch
    {
        Text.Voice.Outlet => "outlet",
        Text.Voice.Quotation => "quotation",
        Text.Voice.Comments => "comments",
        _ => "none",
    };

    public static string Framing(Framing f) => f switch
    {
        Scoring.Framing.Hedged => "hedged",
        Scoring.Framing.Attributed => "attributed",
        Scoring.Framing.Denied => "denied",
        _ => "asserted",
    };

    public static string Attribution(AttributionKind k) => k switch
    {
        AttributionKind.Named => "named",
        AttributionKind.Anonymous => "anonymous",
        _ => "unresolved",
    };

    public static readonly string[] Scopes = ["outlet", "quotation", "comments", "article"];
    public static readonly string[] Framings = ["asserted", "hedged", "attributed", "denied"];
}
