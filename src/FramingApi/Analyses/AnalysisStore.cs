using Dapper;
using Npgsql;

namespace FramingApi.Analyses;

/// <summary>Scores and evidence of one stored article, as <c>GET /api/articles/{id}/analysis</c> serves them (<see cref="Articles.ArticleWriter"/> writes them).</summary>
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

    // The evidence and lexicon versions of many articles at once (the validation workflow reads the tool's answers
    // for a sample's units); scores are not needed there.
    const string ReadManySql = """
        SELECT e.article_id, l.name AS lexicon, e.lexicon_version_id, e.category, e.term, e.matched, e.start_offset AS start,
               e.end_offset AS "end", e.sentence, e.voice, e.segment, e.target, e.actor, e.framing, e.marker,
               e.marker_start, e.marker_end, e.attribution
        FROM evidence e
        JOIN lexicon_versions v ON v.id = e.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
        WHERE e.article_id = ANY(@ids) AND (@lexicon::text IS NULL OR l.name = @lexicon)
        ORDER BY e.article_id, e.start_offset, l.name, e.category;

        SELECT a.article_id, l.name, l.kind, v.id AS lexicon_version_id, v.version, v.content_hash
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
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(ReadManySql,
            new { ids = articleIds.ToArray(), lexicon }, cancellationToken: ct));
        var evidence = (await grid.ReadAsync<EvidenceRow>()).ToLookup(r => r.ArticleId, r => r.Evidence);
        var versions = (await grid.ReadAsync<VersionRow>()).ToLookup(r => r.ArticleId, r => r.Dto);
        return versions.ToDictionary(g => g.Key, g => new ArticleEvidence(g.ToList(), evidence[g.Key].ToList()));
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

    sealed record EvidenceRow(long ArticleId, string Lexicon, long LexiconVersionId, string Category, string Term, string Matched, int Start,
        int End, int Sentence, string Voice, string Segment, string? Target, string? Actor, string? Framing, string? Marker, int? MarkerStart,
        int? MarkerEnd, string? Attribution)
    {
        public EvidenceDto Evidence => new(Lexicon, LexiconVersionId, Category, Term, Matched, Start, End, Sentence, Voice, Segment, Target,
            Actor, Framing, Marker, MarkerStart, MarkerEnd, Attribution);
    }

    sealed record VersionRow(long ArticleId, string Name, string Kind, long LexiconVersionId, int Version, string ContentHash)
    {
        public LexiconVersionDto Dto => new(Name, Kind, LexiconVersionId, Version, ContentHash);
    }
}

/// <summary>One article's stored evidence and the lexicon versions that scored it (every lexicon, found something or not).</summary>
public sealed record ArticleEvidence(IReadOnlyList<LexiconVersionDto> Lexicons, IReadOnlyList<EvidenceDto> Evidence);
