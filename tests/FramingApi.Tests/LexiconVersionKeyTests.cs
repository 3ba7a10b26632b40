using System.Net;
using Dapper;
using FramingApi.Tests.Infrastructure;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// Migration 0053: an article's lexicon versions (<c>article_lexicon_versions</c>) name their lexicon and version
/// through one composite foreign key, so a stored article runs one check per lexicon instead of two, and a row cannot
/// name a version of another lexicon; deleting a lexicon still deletes its rows.
/// </summary>
public sealed class LexiconVersionKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task An_article_s_lexicon_versions_are_checked_by_one_key_that_ties_the_version_to_its_lexicon()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "key-src", name = "Key source" });
        var bulk = await _client.PostRawJsonAsync("/api/articles/bulk", string.Join('\n',
            Enumerable.Range(0, 3).Select(i => System.Text.Json.JsonSerializer.Serialize(new
            {
                source = "key-src", url = $"https://key.example/{i}",
                text = $"Officials said the army shelled the village {i} times on Tuesday, according to witnesses.",
            }))), "application/x-ndjson");
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);

        await using var conn = await api.OpenDatabaseAsync();
        // One foreign key to lexicon_versions over both columns; none to lexicons.
        var keys = (await conn.QueryAsync<string>("""
            SELECT pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'article_lexicon_versions'::regclass AND contype = 'f' ORDER BY 1
            """)).ToList();
        Assert.Equal(
            ["FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE",
             "FOREIGN KEY (lexicon_id, lexicon_version_id) REFERENCES lexicon_versions(lexicon_id, id) ON DELETE CASCADE"], keys);

        var rows = await conn.ExecuteScalarAsync<long>("""
            SELECT count(*) FROM article_lexicon_versions alv JOIN articles a ON a.id = alv.article_id
            JOIN lexicon_versions v ON v.id = alv.lexicon_version_id AND v.lexicon_id = alv.lexicon_id
            WHERE a.url LIKE 'https://key.example/%'
            """);
        var lexicons = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM lexicons");
        Assert.Equal(3 * lexicons, rows);

        // A row that names a version of another lexicon is refused.
        var mismatch = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync("""
            UPDATE article_lexicon_versions alv SET lexicon_version_id = (SELECT min(id) FROM lexicon_versions v WHERE v.lexicon_id <> alv.lexicon_id)
            WHERE alv.article_id = (SELECT id FROM articles WHERE url = 'https://key.example/0')
            """));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, mismatch.SqlState);

        // Deleting a lexicon deletes its versions and, through them, its articles' rows (in a transaction rolled back:
        // the fixture's other tests keep their lexicons).
        await using var tx = await conn.BeginTransactionAsync();
        var lexicon = await conn.ExecuteScalarAsync<long>("SELECT min(lexicon_id) FROM article_lexicon_versions", transaction: tx);
        await conn.ExecuteAsync("DELETE FROM lexicons WHERE id = @lexicon", new { lexicon }, tx);
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM article_lexicon_versions WHERE lexicon_id = @lexicon", new { lexicon }, tx));
        Assert.Equal(3 * (lexicons - 1), await conn.ExecuteScalarAsync<long>("""
            SELECT count(*) FROM article_lexicon_versions alv JOIN articles a ON a.id = alv.article_id WHERE a.url LIKE 'https://key.example/%'
            """, transaction: tx));
        await tx.RollbackAsync();
    }
}
