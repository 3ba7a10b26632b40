using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Runs alone (not in parallel with other test classes): the streaming test measures the process's live heap, which
/// other tests' work would blur.
/// </summary>
[CollectionDefinition(nameof(BulkImportTests), DisableParallelization = true)]
public sealed class BulkImportCollection;

[Collection(nameof(BulkImportTests))]
public sealed class BulkImportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    static HttpContent Ndjson(string body) => new StringContent(body, Encoding.UTF8, "application/x-ndjson");

    static string Line(object o) => JsonSerializer.Serialize(o, Http.Options);

    /// <summary>A client that sent nothing by mistake (a file that did not expand, an empty pipe) is told so, not
    /// answered 200 with zero lines.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("  \r\n\t\n   ")]
    public async Task A_body_with_no_article_line_is_400_naming_the_body(string body)
    {
        var problem = await (await _client.PostAsync("/api/articles/bulk", Ndjson(body))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["body"], problem.ErrorFields());
        Assert.Contains("empty", problem["errors"]!["body"]![0]!.GetValue<string>());
    }

    /// <summary>A file saved by Windows Notepad or PowerShell 5 starts with a UTF-8 byte order mark (and ends its lines
    /// with CR LF): its first article is read like the others, as POST /api/articles reads the same bytes.</summary>
    [Fact]
    public async Task A_file_with_a_byte_order_mark_is_read_from_its_first_line()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "bom-src", name = "Notepad" });
        var body = "\uFEFF" + Line(new { source = "bom-src", text = "The first line of a file saved by Notepad." }) + "\r\n"
            + Line(new { source = "bom-src", text = "The second line of a file saved by Notepad." }) + "\r\n";
        var response = await _client.PostAsync("/api/articles/bulk", Ndjson(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(2, result["created"]!.GetValue<int>());
        Assert.Equal(0, result["invalid"]!.GetValue<int>());
    }

    [Fact]
    public async Task Good_lines_are_stored_and_each_bad_line_says_why()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-src", name = "Bulk" });
        var body = string.Join("\n",
            Line(new { source = "bulk-src", text = "First bulk article about the port strike." }),
            "{ this is not json",
            Line(new { source = "bulk-src", text = "   " }),
            "",
            Line(new { source = "no-such-source", text = "Article with an unknown source." }),
            Line(new { source = "bulk-src", text = "Second bulk article about the port strike." }),
            Line(new { source = "bulk-src", text = "First bulk article about the port strike." }),
            Line(new { source = "bulk-src", text = 12 }),
            Line(new { source = "bulk-src", url = "https://bulk.example/1", text = "Third one, with a url." }),
            Line(new { source = "bulk-src", url = "https://bulk.example/1", text = "Same url, other text." }));

        var response = await _client.PostAsync("/api/articles/bulk", Ndjson(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        var byLine = result["results"]!.AsArray().ToDictionary(r => r!["line"]!.GetValue<int>(), r => r!);

        Assert.Equal("created", byLine[1]["status"]!.GetValue<string>());
        Assert.Equal("invalid", byLine[2]["status"]!.GetValue<string>());
        Assert.Contains("body", byLine[2]["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("text", byLine[3]["errors"]!.AsObject().Select(e => e.Key));
        Assert.False(byLine.ContainsKey(4)); // blank lines are skipped
        Assert.Contains("source", byLine[5]["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("created", byLine[6]["status"]!.GetValue<string>());
        Assert.Equal("duplicate", byLine[7]["status"]!.GetValue<string>());
        Assert.Equal(byLine[1]["id"]!.GetValue<long>(), byLine[7]["id"]!.GetValue<long>());
        Assert.Contains("text", byLine[8]["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("created", byLine[9]["status"]!.GetValue<string>());
        Assert.Equal("conflict", byLine[10]["status"]!.GetValue<string>());

        Assert.Equal(3, result["created"]!.GetValue<int>());
        Assert.Equal(4, result["invalid"]!.GetValue<int>());
        Assert.Equal(1, result["duplicates"]!.GetValue<int>());
        Assert.Equal(1, result["conflicts"]!.GetValue<int>());
        await using var conn = await api.OpenDatabaseAsync();
        Assert.Equal(3, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = 'bulk-src'"));
    }

    [Fact]
    public async Task A_bulk_import_merges_its_search_entries_into_the_index_before_it_answers()
    {
        // Its transactions leave the search index's pending list to a merger beside the writer; the import answers
        // after the last merge, so nothing of it is left pending. A single article's insert keeps PostgreSQL's 4 MB
        // list, as before: its entries wait there for a later merge.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-merge", name = "Merge" });
        await using var conn = await api.OpenDatabaseAsync();
        const string MergeSql = "SELECT gin_clean_pending_list('articles_search_idx'::regclass)";
        var single = await _client.PostJsonAsync("/api/articles", new { source = "bulk-merge", text = "A lone zeppelin over the harbour, said the pilot." });
        Assert.Equal(HttpStatusCode.Created, single.StatusCode);
        Assert.True(await conn.ExecuteScalarAsync<long>(MergeSql) > 0, "The single article's entries were not pending.");

        var body = string.Join("\n", Enumerable.Range(1, 450).Select(i => Line(new
        {
            source = "bulk-merge", url = $"https://bulk.example/merge/{i}",
            text = $"Merged article {i}: the quartermaster counted {i} zeppelins over the harbour, the mayor said.",
        })));
        var response = await _client.PostAsync("/api/articles/bulk", Ndjson(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(450, (await response.JsonAsync())["created"]!.GetValue<int>());

        Assert.Equal(0, await conn.ExecuteScalarAsync<long>(MergeSql));
        Assert.Equal(450, await conn.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', 'quartermaster zeppelins')"));
    }

    [Fact]
    public async Task A_large_import_is_streamed_in_batches_without_holding_the_body()
    {
        // 10,000 articles of ~5 KB (50 MB), generated while the request is sent, so the client does not hold it.
        // If the server held the body, its live memory would grow with the body: compare the peak live heap of a
        // 2,000-article import (10 MB) with that of the 10,000-article one (50 MB), in the same process.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-big", name = "Big" });
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-small", name = "Small" });

        var small = await ImportMeasuringPeakAsync("bulk-small", 2_000);
        var big = await ImportMeasuringPeakAsync("bulk-big", 10_000);

        await using var conn = await api.OpenDatabaseAsync();
        Assert.Equal(10_000, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = 'bulk-big'"));
        Assert.Equal(2_000, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = 'bulk-small'"));

        // 40 MB more body (80 MB more as .NET strings) must not show up as live memory. The peaks are read above what
        // was live when each import began: the process holds the other test classes' state too (about 700 MB at the
        // end of a full run, against 55 MB for this class alone), and its drift between the two imports is not the
        // import's. Held, the body would add 80 MB; the bounded caches and the batches in flight add a few.
        var extraMb = (big - small) / 1e6;
        Assert.True(extraMb < 30, $"Peak live heap above the start of the import: {small / 1e6:F0} MB for 10 MB of NDJSON, {big / 1e6:F0} MB for 50 MB.");
    }

    [Fact]
    public async Task A_failed_write_stops_the_import_and_stores_nothing_of_its_batch()
    {
        // A trigger makes the write of line 300's shingles fail: its batch (lines 201–400, one transaction) is then
        // rolled back after its articles, segments and analyses were already copied inside the transaction.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-fail", name = "Fail" });
        await using var conn = await api.OpenDatabaseAsync();
        await conn.ExecuteAsync("""
            CREATE FUNCTION test_fail_shingles() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id AND url = 'https://bulk.example/fail/300') THEN
                RAISE EXCEPTION 'test failure';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_fail_shingles BEFORE INSERT ON article_shingle_sets FOR EACH ROW EXECUTE FUNCTION test_fail_shingles();
            """);
        try
        {
            var body = string.Join("\n", Enumerable.Range(1, 450).Select(i => Line(new
            {
                source = "bulk-fail", url = $"https://bulk.example/fail/{i}",
                text = $"Article {i} of a failing import: the council said the port strike would go on for {i} days.",
            })));
            var response = await _client.PostAsync("/api/articles/bulk", Ndjson(body));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var problem = await response.JsonAsync();
            Assert.Equal("Import stopped", problem["title"]!.GetValue<string>());
            Assert.Contains("lines 201–400", problem["detail"]!.GetValue<string>());
            var results = problem["results"]!.AsArray();
            Assert.Equal(Enumerable.Range(1, 200), results.Select(r => r!["line"]!.GetValue<int>()));
            Assert.All(results, r => Assert.Equal("created", r!["status"]!.GetValue<string>()));

            var stored = await StoredIdsAsync(conn, "bulk-fail");
            Assert.Equal(results.Select(r => r!["id"]!.GetValue<long>()).Order(), stored);
            // Nothing of the failed batch nor of the one after it (the other tables follow articles: foreign keys).
            Assert.Equal(200, stored.Count);
        }
        finally
        {
            await conn.ExecuteAsync("DROP TRIGGER test_fail_shingles ON article_shingle_sets; DROP FUNCTION test_fail_shingles()");
        }
    }

    /// <summary>The ids stored for a source's articles, in id order.</summary>
    static async Task<List<long>> StoredIdsAsync(Npgsql.NpgsqlConnection conn, string slug) => (await conn.QueryAsync<long>(
        "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = @slug ORDER BY a.id", new { slug })).ToList();

    /// <summary>SQL for the number of bulk-import batches whose transactions are open: each holds its turn's advisory
    /// lock (WriteTurn: namespace "WRTB", 0x57525442).</summary>
    const string OpenBatchesSql = "(SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1465013314 AND granted)";

    /// <summary>PL/pgSQL that runs <paramref name="step"/> and waits until <paramref name="condition"/> holds, checking every
    /// 50 ms for at most a minute (bounded, so that a writer that never gets there fails the test instead of hanging it).</summary>
    static string WaitUntilSql(string condition, string step = "") =>
        $"FOR i IN 1..1200 LOOP {step} EXIT WHEN {condition}; PERFORM pg_sleep(0.05); END LOOP;";

    /// <summary>Line i of a test import: its own url, a day out of five, a text that names it.</summary>
    static string PairLine(string source, int i, string? url = null, string? text = null) => Line(new
    {
        source, url = url ?? $"https://bulk.example/{source}/{i}", published_at = $"2023-07-{20 + i % 5}T{i % 24:00}:30:00Z",
        text = text ?? $"Article {i} of {source}: the council said the port strike would go on for {i} days, and the union agreed.",
    });

    [Fact]
    public async Task Batches_written_at_once_store_what_one_writer_stores()
    {
        // Four batches of 200, written two at a time on two connections and committed in line order: ids follow the
        // lines, a line that repeats an earlier batch's article is its duplicate (or a url conflict), and the per-day
        // rollups, which the batches' transactions share, are what is counted from scratch of what was stored.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-pair", name = "Pair" });
        var lines = Enumerable.Range(1, 700).Select(i => i switch
        {
            250 => PairLine("bulk-pair", 10),                                              // batch 2 repeats batch 1
            610 => PairLine("bulk-pair", 390, text: "Line 390's url with another text."),  // batch 4, batch 2's url
            _ => PairLine("bulk-pair", i),
        });
        var response = await _client.PostAsync("/api/articles/bulk", Ndjson(string.Join("\n", lines)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal((698, 1, 1), (result["created"]!.GetValue<int>(), result["duplicates"]!.GetValue<int>(), result["conflicts"]!.GetValue<int>()));
        var byLine = result["results"]!.AsArray().ToDictionary(r => r!["line"]!.GetValue<int>(), r => (Status: r!["status"]!.GetValue<string>(), Id: r["id"]!.GetValue<long>()));
        Assert.Equal(("duplicate", byLine[10].Id), byLine[250]);
        Assert.Equal(("conflict", byLine[390].Id), byLine[610]);
        var created = byLine.Where(r => r.Value.Status == "created").OrderBy(r => r.Key).Select(r => r.Value.Id).ToList();
        Assert.Equal(created.Order(), created);

        await using var conn = await api.OpenDatabaseAsync();
        Assert.Equal(created, await StoredIdsAsync(conn, "bulk-pair"));
        Assert.Equal(698, await conn.ExecuteScalarAsync<long>("""
            SELECT sum(n) FROM article_days d JOIN sources s ON s.id = d.source_id WHERE s.slug = 'bulk-pair'
            """));
        await TimeSeriesRollupTests.AssertRollupsAsBuiltFromScratchAsync(conn);
    }

    [Fact]
    public async Task A_batch_that_fails_beside_the_batch_ahead_stops_the_import_after_that_batch()
    {
        // Line 200's batch (1–200) and the batch behind it (201–400) meet in their shingles' triggers, which wait for each
        // other's steps (sequences: they count across transactions, rolled back or not), not for time: line 200 waits
        // until the batch behind has opened its transaction and notes it; only then does line 300 fail, and line 200
        // waits until that failure has rolled its batch back. So the failure happens beside the open batch ahead however
        // the two connections are scheduled. The batch ahead commits all the same, the failed one stores nothing, and the
        // one after it (401–450), written beside it, is rolled back.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-beside", name = "Beside" });
        await using var conn = await api.OpenDatabaseAsync();
        await conn.ExecuteAsync($$"""
            CREATE TABLE test_beside (open_batches bigint, open_after_failure bigint);
            CREATE SEQUENCE test_beside_seen;
            CREATE SEQUENCE test_beside_failed;
            CREATE FUNCTION test_beside_shingles() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE url text := (SELECT a.url FROM articles a WHERE a.id = NEW.article_id);
            DECLARE open_batches bigint;
            DECLARE open_after_failure bigint;
            BEGIN
              IF url = 'https://bulk.example/bulk-beside/200' THEN
                {{WaitUntilSql("open_batches >= 2", $"open_batches := {OpenBatchesSql};")}}
                PERFORM nextval('test_beside_seen');
                {{WaitUntilSql("(SELECT is_called FROM test_beside_failed)")}}
                {{WaitUntilSql("open_after_failure < 2", $"open_after_failure := {OpenBatchesSql};")}}
                INSERT INTO test_beside VALUES (open_batches, open_after_failure);
              ELSIF url = 'https://bulk.example/bulk-beside/300' THEN
                {{WaitUntilSql("(SELECT is_called FROM test_beside_seen)")}}
                PERFORM nextval('test_beside_failed');
                RAISE EXCEPTION 'test failure';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_beside_shingles BEFORE INSERT ON article_shingle_sets FOR EACH ROW EXECUTE FUNCTION test_beside_shingles();
            """);
        try
        {
            var response = await _client.PostAsync("/api/articles/bulk",
                Ndjson(string.Join("\n", Enumerable.Range(1, 450).Select(i => PairLine("bulk-beside", i)))));

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var problem = await response.JsonAsync();
            Assert.Contains("lines 201–400", problem["detail"]!.GetValue<string>());
            var results = problem["results"]!.AsArray();
            Assert.Equal(Enumerable.Range(1, 200), results.Select(r => r!["line"]!.GetValue<int>()));
            Assert.All(results, r => Assert.Equal("created", r!["status"]!.GetValue<string>()));
            // Line 200 saw both batches open, and the failed one rolled back while its own was still open.
            var (open, openAfterFailure) = await conn.QuerySingleAsync<(long, long)>("SELECT open_batches, open_after_failure FROM test_beside");
            Assert.Equal((2, 1), (open, openAfterFailure));
            Assert.Equal(results.Select(r => r!["id"]!.GetValue<long>()).Order(), await StoredIdsAsync(conn, "bulk-beside"));
            await TimeSeriesRollupTests.AssertRollupsAsBuiltFromScratchAsync(conn);
        }
        finally
        {
            await conn.ExecuteAsync("""
                DROP TRIGGER test_beside_shingles ON article_shingle_sets; DROP FUNCTION test_beside_shingles(); DROP TABLE test_beside;
                DROP SEQUENCE test_beside_seen; DROP SEQUENCE test_beside_failed
                """);
        }
    }

    [Fact]
    public async Task When_the_batch_ahead_loses_a_conflict_the_batch_behind_is_written_again_after_it()
    {
        // Line 100's shingles fail once as a deadlock's victim would, after the batch behind has opened its transaction:
        // the batch ahead is run again, and the batch behind, which must not commit before it, rolls back and is
        // written after it. Nothing is lost or stored twice, and the ids still follow the lines.
        await _client.PostJsonAsync("/api/sources", new { slug = "bulk-again", name = "Again" });
        await using var conn = await api.OpenDatabaseAsync();
        await conn.ExecuteAsync($$"""
            CREATE SEQUENCE test_again_once;
            CREATE FUNCTION test_again_shingles() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF (SELECT a.url FROM articles a WHERE a.id = NEW.article_id) = 'https://bulk.example/bulk-again/100' THEN
                IF nextval('test_again_once') = 1 THEN
                  {{WaitUntilSql($"{OpenBatchesSql} >= 2")}}
                  RAISE EXCEPTION 'test conflict' USING ERRCODE = 'deadlock_detected';
                END IF;
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_again_shingles BEFORE INSERT ON article_shingle_sets FOR EACH ROW EXECUTE FUNCTION test_again_shingles();
            """);
        try
        {
            var response = await _client.PostAsync("/api/articles/bulk",
                Ndjson(string.Join("\n", Enumerable.Range(1, 450).Select(i => PairLine("bulk-again", i)))));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await response.JsonAsync();
            Assert.Equal(450, result["created"]!.GetValue<int>());
            Assert.True(await conn.ExecuteScalarAsync<long>("SELECT last_value FROM test_again_once") >= 2, "Line 100 was not written again.");
            var ids = result["results"]!.AsArray().OrderBy(r => r!["line"]!.GetValue<int>()).Select(r => r!["id"]!.GetValue<long>()).ToList();
            Assert.Equal(ids.Order(), ids);
            Assert.Equal(ids, await StoredIdsAsync(conn, "bulk-again"));
            await TimeSeriesRollupTests.AssertRollupsAsBuiltFromScratchAsync(conn);
        }
        finally
        {
            await conn.ExecuteAsync("""
                DROP TRIGGER test_again_shingles ON article_shingle_sets; DROP FUNCTION test_again_shingles(); DROP SEQUENCE test_again_once
                """);
        }
    }

    async Task<long> ImportMeasuringPeakAsync(string source, int count)
    {
        var content = new StreamContent(new GeneratedNdjson(source, count));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/bulk") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var atStart = GC.GetTotalMemory(forceFullCollection: true);
        long peak = atStart;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            // Live memory only: a full collection before each reading, so garbage awaiting collection does not count.
            // Every 100 ms, or less often when a collection is slow (a loaded machine): at most a fifth of the time in
            // forced collections, which stop the import too (the same process). A server holding the body would hold
            // it for the whole import, so sparser readings still see it.
            while (!sampling.IsCancellationRequested)
            {
                var collecting = System.Diagnostics.Stopwatch.GetTimestamp();
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(100, 4 * System.Diagnostics.Stopwatch.GetElapsedTime(collecting).TotalMilliseconds)));
            }
        });

        using var client = api.Client();
        client.Timeout = TimeSpan.FromMinutes(5);
        var response = await client.SendAsync(request);
        sampling.Cancel();
        await sampler;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(count, result["created"]!.GetValue<int>());
        Assert.Equal(count, result["lines"]!.GetValue<int>());
        return peak - atStart;
    }

    /// <summary>NDJSON lines made on the fly: article i, about 5 KB of text each.</summary>
    sealed class GeneratedNdjson(string source, int count) : Stream
    {
        static readonly string Paragraph =
            "The council met on Tuesday to discuss the harbour plan, officials said, and residents asked about noise, " +
            "traffic and the cost of dredging the channel. ";

        int _next;
        byte[] _current = [];
        int _offset;

        public override int Read(byte[] buffer, int offset, int count1)
        {
            if (_offset == _current.Length)
            {
                if (_next == count) return 0;
                var text = new StringBuilder($"Article {_next} of the generated import. ");
                while (text.Length < 5000) text.Append(Paragraph);
                _current = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { source, text = text.ToString() }) + "\n");
                _offset = 0;
                _next++;
            }
            var n = Math.Min(count1, _current.Length - _offset);
            Array.Copy(_current, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}
