using System.Data;
using Dapper;
using FramingApi.Analyses;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;
using FramingApi.Database;
using FramingApi.Infrastructure;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>Which articles a comparison covers: a story's, or some sources' in a date range (optionally of a story).</summary>
public sealed record ArticleSet(long? StoryId, long[]? SourceIds, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>
/// Reads what a comparison is built from, per article, for exactly the articles it covers: first their ids (one
/// index range per scope — a story's articles, or each source's in the date range; no catch-all predicates), then
/// everything else by those ids — word counts, the packed analyses (through <see cref="AnalysisStore"/>), the text
/// (term counts are counted again from it rather than stored), and the sampled shingles of the articles and of their
/// neighbours in time (shared text). All in one REPEATABLE READ snapshot, with the stamp that becomes the ETag, so
/// the ETag describes exactly the data read. Reads go to the read data source (a replica when configured).
/// </summary>
public sealed class ComparisonsStore(ReadDataSource db)
{
    /// <summary>Shared text is looked for among the articles published this many days before or after an article.</summary>
    public const int SharedTextWindowDays = 7;

    /// <summary>Characters of the article's text shown on either side of an evidence span.</summary>
    public const int ContextChars = 160;

    // Per article: its source, title and the lexicon versions it carries (their sum moves when it is re-scored; the
    // versions' names and categories are read by these ids, not by scanning the articles' versions again).
    const string ArticleColumns = """
        a.id, a.source_id, a.title,
        ARRAY(SELECT x.lexicon_version_id FROM article_lexicon_versions x WHERE x.article_id = a.id) AS version_ids
        """;

    const string StoryArticlesSql = $"""
        SELECT {ArticleColumns} FROM articles a
        WHERE a.story_id = @storyId AND a.source_id IS NOT NULL AND (@sourceId::bigint IS NULL OR a.source_id = @sourceId)
        ORDER BY a.id
        """;

    // One index range per source (articles_source_published_idx); the story, if any, filters within it.
    const string SourcesArticlesSql = $"""
        SELECT {ArticleColumns} FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN articles a ON a.source_id = q.source_id
         AND a.published_at >= coalesce(@from, '-infinity'::timestamptz) AND a.published_at <= coalesce(@to, 'infinity'::timestamptz)
        WHERE @storyId::bigint IS NULL OR a.story_id = @storyId
        ORDER BY a.id
        """;

    // Without a date range, undated articles count too (a.published_at >= -infinity would leave them out).
    const string SourcesAllArticlesSql = $"""
        SELECT {ArticleColumns} FROM unnest(@sourceIds::bigint[]) AS q(source_id)
        JOIN articles a ON a.source_id = q.source_id
        WHERE @storyId::bigint IS NULL OR a.story_id = @storyId
        ORDER BY a.id
        """;

    const string StampSuffixSql = "SELECT coalesce(max(id), 0) FROM lexicon_versions";

    // The topic keys, in the order of the topics lexicons and their categories: the latest version of each (the
    // topics a comparison lists, and the only ones ?topic= accepts).
    const string TopicKeysSql = $"""
        SELECT c.value->>'key'
        FROM (SELECT DISTINCT ON (l.id) l.id, v.definition FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
              WHERE l.kind = '{LexiconKinds.Topics}' ORDER BY l.id, v.version DESC) t,
             jsonb_array_elements(t.definition->'categories') WITH ORDINALITY AS c(value, ordinal)
        ORDER BY t.id, c.ordinal
        """;

    // The texts and the segments that give tokens their voice, first: the term counts are counted from them while
    // the rest is read (quotations are found again in the text). One row per article: its text and its packed segment
    // row as stored (kinds joined by commas, offsets in PostgreSQL's binary form), unpacked by the thread that counts
    // the article's terms — not ~40 rows per article unnested, sorted and sent by PostgreSQL (docs/PERFORMANCE.md,
    // "Cold story comparison at 100k, wave 11").
    const string TextsSql = """
        SELECT a.id, a.text, array_to_string(s.kinds, ',', '') AS kinds, array_send(s.starts) AS starts, array_send(s.ends) AS ends
        FROM articles a LEFT JOIN article_segments s ON s.article_id = a.id
        WHERE a.id = ANY(@ids)
        """;

    const string DataSql = $"""
        SELECT s.id, s.slug, s.name FROM sources s WHERE s.id = ANY(@sourceIds) ORDER BY s.slug;

        {TopicKeysSql};

        SELECT article_id, words_outlet, words_quotation, words_comments FROM article_stats WHERE article_id = ANY(@ids);

        -- The lexicon versions whose scores the articles carry (while a re-scoring job runs, two of one lexicon).
        SELECT l.name, v.id AS lexicon_version_id, v.version, v.content_hash
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE l.kind IN ('{LexiconKinds.Topics}', '{LexiconKinds.Claims}', '{LexiconKinds.Sourcing}', '{LexiconKinds.Loaded}')
          AND v.id = ANY(@versionIds)
        ORDER BY l.id, v.version;

        -- Every lexicon version the articles carry, whatever its kind, with its category keys in order (the
        -- categories a comparison lists per 1,000 words).
        SELECT l.name, l.kind, v.id AS lexicon_version_id, v.version, v.content_hash,
               ARRAY(SELECT c.value->>'key' FROM jsonb_array_elements(v.definition->'categories') WITH ORDINALITY AS c(value, ordinal)
                     ORDER BY c.ordinal) AS categories
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE v.id = ANY(@versionIds)
        ORDER BY l.id, v.version;
        """;

    // Every lexicon's latest version: its kind and categories with their roles (what metric= parameters may name).
    const string LexiconKeysSql = """
        SELECT t.name, t.kind, c.value->>'key' AS key, c.value->>'role' AS role
        FROM (SELECT DISTINCT ON (l.id) l.id, l.name, l.kind, v.definition FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
              ORDER BY l.id, v.version DESC) t,
             jsonb_array_elements(t.definition->'categories') WITH ORDINALITY AS c(value, ordinal)
        ORDER BY t.id, c.ordinal
        """;

    // The shingles of every article published in the windows around the compared ones (theirs included). Only the
    // shingle sets: the source of the few articles that share most is read afterwards (SourceSlugsSql).
    // The sets as stored, packed (PackedShingles): PostgreSQL copies their bytes out, the API turns each into hashes in
    // one pass — a comparison reads ~200 shingles of each of thousands of neighbours. One index range per window
    // (LATERAL … OFFSET 0): joined plainly, the planner guesses a ninth of the table per window and from ~9 windows
    // (a year of three sources) scanned the whole table in parallel instead — 100,000 rows tested against every window
    // to keep 1,800 at 100k articles (docs/PERFORMANCE.md, "Cold comparisons at 100k, wave 13").
    const string NeighboursSql = """
        SELECT s.article_id, s.published, s.own AS own_packed, s.quoted AS quoted_packed
        FROM unnest(@los::timestamptz[], @his::timestamptz[]) AS w(lo, hi)
        CROSS JOIN LATERAL (SELECT * FROM article_shingle_sets s WHERE s.published >= w.lo AND s.published <= w.hi OFFSET 0) s
        """;

    const string PublishedSql = "SELECT article_id, published FROM article_shingle_sets WHERE article_id = ANY(@ids)";

    const string SourceSlugsSql = """
        SELECT a.id, so.slug FROM articles a JOIN sources so ON so.id = a.source_id WHERE a.id = ANY(@ids)
        """;

    // The start-up warm-up's scope: the newest story with dated articles of a source, and its first articles' sources and dates.
    const string WarmUpScopeSql = """
        WITH story AS (
            SELECT s.id, s.slug FROM stories s
            WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source_id IS NOT NULL AND a.published_at IS NOT NULL)
            ORDER BY s.id DESC LIMIT 1),
        picked AS (
            SELECT a.source_id, a.published_at FROM story JOIN articles a ON a.story_id = story.id
            WHERE a.source_id IS NOT NULL AND a.published_at IS NOT NULL ORDER BY a.id LIMIT @articles)
        SELECT story.slug AS story, so.slug AS source, p.published_at AS published
        FROM story, picked p JOIN sources so ON so.id = p.source_id
        """;

    const string ContextSql = """
        SELECT substr(a.text, greatest(1, x.s + 1 - @context), least(x.s, @context) + (x.e - x.s) + @context)
        FROM unnest(@ids::bigint[], @starts::int[], @ends::int[]) WITH ORDINALITY AS x(id, s, e, ord)
        JOIN articles a ON a.id = x.id
        ORDER BY x.ord
        """;

    /// <summary>Kinds of lexicon whose analyses the comparisons read (claims are read from any lexicon that marks targets).</summary>
    static readonly string[]? AllKinds = null;

    public sealed record SourceRow(long Id, string Slug, string Name, int ArticleCount, long WordsOutlet, long WordsQuotation, long WordsComments);
    public sealed record LexiconRow(string Name, long LexiconVersionId, int Version, string ContentHash);
    public sealed record TopicRow(long SourceId, string Category, int Hits, double ShareSum, double EmphasisSum, double Weight, double? FirstMention, bool Covered);
    public sealed record ClaimRow(long SourceId, string Target, string Actor, string Voice, string Framing, int Count);
    public sealed record SourcingRow(long SourceId, string Category, string? Attribution, string Matched, int Count);
    public sealed record LoadedRow(long SourceId, string Category, int Hits);
    public sealed record SharedRow(long ArticleId, long SourceId, string? Title, int Own, int Shared, long? OtherId, string? OtherSource, int BestCount);

    /// <summary>
    /// What a comparison is built from, per source (summed from <see cref="ArticleData"/> by
    /// <see cref="ComparisonBuilder.PerSource"/>): word counts, topic scores, claim and sourcing evidence counts,
    /// loaded-language hits and shared shingles (term counts: <see cref="TermTotals"/>); the topic keys in their lexicons' order; and the lexicon
    /// versions whose scores the compared articles carry.
    /// </summary>
    public sealed record ComparisonData(
        IReadOnlyList<SourceRow> Sources, IReadOnlyList<string> TopicKeys, IReadOnlyList<LexiconRow> Lexicons, IReadOnlyList<TopicRow> Topics,
        IReadOnlyList<ClaimRow> Claims, IReadOnlyList<SourcingRow> Sourcing, IReadOnlyList<LoadedRow> Loaded,
        IReadOnlyList<SharedRow> Shared);

    /// <summary>A compared article: its source, title and word counts by voice.</summary>
    public sealed record ArticleFacts(long ArticleId, long SourceId, string? Title, int WordsOutlet, int WordsQuotation, int WordsComments);
    public sealed record ArticleTopic(long ArticleId, string Category, int Hits, double SentenceShare, double Emphasis, double? FirstMention, bool Covered);
    public sealed record ArticleClaims(long ArticleId, string Target, string Actor, string Voice, string Framing, int Count);
    public sealed record ArticleSourcing(long ArticleId, string Category, string? Attribution, string Matched, int Count);
    public sealed record ArticleLoaded(long ArticleId, string Category, int Hits);
    /// <summary>One article's term counts: term <c>Terms[i]</c> (a number: <see cref="ArticleData.TermNames"/>) occurs <c>Counts[i]</c> times.</summary>
    public sealed record ArticleTerms(long ArticleId, int[] Terms, int[] Counts);
    public sealed record ArticleShared(long ArticleId, int Own, int Shared, long? OtherId, string? OtherSource, int BestCount);
    /// <summary>One article's hits of one lexicon category in one voice scope (outlet, quotation, or article = both); hits &gt; 0 only.</summary>
    public sealed record ArticleCategory(long ArticleId, string Lexicon, string Category, string Voice, int Hits);

    /// <summary>An article and a lexicon that scored it (an article a new lexicon's job has not reached yet has none).</summary>
    public sealed record ArticleLexicon(long ArticleId, string Lexicon);

    /// <summary>A lexicon version the compared articles carry: its kind and its category keys in order.</summary>
    public sealed class LexiconCategories
    {
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long LexiconVersionId { get; init; }
        public int Version { get; init; }
        public string ContentHash { get; init; } = "";
        public string[] Categories { get; init; } = [];
    }

    /// <summary>A category of a lexicon's latest version, with its role (claims lexicons) or null.</summary>
    public sealed record LexiconKey(string Name, string Kind, string Key, string? Role);

    /// <summary>
    /// What a comparison is built from, per article (the unit that intervals resample): facts, topic scores (article
    /// scope, topics lexicons), claim mentions by target, actor, voice and framing (any lexicon that marks targets;
    /// outlet and quotation voices), sourcing phrases (sourcing lexicons, outlet voice), loaded-language hits (outlet
    /// voice), term counts and shared text; the sources, topic keys and lexicon versions; and every lexicon's category
    /// hits by voice scope with the versions' categories (any kind: user dictionaries too); and the terms the term
    /// counts' numbers stand for.
    /// </summary>
    public sealed record ArticleData(
        IReadOnlyList<(long Id, string Slug, string Name)> Sources, IReadOnlyList<string> TopicKeys, IReadOnlyList<LexiconRow> Lexicons,
        IReadOnlyList<ArticleFacts> Articles, IReadOnlyList<ArticleTopic> Topics, IReadOnlyList<ArticleClaims> Claims,
        IReadOnlyList<ArticleSourcing> Sourcing, IReadOnlyList<ArticleLoaded> Loaded, IReadOnlyList<ArticleTerms> Terms,
        IReadOnlyList<ArticleShared> Shared, IReadOnlyList<ArticleCategory> Categories, IReadOnlyList<ArticleLexicon> Scored,
        IReadOnlyList<LexiconCategories> LexiconVersions, IReadOnlyList<string>? TermNames = null);

    public sealed record EvidenceRow(long ArticleId, string? Title, string Source, string Lexicon, long LexiconVersionId, string Category,
        string Matched, int Start, int End, int Sentence, string Voice, string Segment, string? Target, string? Actor, string? Framing,
        string? Marker, string? Attribution, string Context, int? MarkerStart, int? MarkerEnd);

    /// <summary>A compared article's row (a class, not a positional record: Dapper maps the array column to a property).</summary>
    sealed class SetArticle
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public string? Title { get; init; }
        public long[] VersionIds { get; init; } = [];

        /// <summary>The sum of the article's lexicon version ids (part of the stamp).</summary>
        public long Versions => VersionIds.Sum();
    }

    /// <summary>
    /// Reads the stamp and, unless <paramref name="isCurrent"/> says the caller already has data for that stamp,
    /// the per-article data — in one snapshot.
    /// </summary>
    /// <remarks><paramref name="limit"/> keeps only the set's first articles by id (the start-up warm-up's small scope).</remarks>
    public async Task<(string Stamp, ArticleData? Data)> ReadAsync(ArticleSet set, Func<string, bool> isCurrent, CancellationToken ct,
        int? limit = null)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var articles = await ArticlesAsync(conn, tx, set, null, ct, limit);
        var latestVersion = await conn.ExecuteScalarAsync<long>(new CommandDefinition(StampSuffixSql, transaction: tx, cancellationToken: ct));
        BuildSections.Mark("ids");
        var stamp = $"{articles.Count}.{(articles.Count == 0 ? 0 : articles.Max(a => a.Id))}.{articles.Sum(a => a.Id)}.{articles.Sum(a => a.Versions)}.{latestVersion}";
        if (isCurrent(stamp)) return (stamp, null);
        var ids = articles.Select(a => a.Id).ToArray();
        // Shared text (the neighbours' shingle sets: the sources comparison's largest read) is read on a second
        // connection in this transaction's snapshot while this one reads the rest, so PostgreSQL's work for the two
        // overlaps; where the snapshot cannot be shared, it is read here afterwards (SharedInSnapshotAsync).
        var snapshot = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT pg_export_snapshot()", transaction: tx, cancellationToken: ct));
        var sharing = SharedInSnapshotAsync(snapshot!, ids, ct);
        var data = await DataAsync(conn, tx, articles, ct);
        var shared = await sharing ?? await SharedAsync(conn, tx, ids, ct);
        BuildSections.Mark("shared (waited)");
        await tx.CommitAsync(ct);
        return (stamp, data with { Shared = shared });
    }

    /// <summary>
    /// <see cref="SharedAsync"/> on a connection of its own, in the snapshot <paramref name="snapshot"/> exported by the
    /// reading transaction (PostgreSQL's synchronised snapshots: the same data as the rest of the read); null when the
    /// snapshot cannot be imported there (another server of a multi-host data source, say).
    /// </summary>
    async Task<List<ArticleShared>?> SharedInSnapshotAsync(string snapshot, long[] ids, CancellationToken ct)
    {
        await Task.Yield();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        try
        {
            await conn.ExecuteAsync(new CommandDefinition("SET TRANSACTION SNAPSHOT '" + snapshot.Replace("'", "''", StringComparison.Ordinal) + "'",
                transaction: tx, cancellationToken: ct));
        }
        catch (PostgresException)
        {
            return null;
        }
        var shared = await SharedAsync(conn, tx, ids, ct);
        await tx.CommitAsync(ct);
        return shared;
    }

    /// <summary>The ids of the set's articles (of one source only, for evidence): one specialised query per scope.</summary>
    static async Task<List<SetArticle>> ArticlesAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, ArticleSet set, long? sourceId, CancellationToken ct,
        int? limit = null)
    {
        var story = set.StoryId is not null && set.From is null && set.To is null && (set.SourceIds is null || sourceId is not null);
        var sql = story ? StoryArticlesSql : set.From is null && set.To is null ? SourcesAllArticlesSql : SourcesArticlesSql;
        if (limit is { } n) sql += $"\nLIMIT {n}";
        var sourceIds = sourceId is { } only ? [only] : set.SourceIds;
        return (await conn.QueryAsync<SetArticle>(new CommandDefinition(sql, new
        {
            storyId = set.StoryId, sourceId, sourceIds, from = set.From?.UtcDateTime, to = set.To?.UtcDateTime,
        }, tx, cancellationToken: ct))).ToList();
    }

    async Task<ArticleData> DataAsync(NpgsqlConnection conn, NpgsqlTransaction tx, List<SetArticle> articles, CancellationToken ct)
    {
        var ids = articles.Select(a => a.Id).ToArray();
        var sourceIds = articles.Select(a => a.SourceId).Distinct().ToArray();
        var texts = (await conn.QueryAsync<TextRow>(new CommandDefinition(TextsSql, new { ids }, tx, cancellationToken: ct))).ToList();
        BuildSections.Mark("texts");
        // The term counts are CPU work of their own (every text analysed again): counted on the thread pool while the
        // rest is read and unpacked, so that the API's cores work while PostgreSQL does.
        var numbers = new TermNumbers();
        var counting = Task.Run(() => Terms(texts, numbers), ct);
        List<(long, string, string)> sources;
        List<string> topicKeys;
        Dictionary<long, StatsRow> stats;
        List<LexiconRow> lexicons;
        List<LexiconCategories> versions;
        var versionIds = articles.SelectMany(a => a.VersionIds).Distinct().ToArray();
        await using (var grid = await conn.QueryMultipleAsync(new CommandDefinition(DataSql, new { ids, sourceIds, versionIds }, tx,
            cancellationToken: ct)))
        {
            sources = (await grid.ReadAsync<(long, string, string)>()).ToList();
            topicKeys = (await grid.ReadAsync<string>()).Distinct().ToList();
            stats = (await grid.ReadAsync<StatsRow>()).ToDictionary(s => s.ArticleId);
            lexicons = (await grid.ReadAsync<LexiconRow>()).ToList();
            versions = (await grid.ReadAsync<LexiconCategories>()).ToList();
        }
        BuildSections.Mark("data");
        var analyses = await AnalysisStore.ReadManyAsync(conn, tx, ids, AllKinds, ct, evidenceOfKind: NeedsEvidence);
        BuildSections.Mark("analyses");

        var facts = articles.Select(a => stats.TryGetValue(a.Id, out var s)
            ? new ArticleFacts(a.Id, a.SourceId, a.Title, s.WordsOutlet, s.WordsQuotation, s.WordsComments)
            : new ArticleFacts(a.Id, a.SourceId, a.Title, 0, 0, 0)).ToList();
        var (topics, claims, sourcing, loaded) = Aggregate(analyses);
        var categories = CategoryHits(analyses);
        var scored = analyses.Select(r => new ArticleLexicon(r.ArticleId, r.Lexicon)).Distinct().ToList();
        BuildSections.Mark("per article");
        var terms = await counting;
        BuildSections.Mark("terms (waited)");
        return new ArticleData(sources, topicKeys, lexicons, facts, topics, claims, sourcing, loaded, terms, [], categories, scored, versions,
            numbers.Terms);
    }

    /// <summary>
    /// Whether a comparison reads a lexicon kind's evidence spans, not only its scores: claim mentions come from spans
    /// with a target, actor and framing, which only claims lexicons mark (their categories are the only ones with
    /// target roles, <c>LexiconPlan</c>), and sourcing phrases from sourcing lexicons' spans. The spans of topics,
    /// loaded-language and user lexicons are not unpacked (the evidence pages read them).
    /// </summary>
    static bool NeedsEvidence(string kind) => kind is LexiconKinds.Claims or LexiconKinds.Sourcing;

    /// <summary>Per article, every lexicon's category hits in the outlet, quotation and article scopes (hits &gt; 0).</summary>
    static List<ArticleCategory> CategoryHits(List<AnalysisStore.ArticleAnalysisRow> analyses)
    {
        var hits = new List<ArticleCategory>();
        foreach (var row in analyses)
            foreach (var s in row.Scores)
                if (s.Hits > 0 && s.Voice != Analysis.Scoring.VoiceScope.Comments)
                    hits.Add(new ArticleCategory(row.ArticleId, row.Lexicon, s.Category, VoiceNames.Scopes.Name(s.Voice), s.Hits));
        return hits;
    }

    /// <summary>Per article: topic scores, claim mentions, sourcing phrases and loaded-language hits, from its packed analyses.</summary>
    static (List<ArticleTopic>, List<ArticleClaims>, List<ArticleSourcing>, List<ArticleLoaded>) Aggregate(List<AnalysisStore.ArticleAnalysisRow> analyses)
    {
        var topics = new List<ArticleTopic>();
        var loaded = new Dictionary<(long, string), int>();
        var claims = new Dictionary<(long, string, string, string, string), int>();
        var sourcing = new Dictionary<(long, string, string?, string), int>();
        foreach (var row in analyses)
        {
            foreach (var s in row.Scores)
            {
                if (row.Kind == LexiconKinds.Topics && s.Voice == Analysis.Scoring.VoiceScope.Article)
                    topics.Add(new ArticleTopic(row.ArticleId, s.Category, s.Hits, s.SentenceShare, s.Emphasis, s.FirstMention, s.Covered));
                else if (row.Kind == LexiconKinds.Loaded && s.Voice == Analysis.Scoring.VoiceScope.Outlet)
                    Add(loaded, (row.ArticleId, s.Category), s.Hits);
            }
            foreach (var e in row.Evidence)
            {
                if (e.Target is not null && e.Actor is not null && e.Framing is { } framing && e.Voice is Voice.Outlet or Voice.Quotation)
                    Add(claims, (row.ArticleId, e.Target, e.Actor, VoiceNames.Voices.Name(e.Voice), FramingNames.Map.Name(framing)), 1);
                if (row.Kind == LexiconKinds.Sourcing && e.Voice == Voice.Outlet)
                    Add(sourcing, (row.ArticleId, e.Category, e.Attribution is { } a ? AttributionNames.Map.Name(a) : null, e.Matched.ToLowerInvariant()), 1);
            }
        }
        return (topics,
            claims.Select(c => new ArticleClaims(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Key.Item5, c.Value)).ToList(),
            sourcing.Select(c => new ArticleSourcing(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Value)).ToList(),
            loaded.Select(c => new ArticleLoaded(c.Key.Item1, c.Key.Item2, c.Value)).ToList());
    }

    static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int n) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    /// <summary>
    /// Term counts of the articles as published, counted again from their stored text and segments, the terms numbered
    /// by <paramref name="numbers"/> (one string per distinct term of the comparison, not per article). In parallel:
    /// each thread numbers terms in its own table (no lock), mapped into <paramref name="numbers"/> at the end.
    /// </summary>
    static List<ArticleTerms> Terms(List<TextRow> texts, TermNumbers numbers)
    {
        var terms = new (TermNumbers Numbers, ArticleTerms Counts)[texts.Count];
        var tables = new List<TermNumbers>();
        Parallel.For(0, texts.Count, () => new TermNumbers(), (i, _, local) =>
        {
            var t = texts[i];
            using var analysed = AnalyzedText.Analyze(new SegmentedText(t.Text, t.Segments()));
            var (numbered, counts) = ArticleFingerprint.TermCounts(analysed, local);
            terms[i] = (local, new ArticleTerms(t.Id, numbered, counts));
            return local;
        }, local => { lock (tables) tables.Add(local); });

        var maps = tables.ToDictionary(table => table, numbers.Renumber); // by reference: TermNumbers keeps object equality
        foreach (var (table, counts) in terms)
        {
            var map = maps[table];
            for (var j = 0; j < counts.Terms.Length; j++) counts.Terms[j] = map[counts.Terms[j]];
        }
        return terms.Select(t => t.Counts).ToList();
    }

    /// <summary>
    /// Shared text of each compared article: how many of its own-voice sampled shingles occur in another article
    /// published within <see cref="SharedTextWindowDays"/> days of it, and the one it shares most with (ties: the
    /// lowest id).
    /// </summary>
    static async Task<List<ArticleShared>> SharedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long[] ids, CancellationToken ct)
    {
        var published = (await conn.QueryAsync<(long ArticleId, DateTime Published)>(new CommandDefinition(PublishedSql, new { ids }, tx,
            cancellationToken: ct))).ToList();
        if (published.Count == 0) return ids.Select(id => new ArticleShared(id, 0, 0, null, null, 0)).ToList();
        var window = TimeSpan.FromDays(SharedTextWindowDays);
        var (los, his) = Windows(published.Select(p => p.Published), window);
        var rows = (await conn.QueryAsync<ShingleRow>(new CommandDefinition(NeighboursSql, new { los, his }, tx, cancellationToken: ct))).ToList();
        var shared = SharedText.Of(ids, rows, window);
        var others = shared.Where(s => s.OtherId is not null).Select(s => s.OtherId!.Value).Distinct().ToArray();
        if (others.Length == 0) return shared;
        var slugs = (await conn.QueryAsync<(long Id, string Slug)>(new CommandDefinition(SourceSlugsSql, new { ids = others }, tx,
            cancellationToken: ct))).ToDictionary(r => r.Id, r => r.Slug);
        return shared.Select(s => s.OtherId is { } other ? s with { OtherSource = slugs.GetValueOrDefault(other) } : s).ToList();
    }

    /// <summary>
    /// The shared-text counts, in memory: the compared articles' own shingles are numbered (slots), and for each slot
    /// the rows holding it are listed once (two passes over every row's shingles into one array, no list per
    /// shingle); then each compared article counts, per other row within the window, the slots they share.
    /// </summary>
    static class SharedText
    {
        public static List<ArticleShared> Of(long[] ids, List<ShingleRow> rows, TimeSpan window)
        {
            var rowOf = new Dictionary<long, int>(rows.Count);
            for (var r = 0; r < rows.Count; r++) rowOf.Add(rows[r].ArticleId, r);
            var slots = new Dictionary<long, int>();
            foreach (var id in ids)
                if (rowOf.TryGetValue(id, out var r))
                    foreach (var hash in rows[r].Own) slots.TryAdd(hash, slots.Count);

            var (starts, holders) = Holders(rows, slots);
            var result = new List<ArticleShared>(ids.Length);
            var counts = new int[rows.Count];
            var seen = new int[slots.Count];
            Array.Fill(seen, -1);
            var touched = new List<int>();
            for (var a = 0; a < ids.Length; a++)
            {
                var id = ids[a];
                if (!rowOf.TryGetValue(id, out var m)) { result.Add(new ArticleShared(id, 0, 0, null, null, 0)); continue; }
                var mine = rows[m];
                int own = 0, sharedCount = 0;
                foreach (var hash in mine.Own)
                {
                    var slot = slots[hash];
                    if (seen[slot] == a) continue; // a repeated hash counts once
                    seen[slot] = a;
                    own++;
                    var any = false;
                    for (var h = starts[slot]; h < starts[slot + 1]; h++)
                    {
                        var o = holders[h];
                        var other = rows[o];
                        if (other.ArticleId == id || (other.Published - mine.Published).Duration() > window) continue;
                        any = true;
                        if (counts[o]++ == 0) touched.Add(o);
                    }
                    if (any) sharedCount++;
                }
                result.Add(Best(id, own, sharedCount, rows, counts, touched));
            }
            return result;
        }

        /// <summary>
        /// For each slot, the rows that hold its shingle (own or quoted), each once: holders[starts[s] .. starts[s + 1]).
        /// One pass over every row's shingles (one lookup each) collects the (slot, row) pairs, in row order; a counting
        /// sort by slot keeps that order within each slot.
        /// </summary>
        static (int[] Starts, int[] Holders) Holders(List<ShingleRow> rows, Dictionary<long, int> slots)
        {
            var last = new int[slots.Count];
            Array.Fill(last, -1);
            // Most of the neighbours' shingles are not the compared articles' (all but the compared set's own on the
            // 100k bench store: ~47,000 of ~410,000): a bit per slot hash in a small filter answers most of them without
            // probing the slot dictionary, whose ~50,000 entries do not stay in the processor's cache.
            var filter = new ulong[FilterWords];
            foreach (var hash in slots.Keys)
            {
                var bit = FilterBit(hash);
                filter[bit >> 6] |= 1UL << (int)bit;
            }
            var pairSlots = new List<int>();
            var pairRows = new List<int>();
            for (var r = 0; r < rows.Count; r++)
            {
                foreach (var hash in rows[r].Own) Visit(hash, r);
                foreach (var hash in rows[r].Quoted) Visit(hash, r);
            }
            void Visit(long hash, int r)
            {
                var bit = FilterBit(hash);
                if ((filter[bit >> 6] & (1UL << (int)bit)) == 0) return;
                if (!slots.TryGetValue(hash, out var slot) || last[slot] == r) return;
                last[slot] = r;
                pairSlots.Add(slot);
                pairRows.Add(r);
            }
            var starts = new int[slots.Count + 1];
            foreach (var slot in pairSlots) starts[slot + 1]++;
            for (var s = 0; s < slots.Count; s++) starts[s + 1] += starts[s];
            var holders = new int[pairSlots.Count];
            var next = (int[])starts.Clone();
            for (var i = 0; i < pairSlots.Count; i++) holders[next[pairSlots[i]]++] = pairRows[i];
            return (starts, holders);
        }

        /// <summary>Words of the slot filter: 2^19 bits, 64 KB (below the large-object heap's 85,000 bytes).</summary>
        const int FilterWords = 1 << 13;

        /// <summary>A shingle hash's bit in the slot filter: the top 19 bits of a multiplicative mix (sampled hashes end in zero bits).</summary>
        static uint FilterBit(long hash) => (uint)(((ulong)hash * 0x9E3779B97F4A7C15UL) >> 45);

        /// <summary>The article's counts, with the row it shares most with (ties: the lowest article id); resets the counts.</summary>
        static ArticleShared Best(long id, int own, int sharedCount, List<ShingleRow> rows, int[] counts, List<int> touched)
        {
            if (touched.Count == 0) return new ArticleShared(id, own, sharedCount, null, null, 0);
            var best = touched[0];
            foreach (var o in touched)
                if (counts[o] > counts[best] || (counts[o] == counts[best] && rows[o].ArticleId < rows[best].ArticleId)) best = o;
            var shared = new ArticleShared(id, own, sharedCount, rows[best].ArticleId, null, counts[best]);
            foreach (var o in touched) counts[o] = 0;
            touched.Clear();
            return shared;
        }
    }

    /// <summary>The windows around the given times, merged where they overlap.</summary>
    static (DateTime[] Los, DateTime[] His) Windows(IEnumerable<DateTime> times, TimeSpan window)
    {
        var los = new List<DateTime>();
        var his = new List<DateTime>();
        foreach (var t in times.Order())
        {
            if (his.Count > 0 && t - window <= his[^1]) his[^1] = t + window;
            else { los.Add(t - window); his.Add(t + window); }
        }
        return (los.ToArray(), his.ToArray());
    }

    /// <summary>Which evidence spans to list; <see cref="Voice"/> <c>article</c> means outlet and quotations.</summary>
    public sealed record EvidenceFilter(string? Kind, string? Category, string? Target, string? Actor, string? Framing, string? Voice, bool? Attributed,
        string? Lexicon = null, string? Attribution = null);

    /// <summary>
    /// One page of one source's evidence among a comparison's articles, filtered as the comparison's links filter it,
    /// by article and position; the total is exact (the source's articles in the set are all read).
    /// </summary>
    public async Task<(IReadOnlyList<EvidenceRow> Rows, long Total)> EvidenceAsync(ArticleSet set, long sourceId, string sourceSlug,
        EvidenceFilter f, PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var articles = await ArticlesAsync(conn, tx, set, sourceId, ct);
        var titles = articles.ToDictionary(a => a.Id, a => a.Title);
        var analyses = await AnalysisStore.ReadManyAsync(conn, tx, titles.Keys.ToArray(), f.Kind is null ? null : [f.Kind], ct);
        var matching = analyses.Where(r => f.Lexicon is null || r.Lexicon == f.Lexicon)
            .SelectMany(r => r.Evidence.Where(e => Matches(e, f)).Select(e => (r.ArticleId, Row: AnalysisStore.Evidence(r.Lexicon, r.LexiconVersionId, e))))
            .OrderBy(x => x.ArticleId).ThenBy(x => x.Row.Start).ToList();
        var rows = matching.Skip(page.Offset).Take(page.Size).ToList();
        var contexts = rows.Count == 0 ? [] : (await conn.QueryAsync<string>(new CommandDefinition(ContextSql, new
        {
            ids = rows.Select(r => r.ArticleId).ToArray(), starts = rows.Select(r => r.Row.Start).ToArray(),
            ends = rows.Select(r => r.Row.End).ToArray(), context = ContextChars,
        }, tx, cancellationToken: ct))).ToList();
        await tx.CommitAsync(ct);
        return (rows.Select((r, i) => new EvidenceRow(r.ArticleId, titles[r.ArticleId], sourceSlug, r.Row.Lexicon, r.Row.LexiconVersionId,
            r.Row.Category, r.Row.Matched, r.Row.Start, r.Row.End, r.Row.Sentence, r.Row.Voice, r.Row.Segment, r.Row.Target, r.Row.Actor,
            r.Row.Framing, r.Row.Marker, r.Row.Attribution, contexts[i], r.Row.MarkerStart, r.Row.MarkerEnd)).ToList(), matching.Count);
    }

    static bool Matches(PackedEvidence e, EvidenceFilter f) =>
        (f.Category is null || e.Category == f.Category)
        && (f.Target is null || e.Target == f.Target)
        && (f.Actor is null || e.Actor == f.Actor)
        && (f.Framing is null || (e.Framing is { } framing && FramingNames.Map.Name(framing) == f.Framing))
        && (f.Voice is null || VoiceNames.Voices.Name(e.Voice) == f.Voice
            || (f.Voice == VoiceNames.Article && e.Voice is Voice.Outlet or Voice.Quotation))
        && (f.Attributed is null || (e.Attribution is not null) == f.Attributed)
        && (f.Attribution is null || (e.Attribution is { } attribution && AttributionNames.Map.Name(attribution) == f.Attribution));

    /// <summary>A small, real scope to build comparisons of at start-up (<see cref="ComparisonWarmUp"/>): a story, and some
    /// sources of its first articles with those articles' first and last publication times.</summary>
    public sealed record WarmUpScope(string Story, IReadOnlyList<string> Sources, DateTimeOffset From, DateTimeOffset To);

    /// <summary>The warm-up's scope, from the newest story with dated articles (the first <paramref name="articles"/> of
    /// them); null when there is none.</summary>
    public async Task<WarmUpScope?> WarmUpScopeAsync(int articles, int sources, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<(string Story, string Source, DateTime Published)>(new CommandDefinition(WarmUpScopeSql,
            new { articles }, cancellationToken: ct))).ToList();
        if (rows.Count == 0) return null;
        var slugs = rows.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).Take(sources).ToList();
        var times = rows.Where(r => slugs.Contains(r.Source)).Select(r => new DateTimeOffset(r.Published, TimeSpan.Zero)).ToList();
        return new WarmUpScope(rows[0].Story, slugs, times.Min(), times.Max());
    }

    /// <summary>The topic keys a comparison lists, in their lexicons' order.</summary>
    public async Task<IReadOnlyList<string>> TopicKeysAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<string>(new CommandDefinition(TopicKeysSql, cancellationToken: ct))).Distinct().ToList();
    }

    /// <summary>Every lexicon's latest categories, with kinds and roles, in the lexicons' order.</summary>
    public async Task<IReadOnlyList<LexiconKey>> LexiconKeysAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<LexiconKey>(new CommandDefinition(LexiconKeysSql, cancellationToken: ct))).ToList();
    }

    sealed record StatsRow(long ArticleId, int WordsOutlet, int WordsQuotation, int WordsComments);

    /// <summary>A compared article's text and its packed segment row (null when it has none).</summary>
    sealed class TextRow
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string? Kinds { get; init; }
        public byte[]? Starts { get; init; }
        public byte[]? Ends { get; init; }

        /// <summary>The segments that give tokens their voice, in order: every kind but quotations (found again in the text).</summary>
        public List<Segment> Segments()
        {
            if (string.IsNullOrEmpty(Kinds) || Starts is null || Ends is null) return [];
            var kinds = Kinds.Split(',');
            var (starts, ends) = (Int32Array(Starts), Int32Array(Ends));
            var segments = new List<Segment>(kinds.Length);
            for (var i = 0; i < kinds.Length && i < starts.Length && i < ends.Length; i++)
                if (kinds[i].Length > 0 && kinds[i] != SegmentNames.Quotation)
                    segments.Add(new Segment(SegmentNames.Map.Parse(kinds[i]), starts[i], ends[i]));
            return segments;
        }
    }

    sealed class ShingleRow
    {
        public long ArticleId { get; init; }
        public DateTime Published { get; init; }
        public long[] Own { get; private init; } = [];
        public long[] Quoted { get; private init; } = [];

        /// <summary>Own-voice shingles as stored (<see cref="PackedShingles"/>).</summary>
        public byte[] OwnPacked { init => Own = PackedShingles.Unpack(value); }

        /// <summary>The other shingles, likewise.</summary>
        public byte[] QuotedPacked { init => Quoted = PackedShingles.Unpack(value); }
    }

    /// <summary>A segment offset array (integer[]) from its binary form (<see cref="SentArray{T}"/>).</summary>
    internal static int[] Int32Array(byte[] sent) => SentArray<int>(sent, "A segment offset array");

    /// <summary>
    /// A one-dimensional integer array without nulls from its binary form, as array_send writes it (big-endian:
    /// dimensions, has-nulls flag, element type; per dimension its length and lower bound; per element its length —
    /// the width of <typeparamref name="T"/> — and value).
    /// </summary>
    static T[] SentArray<T>(byte[] sent, string what) where T : System.Numerics.IBinaryInteger<T>
    {
        var span = sent.AsSpan();
        var dimensions = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(span);
        if (dimensions == 0) return [];
        if (dimensions != 1) throw new InvalidDataException($"{what} is not a one-dimensional array.");
        var width = T.Zero.GetByteCount();
        var values = new T[System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(span[12..])];
        var at = 20;
        for (var i = 0; i < values.Length; i++, at += 4 + width)
        {
            if (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(span[at..]) != width)
                throw new InvalidDataException($"{what} holds a null or a value of another type.");
            values[i] = T.ReadBigEndian(span.Slice(at + 4, width), isUnsigned: false);
        }
        return values;
    }
}
