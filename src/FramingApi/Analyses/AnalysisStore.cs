using Dapper;
using FramingApi.Database;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Analyses;

/// <summary>
/// Scores and evidence of stored articles, as <c>GET /api/articles/{id}/analysis</c> and the comparisons read them:
/// the one reader of the packed analyses (<see cref="PackedAnalysis"/>) that <see cref="Articles.ArticleWriter"/> writes.
/// </summary>
public sealed class AnalysisStore(ReadDataSource db)
{
    const string ReadSql = """
        SELECT words_outlet, words_quotation, words_comments, sentences_outlet, sentences_quotation, sentences_comments
        FROM article_stats WHERE article_id = @id;

        SELECT l.name, l.kind, v.id AS lexicon_version_id, v.version, v.content_hash, a.analysis
        FROM article_lexicon_versions a
        JOIN lexicon_versions v ON v.id = a.lexicon_version_id JOIN lexicons l ON l.id = a.lexicon_id
        WHERE a.article_id = @id AND (@lexicon::text IS NULL OR l.name = @lexicon)
        ORDER BY l.name;
        """;

    const string ArticlesSql = """
        SELECT a.article_id, l.name, l.kind, a.lexicon_version_id, a.analysis
        FROM article_lexicon_versions a JOIN lexicons l ON l.id = a.lexicon_id
        WHERE a.article_id = ANY(@ids) AND (@kinds::text[] IS NULL OR l.kind = ANY(@kinds)) AND a.analysis IS NOT NULL
        ORDER BY a.article_id, l.name
        """;

    // The evidence and lexicon versions of many articles at once (the validation workflow reads the tool's answers
    // for a sample's units); scores are not needed there.
    const string ReadManySql = """
        SELECT a.article_id, l.name, l.kind, v.id AS lexicon_version_id, v.version, v.content_hash, a.analysis
        FROM article_lexicon_versions a
        JOIN lexicon_versions v ON v.id = a.lexicon_version_id JOIN lexicons l ON l.id = a.lexicon_id
        WHERE a.article_id = ANY(@ids) AND (@lexicon::text IS NULL OR l.name = @lexicon)
        ORDER BY a.article_id, l.name;
        """;

