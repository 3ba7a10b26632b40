using Dapper;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using Npgsql;

namespace FramingApi.Analyses;

/// <summary>The lexicons an analysis used: the analyzer's lexicon i is stored version <c>Versions[i]</c>.</summary>
public sealed record LexiconSet(FramingAnalyzer Analyzer, IReadOnlyList<LexiconVersionRef> Versions)
{
    public LexiconVersionRef VersionOf(int lexicon) => Versions[lexicon];
}

/// <summary>A stored lexicon version, as scores and evidence name it.</summary>
public sealed record LexiconVersionRef(long Id, string Name, string Kind, int Version, string ContentHash, long LexiconId);

/// <summary>
/// Compiles lexicons once and reuses them. The active set is the latest version of every lexicon; it is recompiled
/// when a version is added (seen through <c>max(lexicon_versions.id)</c>, so every replica notices, not only the one
/// that took the request). Single versions (for re-scoring jobs and POST /api/analyze) are cached by id.
/// </summary>
public sealed class AnalyzerProvider(NpgsqlDataSource db, EmphasisWeights weights, FramingApi.Lexicons.BuiltinModel model)
{
    /// <summary>The configuration section of the emphasis weights (Headline, Lead, Body, PositionBoost).</summary>
    public const string EmphasisSection = "Analysis:Emphasis";

    /// <summary>
    /// The emphasis weights of <see cref="EmphasisSection"/>, each one defaulting to docs/ANALYSIS.md's; invalid
    /// values stop the start-up with a message that names them.
    /// </summary>
    public static EmphasisWeights EmphasisWeightsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(EmphasisSection);
        var defaults = EmphasisWeights.Default;
        double Read(string key, double fallback) =>
            section[key] is not { } text ? fallback
            : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
            : throw new InvalidOperationException($"{EmphasisSection}:{key} = '{text}' is not a number.");
        var weights = new EmphasisWeights(Read("Headline", defaults.Headline), Read("Lead", defaults.Lead),
            Read("Body", defaults.Body), Read("PositionBoost", defaults.PositionBoost));
        return weights.Problem() is { } problem
            ? throw new InvalidOperationException($"{EmphasisSection} {problem.Field}: {problem.Message}")
            : weights;
    }

    /// <summary>The emphasis weights every analyzer of this provider scores with (configuration).</summary>
    public EmphasisWeights Weights => weights;

    const string ActiveSql = """
        SELECT DISTINCT ON (l.id) v.id, l.name, l.kind, v.version, v.content_hash, v.definition::text AS definition, l.id AS lexicon_id
        FROM lexicons l JOIN lexicon_versions v ON v.lexicon_id = l.id
        ORDER BY l.id, v.version DESC
        """;

    const string VersionSql = """
        SELECT v.id, l.name, l.kind, v.version, v.content_hash, v.definition::text AS definition, l.id AS lexicon_id
        FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id
        WHERE v.id = @id
        """;

    readonly SemaphoreSlim _reload = new(1, 1);
    readonly Dictionary<long, LexiconSet> _single = [];
    (long Stamp, LexiconSet Set)? _active;

    /// <summary>The latest version of every lexicon, compiled together.</summary>
    public async Task<LexiconSet> ActiveAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var stamp = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT max(id) FROM lexicon_versions", cancellationToken: ct)) ?? 0;
        if (_active is { } current && current.Stamp == stamp) return current.Set;

        await _reload.WaitAsync(ct);
        try
        {
            if (_active is { } again && again.Stamp == stamp) return again.Set;
            var rows = (await conn.QueryAsync<VersionRow>(new CommandDefinition(ActiveSql, cancellationToken: ct))).ToList();
            var set = Compile(rows);
            _active = (stamp, set);
            return set;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>One lexicon version alone; null when it does not exist.</summary>
    public async Task<LexiconSet?> VersionAsync(long versionId, CancellationToken ct)
    {
        lock (_single)
            if (_single.TryGetValue(versionId, out var cached)) return cached;

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(VersionSql, new { id = versionId }, cancellationToken: ct));
        if (row is null) return null;
        var set = Compile([row]);
        lock (_single)
        {
            if (_single.Count > 64) _single.Clear();
            _single[versionId] = set;
        }
        return set;
    }

    LexiconSet Compile(IReadOnlyList<VersionRow> rows)
    {
        var definitions = rows.Select(r => LexiconJson.Parse(r.Definition)).ToList();
        // The shipped model runs for the version that names it (the built-in claims lexicon); an older built-in version
        // naming an older model file is scored by its rules alone.
        return new LexiconSet(new FramingAnalyzer(definitions, weights, model.Model),
            rows.Select(r => new LexiconVersionRef(r.Id, r.Name, r.Kind, r.Version, r.ContentHash, r.LexiconId)).ToList());
    }

    sealed record VersionRow(long Id, string Name, string Kind, int Version, string ContentHash, string Definition, long LexiconId);
}
