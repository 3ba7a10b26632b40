using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace FramingApi.Database;

/// <summary>
/// Applies <c>db/migrations/NNNN_name.sql</c> (embedded in the assembly) in order, each in its own transaction,
/// and records them in <c>schema_migrations</c>. A session-level advisory lock serialises instances that start
/// at the same time: the second waits, then finds nothing left to do.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource db, ILogger<MigrationRunner> log)
{
    // Any fixed 64-bit number unique to this application's migrations.
    const long LockKey = 0x4672_616D_696E_6701;

    const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    text PRIMARY KEY,
            checksum   text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    public sealed record Migration(string Version, string Sql, string Checksum);

    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var sql = reader.ReadToEnd();
                var version = Path.GetFileNameWithoutExtension(n["migrations/".Length..]);
                return new Migration(version, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
            })
            .ToList();
    }

    public async Task ApplyAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: ct));
        try
        {
            await conn.ExecuteAsync(new CommandDefinition(CreateTableSql, cancellationToken: ct));
            var applied = (await conn.QueryAsync<(string Version, string Checksum)>(
                new CommandDefinition("SELECT version, checksum FROM schema_migrations", cancellationToken: ct)))
                .ToDictionary(r => r.Version, r => r.Checksum);

            foreach (var migration in Embedded())
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        log.LogWarning("Migration {Version} changed after it was applied; it is not re-run.", migration.Version);
                    continue;
                }

                await using var tx = await conn.BeginTransactionAsync(ct);
                // No command timeout (Npgsql's default is 30 s): a migration that converts a populated table's rows runs
                // as long as the store needs (0049 rewrites every shingle set: 24 s at 100,000 articles on a loaded machine).
                await conn.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, checksum) VALUES (@Version, @Checksum)",
                    new { migration.Version, migration.Checksum }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                log.LogInformation("Applied migration {Version}", migration.Version);
            }
        }
        finally
        {
            await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None));
        }
    }
}
