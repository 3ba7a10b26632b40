using Dapper;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Sources;

/// <summary>A source to store.</summary>
public sealed record SourceRecord(string Slug, string Name, string? Homepage, string? Country, string Kind, string? Description, string[] Labels);

public sealed class SourcesStore(NpgsqlDataSource db)
{
    const string Columns = """
        s.id, s.slug, s.name, s.homepage, s.country, s.kind, s.description, s.labels,
        (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count, s.created_at
        """;

    const string InsertSql = """
        INSERT INTO sources (slug, name, homepage, country, kind, description, labels)
        VALUES (@Slug, @Name, @Homepage, @Country, @Kind, @Description, @Labels)
        ON CONFLICT (slug) DO NOTHING
        RETURNING id
        """;

    const string FindSql = $"SELECT {Columns} FROM sources s WHERE s.slug = @slug";

    const string ListSql = $"""
        SELECT {Columns}, count(*) OVER () AS total
        FROM sources s
        ORDER BY s.slug
        LIMIT @limit OFFSET @offset
        """;

    const string CountSql = "SELECT count(*) FROM sources";

    /// <summary>Inserts a source; null when the slug is taken.</summary>
    public async Task<long?> CreateAsync(SourceRecord source, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await InsertAsync(conn, null, source, ct);
    }

    /// <summary>Inserts a source inside the caller's transaction (the seed loader's); null when the slug is taken.</summary>
    public static Task<long?> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, SourceRecord source, CancellationToken ct) =>
        conn.ExecuteScalarAsync<long?>(new CommandDefinition(InsertSql, source with
        {
            Kind = Vocabulary.SourceKindNames.Set.Require(source.Kind),
        }, tx, cancellationToken: ct));

    public async Task<SourceResponse?> FindAsync(string slug, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(FindSql, new { slug }, cancellationToken: ct));
        return row?.ToResponse();
    }

    public async Task<(IReadOnlyList<SourceResponse> Items, long Total)> ListAsync(PageRequest page, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var (rows, total) = await conn.ReadPageAsync<SourceRow>(ListSql, CountSql, new { limit = page.Size, offset = page.Offset }, page,
            r => r.Total, ct);
        return (rows.Select(r => r.ToResponse()).ToList(), total);
    }

    // A class with properties rather than a positional record: Npgsql reports text[] columns as System.Array, which
    // Dapper's constructor matching does not accept, while property mapping converts it.
    sealed class SourceRow
    {
        public long Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Homepage { get; init; }
        public string? Country { get; init; }
        public string Kind { get; init; } = "";
        public string? Description { get; init; }
        public string[] Labels { get; init; } = [];
        public long ArticleCount { get; init; }
        public DateTime CreatedAt { get; init; }
        public long Total { get; init; }

        public SourceResponse ToResponse() => new(Id, Slug, Name, Homepage, Country, Kind, Description, Labels, ArticleCount, CreatedAt);
    }
}