    /// <summary>
    /// The stored evidence of each of <paramref name="articleIds"/> (only <paramref name="lexicon"/>'s when one is
    /// named) with the lexicon versions that scored it; articles without a stored analysis are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, ArticleEvidence>> ReadEvidenceAsync(IReadOnlyCollection<long> articleIds, string? lexicon,
        CancellationToken ct)
    {
        if (articleIds.Count == 0) return new Dictionary<long, ArticleEvidence>();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ArticleVersionRow>(new CommandDefinition(ReadManySql,
            new { ids = articleIds.ToArray(), lexicon }, cancellationToken: ct));
        return rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => new ArticleEvidence(
            g.Select(r => new LexiconVersionDto(r.Name, r.Kind, r.LexiconVersionId, r.Version, r.ContentHash)).ToList(),
            ByPosition(g.Where(r => r.Analysis is not null)
                .SelectMany(r => PackedAnalysis.Unpack(r.Analysis!, scores: false).Evidence.Select(e => Evidence(r.Name, r.LexiconVersionId, e))))));
    }

    public async Task<AnalysisResponse?> ReadAsync(long articleId, string? lexicon, string? category, string? voice, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(ReadSql, new { id = articleId, lexicon }, cancellationToken: ct));
        var counts = await grid.ReadSingleOrDefaultAsync<VoiceCountsDto>();
        var rows = (await grid.ReadAsync<VersionRow>()).ToList();
        if (counts is null) return null;

        var scores = new List<ScoreDto>();
        var evidence = new List<EvidenceDto>();
        foreach (var row in rows.Where(r => r.Analysis is not null))
        {
            var (packedScores, packedEvidence) = PackedAnalysis.Unpack(row.Analysis!);
            scores.AddRange(packedScores.Select(s => Score(row.Name, row.LexiconVersionId, s))
                .Where(s => (category is null || s.Category == category) && (voice is null || s.Voice == voice)));
            evidence.AddRange(packedEvidence.Select(e => Evidence(row.Name, row.LexiconVersionId, e))
                .Where(e => (category is null || e.Category == category) && (voice is null || e.Voice == voice)));
        }
        // The order the API has always given: by lexicon, category and voice; evidence by position (stable sorts).
        scores = scores.OrderBy(s => s.Lexicon, StringComparer.Ordinal).ThenBy(s => s.Category, StringComparer.Ordinal)
            .ThenBy(s => s.Voice, StringComparer.Ordinal).ToList();
        evidence = ByPosition(evidence);
        var lexicons = rows.Select(r => new LexiconVersionDto(r.Name, r.Kind, r.LexiconVersionId, r.Version, r.ContentHash)).ToList();
        return new AnalysisResponse(articleId, counts, lexicons, scores, evidence, null, null);
    }

    /// <summary>One article's packed analysis of one lexicon, for the comparisons.</summary>
    public sealed record ArticleAnalysisRow(long ArticleId, string Lexicon, string Kind, long LexiconVersionId, List<PackedScore> Scores,
        List<PackedEvidence> Evidence);

    /// <summary>
    /// The stored analyses of some articles (only lexicons of the given kinds, or all), unpacked, in the caller's
    /// connection (and snapshot). Scores and evidence are in the order they were found; with <paramref name="evidence"/>
    /// false the evidence is left packed (empty lists: a reader of scores alone unpacks half as much).
    /// </summary>
    public static async Task<List<ArticleAnalysisRow>> ReadManyAsync(Npgsql.NpgsqlConnection conn, Npgsql.NpgsqlTransaction? tx,
        long[] articleIds, string[]? kinds, CancellationToken ct, bool evidence = true, Func<string, bool>? evidenceOfKind = null)
    {
        var rows = await conn.QueryAsync<PackedRow>(new CommandDefinition(ArticlesSql, new { ids = articleIds, kinds }, tx, cancellationToken: ct));
        return rows.Select(r =>
        {
            var (scores, spans) = PackedAnalysis.Unpack(r.Analysis, evidence: evidence && (evidenceOfKind?.Invoke(r.Kind) ?? true));
            return new ArticleAnalysisRow(r.ArticleId, r.Name, r.Kind, r.LexiconVersionId, scores, spans);
        }).ToList();
    }

    /// <summary>Evidence in the order the API has always given it: by position, then lexicon and category (a stable sort).</summary>
    static List<EvidenceDto> ByPosition(IEnumerable<EvidenceDto> evidence) =>
        evidence.OrderBy(e => e.Start).ThenBy(e => e.Lexicon, StringComparer.Ordinal).ThenBy(e => e.Category, StringComparer.Ordinal).ToList();

    static ScoreDto Score(string lexicon, long versionId, PackedScore s) =>
        new(lexicon, versionId, s.Category, VoiceNames.Scopes.Name(s.Voice), s.Hits, s.WeightedHits, s.Per1000Words, s.SentenceShare, s.Emphasis,
            s.FirstMention, s.Covered);

    /// <summary>An evidence span as the API serves it.</summary>
    public static EvidenceDto Evidence(string lexicon, long versionId, PackedEvidence e) =>
        new(lexicon, versionId, e.Category, e.Term, e.Matched, e.Start, e.End, e.Sentence, VoiceNames.Voices.Name(e.Voice),
            SegmentNames.Map.Name(e.Segment), e.Target, e.Actor, e.Framing is { } f ? FramingNames.Map.Name(f) : null, e.Marker,
            e.MarkerStart, e.MarkerEnd, e.Attribution is { } a ? AttributionNames.Map.Name(a) : null, e.Target is null ? null : e.Detector);

    sealed record VersionRow(string Name, string Kind, long LexiconVersionId, int Version, string ContentHash, byte[]? Analysis);

    sealed record ArticleVersionRow(long ArticleId, string Name, string Kind, long LexiconVersionId, int Version, string ContentHash,
        byte[]? Analysis);

    sealed record PackedRow(long ArticleId, string Name, string Kind, long LexiconVersionId, byte[] Analysis);
}

/// <summary>One article's stored evidence and the lexicon versions that scored it (every lexicon, found something or not).</summary>
public sealed record ArticleEvidence(IReadOnlyList<LexiconVersionDto> Lexicons, IReadOnlyList<EvidenceDto> Evidence);
