using Dapper;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Lexicons;

/// <summary>
/// Keeps the database in step with the built-in lexicon files (<c>seeds/lexicons/*.json</c>): a missing lexicon is
/// created, a changed file becomes a new version (and re-scoring job). Versions added through the API are left alone
/// unless the file itself changes. A claims lexicon names the shipped claim-sentence model (<see cref="BuiltinModel"/>),
/// which is part of its content: a new model file is a new version too.
/// </summary>
public sealed class BuiltinLexicons(NpgsqlDataSource db, LexiconsStore store, JobSignal signal, BuiltinModel model, IConfiguration configuration, ILogger<BuiltinLexicons> log)
{
    const long LockKey = 0x4672_616D_696E_6703;

    public string Folder => SeedsFolder.Of(configuration, "lexicons");

    public async Task SyncAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Folder)) { log.LogWarning("No built-in lexicons at {Folder}.", Folder); return; }
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: ct));
        try
        {
            foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
            {
                var definition = LexiconJson.Parse(await File.ReadAllTextAsync(file, ct));
                if (model.Model is { } claimModel) definition = claimModel.Bind(definition); // claims only
                var builtinHash = await store.LatestBuiltinHashAsync(definition.Name, ct);
                if (builtinHash == definition.ContentHash) continue;
                var result = builtinHash is null && await store.CreateAsync(definition, builtin: true, ct) is { } created
                    ? created
                    : await store.AddVersionAsync(definition.Name, definition, Vocabulary.OriginNames.Builtin, ct);
                log.LogInformation("Built-in lexicon {Name}: version {Version} ({Entries} entries).",
                    definition.Name, result?.Version.Version, definition.Entries.Count);
            }
        }
        finally
        {
            await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None));
        }
        signal.Notify();
    }
}
