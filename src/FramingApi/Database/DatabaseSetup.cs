using Dapper;
using Npgsql;

namespace FramingApi.Database;

public static class DatabaseSetup
{
    /// <summary>
    /// One <see cref="NpgsqlDataSource"/> for the whole app's writes, from <c>ConnectionStrings:Framing</c>, and a
    /// <see cref="ReadDataSource"/> for its reads (a replica with <c>ConnectionStrings:FramingRead</c>).
    /// </summary>
    public static IServiceCollection AddFramingDatabase(this IServiceCollection services)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Read when first resolved, so that configuration added late (tests, hosting) is seen.
        services.AddSingleton(sp => CreateDataSource(sp.GetRequiredService<IConfiguration>().GetConnectionString("Framing")
            ?? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Framing (./run.sh does this for a local PostgreSQL).")));
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var read = configuration.GetConnectionString("FramingRead");
            return new ReadDataSource(read is null ? sp.GetRequiredService<NpgsqlDataSource>() : CreateDataSource(read), read is not null,
                sp.GetRequiredService<Comparisons.ChangeListener>(), configuration.GetValue("Database:ReplicaWait", ReadDataSource.DefaultMaxWait));
        });
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<LayoutUpgrade>();
        services.AddSingleton<SeedLoader>();
        return services;
    }

    static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The API's own name shows in pg_stat_activity; failing fast beats hanging when the server is away.
        builder.ApplicationName ??= "FramingApi";
        if (builder.Timeout == 15) builder.Timeout = 5;
        return new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    /// <summary>Applies pending migrations, brings the built-in lexicons up to date and loads the seeds into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        await app.Services.GetRequiredService<MigrationRunner>().ApplyAsync(ct);
        await app.Services.GetRequiredService<LayoutUpgrade>().RunAsync(ct);
        await TimeSeries.MetricSummaryWriter.BackfillAsync(app.Services.GetRequiredService<NpgsqlDataSource>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TimeSeries.MetricSummaryWriter)), ct);
        await app.Services.GetRequiredService<Lexicons.BuiltinLexicons>().SyncAsync(ct);
        if (app.Configuration.GetValue("Seeds:Load", true))
            await app.Services.GetRequiredService<SeedLoader>().LoadIfEmptyAsync(ct);
    }
}
