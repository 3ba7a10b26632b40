using Dapper;
using FramingApi.Comparisons;
using FramingApi.Database;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// Migration 0049 on a store written before it: every shingle set stored as a bigint[] comes out as the bytes the
/// ingestion now writes (<see cref="PackedShingles"/>), the same hashes in the same order.
/// </summary>
public sealed class PackedShinglesMigrationTests : IAsyncLifetime
{
    const string Packing = "0049";

    readonly string _database = "framing_test_" + Guid.NewGuid().ToString("N")[..16];

    static NpgsqlConnectionStringBuilder Server(string database) =>
        new(Environment.GetEnvironmentVariable("ConnectionStrings__Framing")
            ?? throw new InvalidOperationException("The API tests need a PostgreSQL server: run ./test.sh, or set ConnectionStrings__Framing."))
        { Database = database, Pooling = false, Timeout = 60, CommandTimeout = 300 }; // as ApiFactory: a loaded machine is slow

    public async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(Server("postgres").ConnectionString);
        await admin.ExecuteAsync($"CREATE DATABASE \"{_database}\"");
    }

    public async Task DisposeAsync()
    {
        await using var admin = new NpgsqlConnection(Server("postgres").ConnectionString);
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    /// <summary>Shingle sets as a store before 0049 may hold them: empty, extreme values, repeats, a typical article's
    /// ~200 sampled hashes and a long one's 5,000 (stored out of line, TOAST).</summary>
    static IEnumerable<(long[] Own, long[] Quoted)> Sets()
    {
        var random = new Random(49);
        long[] Hashes(int n) => Enumerable.Range(0, n).Select(_ => random.NextInt64(long.MinValue, long.MaxValue) & ~7L).ToArray();
        yield return ([], []);
        yield return ([0], []);
        yield return ([], [long.MaxValue]);
        yield return ([1, -2, long.MaxValue, long.MinValue, 1L << 62, -1], [256, 65536, 1L << 32]);
        yield return ([40, 8, 40, 16], [8]); // a repeated hash keeps its place
        yield return (Hashes(200), Hashes(30));
        yield return (Hashes(5_000), Hashes(1_000));
    }

    [Fact]
    public async Task Migration_0049_converts_each_stored_array_into_the_same_hashes_packed()
    {
        await using var conn = new NpgsqlConnection(Server(_database).ConnectionString);
        await conn.OpenAsync();
        foreach (var migration in MigrationRunner.Embedded().Where(m => string.CompareOrdinal(m.Version, Packing) < 0))
        {
            await using var tx = await conn.BeginTransactionAsync();
            await conn.ExecuteAsync(migration.Sql, transaction: tx);
            await tx.CommitAsync();
        }

        var sets = Sets().ToList();
        var ids = new List<long>();
        foreach (var (own, quoted) in sets)
        {
            var id = await conn.ExecuteScalarAsync<long>("""
                INSERT INTO articles (content_type, raw, text, content_hash, word_count) VALUES ('text', 'x', 'x', @hash, 1) RETURNING id
                """, new { hash = Guid.NewGuid().ToByteArray() });
            await conn.ExecuteAsync("INSERT INTO article_shingle_sets (article_id, published, own, quoted) VALUES (@id, now(), @own, @quoted)",
                new { id, own, quoted });
            ids.Add(id);
        }

        var packing = MigrationRunner.Embedded().Single(m => m.Version.StartsWith(Packing, StringComparison.Ordinal));
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync(packing.Sql, transaction: tx);
            await tx.CommitAsync();
        }

        var stored = (await conn.QueryAsync<(long Id, byte[] Own, byte[] Quoted)>(
            "SELECT article_id, own, quoted FROM article_shingle_sets ORDER BY article_id")).ToList();
        Assert.Equal(ids, stored.Select(s => s.Id));
        foreach (var ((own, quoted), row) in sets.Zip(stored))
        {
            Assert.Equal(own, PackedShingles.Unpack(row.Own));
            Assert.Equal(quoted, PackedShingles.Unpack(row.Quoted));
            Assert.Equal(PackedShingles.Pack(own), row.Own); // byte for byte what the ingestion writes
            Assert.Equal(PackedShingles.Pack(quoted), row.Quoted);
        }

        // A set that is not whole hashes is refused.
        var error = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync(
            "UPDATE article_shingle_sets SET own = '\\x01020304050607'::bytea WHERE article_id = @id", new { id = ids[0] }));
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
