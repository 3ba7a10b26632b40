using Dapper;
using Npgsql;

namespace FramingApi.Infrastructure;

/// <summary>
/// Source and story ids by slug: the one place the API turns the slugs it is sent into ids. Writes resolve on the
/// primary (a slug created a moment ago must be found); reads (<c>read: true</c>) on the read data source, so that they
/// keep answering while the primary is away.
/// </summary>
public sealed class References(NpgsqlDataSource db, Database.ReadDataSource reads)
{
    const string SourceIdsSql = "SELECT slug, id FROM sources WHERE slug = ANY(@slugs)";
    const string StoryIdsSql = "SELECT slug, id FROM stories WHERE slug = ANY(@slugs)";

    /// <summary>The ids of those of the given slugs that exist, in one round trip.</summary>
    public async Task<SlugIds> ResolveAsync(IReadOnlyCollection<string> sourceSlugs, IReadOnlyCollection<string> storySlugs, CancellationToken ct,
        bool read = false)
    {
        if (sourceSlugs.Count == 0 && storySlugs.Count == 0) return new SlugIds(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        await using var conn = read ? await reads.OpenConnectionAsync(ct) : await db.OpenConnectionAsync(ct);
        return new SlugIds(await IdsAsync(conn, SourceIdsSql, sourceSlugs, ct), await IdsAsync(conn, StoryIdsSql, storySlugs, ct));
    }

    /// <summary>The ids of an optional source and an optional story.</summary>
    public Task<SlugIds> ResolveAsync(string? sourceSlug, string? storySlug, CancellationToken ct, bool read = false) =>
        ResolveAsync(sourceSlug is null ? [] : [sourceSlug], storySlug is null ? [] : [storySlug], ct, read);

    /// <summary>The ids of a comparison's sources (the parameter <c>sources</c>) and optional story, read from the read
    /// data source: null, with "No source …" / "No story …" added, when any does not exist; and not looked up at all
    /// when either parameter is already refused (malformed slugs), so that every other mistake is still named.</summary>
    public async Task<(long? Story, long[] Sources)?> SourcesAndStoryAsync(IReadOnlyList<string> sources, string? story,
        FieldErrors errors, CancellationToken ct)
    {
        if (errors.Has("sources") || errors.Has("story")) return null;
        var ids = await ResolveAsync(sources, story is null ? [] : [story], ct, read: true);
        var sourceIds = sources.Select(s => ids.Source("sources", s, errors)).ToList();
        var storyId = ids.Story("story", story, errors);
        if (errors.Any) return null;
        return (storyId, sourceIds.Select(id => id!.Value).ToArray());
    }

    static async Task<Dictionary<string, long>> IdsAsync(NpgsqlConnection conn, string sql, IReadOnlyCollection<string> slugs, CancellationToken ct)
    {
        if (slugs.Count == 0) return new(StringComparer.Ordinal);
        var rows = await conn.QueryAsync<(string Slug, long Id)>(new CommandDefinition(sql, new { slugs = slugs.ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Slug, r => r.Id, StringComparer.Ordinal);
    }
}

/// <summary>Source and story ids by slug, of the slugs that exist.</summary>
public sealed record SlugIds(Dictionary<string, long> Sources, Dictionary<string, long> Stories)
{
    /// <summary>The id of an optional source slug; adds "No source …" to <paramref name="errors"/> when it does not exist.</summary>
    public long? Source(string field, string? slug, FieldErrors errors) => Find(Sources, field, slug, errors, UnknownSource(slug));

    /// <summary>The id of an optional story slug; adds "No story …" to <paramref name="errors"/> when it does not exist.</summary>
    public long? Story(string field, string? slug, FieldErrors errors) => Find(Stories, field, slug, errors, UnknownStory(slug));

    /// <summary>What a filter or field naming no source says: sources can be thousands, so it points at their list
    /// rather than listing them (a closed set — topics, lexicons, categories — is listed in full).</summary>
    public static string UnknownSource(string? slug) => $"No source {Echo.Quote(slug)} (GET /api/sources lists the sources).";

    /// <summary>As <see cref="UnknownSource"/>, for a story.</summary>
    public static string UnknownStory(string? slug) => $"No story {Echo.Quote(slug)} (GET /api/stories lists the stories).";

    /// <summary>What a filter naming no lexicon says: lexicons are few, so it lists them.</summary>
    public static string UnknownLexicon(string name, IEnumerable<string> known) =>
        $"No lexicon {Echo.Quote(name)}. Known lexicons: {NameList.Join(known)}.";

    /// <summary>Takes in the ids of another lookup (a bulk import looks up each slug once).</summary>
    public void Add(SlugIds more)
    {
        foreach (var (k, v) in more.Sources) Sources[k] = v;
        foreach (var (k, v) in more.Stories) Stories[k] = v;
    }

    static long? Find(Dictionary<string, long> ids, string field, string? slug, FieldErrors errors, string missing)
    {
        if (slug is null) return null;
        if (ids.TryGetValue(slug, out var id)) return id;
        errors.Add(field, missing);
        return null;
    }
}
