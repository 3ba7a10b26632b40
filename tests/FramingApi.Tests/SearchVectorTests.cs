using System.Text;
using FramingApi.Analysis.Text;
using FramingApi.Articles;
using FramingApi.Tests.Infrastructure;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Tests;

/// <summary>
/// The search vector the API stores (<see cref="SearchVector"/>, made in C#) equals what PostgreSQL's
/// <c>to_tsvector('english', text)</c> makes of the same text — lexemes and positions — on the seed articles, on
/// generated paragraphs full of what a news text holds, and on edge cases; and searches find the same articles.
/// </summary>
public sealed class SearchVectorTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    [Fact]
    public async Task Every_stored_seed_article_has_the_vector_PostgreSQL_makes_of_its_own_text()
    {
        // The own text: headline, lead and body, without the boilerplate and reader comments the seed articles carry
        // (article_own_text, migration 0040, is what the snippets read too).
        await using var conn = await api.OpenDatabaseAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE search IS DISTINCT FROM to_tsvector('english', article_own_text(id))),
                   count(*) FILTER (WHERE search IS DISTINCT FROM to_tsvector('english', text)), min(length(search)) FROM articles
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(5, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.True(reader.GetInt64(2) >= 4, "four seed articles have boilerplate or comments, which the vector leaves out");
        Assert.True(reader.GetInt32(3) > 100, "every seed article has a vector of its words");
    }

    [Fact]
    public async Task The_own_text_is_the_same_in_CSharp_and_in_SQL_and_leaves_out_boilerplate_and_comments()
    {
        await using var conn = await api.OpenDatabaseAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT a.id, a.text, article_own_text(a.id), array_agg(s.kind ORDER BY s.ordinal), array_agg(s.start_offset ORDER BY s.ordinal),
                   array_agg(s.end_offset ORDER BY s.ordinal)
            FROM articles a JOIN segments s ON s.article_id = a.id GROUP BY a.id ORDER BY a.id
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var left = 0;
        while (await reader.ReadAsync())
        {
            var text = reader.GetString(1);
            var kinds = reader.GetFieldValue<string[]>(3);
            var segments = kinds.Select((k, i) => new Segment(SegmentNames.Map.Parse(k), reader.GetFieldValue<int[]>(4)[i], reader.GetFieldValue<int[]>(5)[i])).ToList();
            var own = SearchVector.OwnText(text, segments);
            Assert.Equal(reader.GetString(2), own);
            // What the own text leaves out is at least the boilerplate and comments (a comment may quote the article,
            // so their words can still occur in it).
            var outside = segments.Where(s => s.Kind is SegmentKind.Boilerplate or SegmentKind.Comments).Sum(s => s.Length);
            Assert.True(own.Length <= text.Length - outside + segments.Count, $"article {reader.GetInt64(0)}: {own.Length} characters of {text.Length}");
            left += outside;
        }
        Assert.True(left > 1000, "the seed articles have boilerplate and comments to leave out");
    }

    [Theory]
    [InlineData("plain text", "plain")]
    [InlineData("plain text", "text")]
    [InlineData("😀 after an emoji", "after")]
    [InlineData("a 🇺🇦 flag and 𝐀𝐁 letters", "flag")]
    [InlineData("a 🇺🇦 flag and 𝐀𝐁 letters", "𝐀𝐁 letters")]
    [InlineData("😀😀", "😀😀")]
    [InlineData("😀 end", "end")]
    [InlineData("😀 end", "")]
    public async Task Segments_are_cut_from_the_text_by_UTF16_offsets_in_SQL_too(string text, string part)
    {
        var start = part.Length == 0 ? text.Length : text.IndexOf(part, StringComparison.Ordinal);
        await using var conn = await api.OpenDatabaseAsync();
        await using var cmd = new NpgsqlCommand("SELECT utf16_substr(@t, @s, @e)", conn);
        cmd.Parameters.AddWithValue("t", text);
        cmd.Parameters.AddWithValue("s", start);
        cmd.Parameters.AddWithValue("e", start + part.Length);
        Assert.Equal(part, (string?)await cmd.ExecuteScalarAsync());
    }

    public static TheoryData<string> EdgeCases() =>
    [
        "A well-known, state-of-the-art anti-war e-mail campaign; self-driving cars and co-operation.",
        "F-16s, COVID-19, B-52 bombers, 9-11, x-1-y, up-to-date-ness, one--two, -dash, trailing- word, a - b",
        "Numbers: 3, 42, 1,000 and 1,000,000; 3.14, .5, 0.25, -7, +12, 1e10, 2.5E-3, 1.2.3, 10.0.0.1, 2023-07-26, 5%, $4.99.",
        "Version v2.0.1 shipped; the 1990s and 90s; 4th and 21st; 7pm; 24/7; 3/4 of them; 50-50.",
        "See https://www.example.com/path/to/page?query=1&x=y#frag, http://example.org, www.example.net/a.b and ftp://files.example.com:8080/x.",
        "Write to john.doe@example.com or press-office@un.org (not @handle or user@ or a@b).",
        "Files: /usr/local/bin/run.sh, ~/docs/report.pdf, ./start, ../up, C:\\Windows\\system32, report_final_v2.docx.",
        "Hosts: example.com, sub.example.co.uk, localhost:8080, 127.0.0.1 and U.S. and Ph.D. and e.g. and i.e. and a.m.",
        "Don't, can't, it's, Biden's, the ministers' views, rock'n'roll, O'Brien, O’Brien, ’90s, ‘quoted’ and “double”.",
        "Non-ASCII: café, naïve, Zürich, Ελλάδα, Москва, Київ, 東京, İstanbul, straße, ﬁnance, résumé-style, façade-like.",
        "Combining: cafe\u0301 and e\u0301lan; zero\u200Bwidth; soft\u00ADhyphen; no\u00A0break; thin\u2009space; ZWJ a\u200Db.",
        "Quotes and dashes — em — and – en –, ellipsis… «guillemets» „low“ 'single' \"double\" (parens) [brackets] {braces}.",
        "Markup: <b>bold</b> <a href=\"x\">link</a> <!-- comment --> &amp; &#169; &#x00A9; &nbsp; <script>var x = 1;</script> after <style>p{}</style> end.",
        "Emoji 😀 and 🇺🇦 flags, math 𝐀𝐁 letters, and snake_case, camelCase, SCREAMING_CASE, __dunder__, a_1.",
        "Stop words only: the and of to a in is it that was for on are as with his they I at be this have from or one had by.",
        "Repeated: " + string.Concat(Enumerable.Repeat("war crimes and peace talks. ", 300)),
        "Long: " + new string('x', 999) + " " + new string('y', 1001) + " " + new string('z', 2046) + " " + new string('w', 2047) + " " + new string('v', 3000) + " end",
        "Long hyphenated: " + new string('a', 600) + "-" + new string('b', 600) + " and " + string.Join('-', Enumerable.Repeat("part", 40)),
        "Tabs\tand\nnew\r\nlines\fand\vvertical; under_score; a.b.c; a..b; a/b; a+b; a&b; a~b; a@b.c; a:b; a;b.",
        // The builder's word cache keys a word by its first sixteen characters' low bytes: words of 8, 9, 16 and 17
        // letters, words that share those bytes (ũ is U+0169, its low byte an i; Ł U+0141, an A), twice each.
        "abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq abcdefghijklmnopr interdependencies interdependency "
            + "ai aũ aĩ ai aũ ŁB AB ab ŁB abcdefghijklmnoũ abcdefghijklmnoi abcdefghijklmnoũ abcdefgh abcdefghijklmnopr",
        "Generously, ponies, caresses, cats, agreed, plastered, motoring, happy, sky, news, dying, lying, skis, innings, outing, canning, herring, earring, proceed, exceed, succeed, commune, communism, arsenal, generate, generic, gener, past.",
        "",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public async Task The_vector_equals_to_tsvector_on_edge_cases(string text)
    {
        await using var conn = await api.OpenDatabaseAsync();
        var differences = await DifferencesAsync(conn, [text]);
        Assert.True(differences.Count == 0, string.Join("\n", differences));

        // Its text form (a parameter for SQL, as the layout upgrade sends it) reads back as the same vector.
        await using var cmd = new NpgsqlCommand("SELECT @vector::tsvector = to_tsvector('english', @text)", conn);
        cmd.Parameters.AddWithValue("vector", SearchVector.ToText(SearchVector.Build(text)));
        cmd.Parameters.AddWithValue("text", text);
        Assert.True((bool)(await cmd.ExecuteScalarAsync())!, SearchVector.ToText(SearchVector.Build(text)));
    }

    [Fact]
    public async Task The_vector_equals_to_tsvector_on_six_hundred_generated_paragraphs()
    {
        var texts = GeneratedParagraphs(600, seed: 15);
        await using var conn = await api.OpenDatabaseAsync();
        var differences = await DifferencesAsync(conn, texts);
        Assert.True(differences.Count == 0, $"{differences.Count} of {texts.Count} differ:\n" + string.Join("\n", differences.Take(5)));
    }

    [Fact]
    public async Task Searches_find_the_same_paragraphs_in_both_vectors()
    {
        var texts = GeneratedParagraphs(300, seed: 16);
        string[] queries =
        [
            "war crimes", "\"cluster munitions\"", "ukraine or russia", "evidence -court", "\"the international criminal court\"",
            "alleged or reportedly", "well-known", "e-mail", "COVID-19", "3.14", "example.com", "john.doe@example.com",
            "officials said -anonymous", "\"war crimes\" or \"cluster munitions\" -biden", "café", "Zürich",
        ];
        await using var conn = await api.OpenDatabaseAsync();
        await StoreAsync(conn, texts);
        await using var cmd = new NpgsqlCommand("""
            SELECT q, array_agg(x.i ORDER BY x.i) FILTER (WHERE x.v @@ websearch_to_tsquery('english', q)),
                      array_agg(x.i ORDER BY x.i) FILTER (WHERE to_tsvector('english', x.t) @@ websearch_to_tsquery('english', q))
            FROM unnest(@queries) AS q, vectors x
            GROUP BY q
            """, conn);
        cmd.Parameters.AddWithValue("queries", queries);
        await using var reader = await cmd.ExecuteReaderAsync();
        var found = 0;
        while (await reader.ReadAsync())
        {
            var ours = reader.IsDBNull(1) ? [] : reader.GetFieldValue<long[]>(1);
            var theirs = reader.IsDBNull(2) ? [] : reader.GetFieldValue<long[]>(2);
            Assert.True(ours.SequenceEqual(theirs), $"'{reader.GetString(0)}': {ours.Length} hits here, {theirs.Length} by to_tsvector");
            found += ours.Length;
        }
        Assert.True(found > 100, "the queries find paragraphs");
    }

    /// <summary>
    /// The texts with their C# vectors in a temporary table <c>vectors (i, t, v)</c>, written as the API writes them
    /// (binary COPY of <see cref="SearchVector.Build(string)"/>'s bytes, which PostgreSQL reads as a tsvector).
    /// </summary>
    static async Task StoreAsync(NpgsqlConnection conn, IReadOnlyList<string> texts)
    {
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS vectors (i bigint, t text, v tsvector); TRUNCATE vectors", conn))
            await create.ExecuteNonQueryAsync();
        await using var copy = await conn.BeginBinaryImportAsync("COPY vectors (i, t, v) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < texts.Count; i++)
            await copy.WriteRowAsync(default, (long)i + 1, texts[i], SearchVector.Build(texts[i]));
        await copy.CompleteAsync();
    }

    /// <summary>The texts whose C# vector is not to_tsvector's, each with the lexemes that differ.</summary>
    static async Task<List<string>> DifferencesAsync(NpgsqlConnection conn, IReadOnlyList<string> texts)
    {
        await StoreAsync(conn, texts);
        await using var cmd = new NpgsqlCommand("""
            SELECT x.i, x.t,
                   (SELECT string_agg(m::text, ' ') FROM (SELECT unnest(x.v) EXCEPT SELECT unnest(to_tsvector('english', x.t))) m),
                   (SELECT string_agg(p::text, ' ') FROM (SELECT unnest(to_tsvector('english', x.t)) EXCEPT SELECT unnest(x.v)) p)
            FROM vectors x
            WHERE x.v IS DISTINCT FROM to_tsvector('english', x.t)
            ORDER BY x.i
            """, conn);
        var differences = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var text = reader.GetString(1);
            differences.Add($"#{reader.GetInt64(0)} \"{(text.Length > 120 ? text[..120] + "…" : text)}\": only here {(reader.IsDBNull(2) ? "-" : reader.GetString(2))}; only in to_tsvector {(reader.IsDBNull(3) ? "-" : reader.GetString(3))}");
        }
        return differences;
    }

    /// <summary>
    /// Paragraphs of news-like text: sentences of the seed articles cut and recombined, with numbers, hyphenated and
    /// possessive words, names with accents, URLs, addresses and punctuation inserted between their words.
    /// </summary>
    static List<string> GeneratedParagraphs(int count, int seed)
    {
        var words = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds", "articles"), "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        string[] inserts =
        [
            "well-known", "so-called", "pro-Russian", "F-16", "COVID-19", "1,200", "3.5", "-4", "+10", "2.1.0", "1e6", "U.S.", "Ph.D.",
            "e.g.", "www.un.org", "https://news.example.com/world/2023/07/26/story.html", "press@icc-cpi.int", "/api/articles",
            "O'Neill", "Kyiv's", "they're", "café", "Zürich", "Москва", "Ελλάδα", "—", "–", "…", "“", "”", "‘", "’", "(", ")", "&", "%",
            "#1", "@icc", "$1bn", "£20", "€5", "24/7", "7:30", "x86_64", "self-defence", "anti-tank", "T-72s", "3-2", "ex-minister",
            "re-election", "mid-2023", "1990s", "2023-07-26", "10:00:00", "example.org", "a.b", "<i>", "</i>", "&amp;", "ﬁeld",
        ];
        var random = new Random(seed);
        var texts = new List<string>(count);
        for (var t = 0; t < count; t++)
        {
            var text = new StringBuilder();
            var start = random.Next(words.Length);
            var length = random.Next(20, 220);
            for (var w = 0; w < length; w++)
            {
                if (w > 0) text.Append(random.Next(12) == 0 ? "\n" : " ");
                text.Append(random.Next(6) == 0 ? inserts[random.Next(inserts.Length)] : words[(start + w) % words.Length]);
            }
            texts.Add(text.ToString());
        }
        return texts;
    }

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("The repository's seeds folder was not found above the test binaries.");
    }
}
