using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;
using FramingApi.Comparisons;
using FramingApi.Tests.Infrastructure;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// The shared-text measure of the comparisons, computed in SQL over every stored article's shingles, against a
/// reference computed here from the same fingerprints with sets: an article's share is the part of its distinct
/// own-voice shingles (the stored 1-in-8 sample) that occur in any other stored article.
/// </summary>
public sealed class SharedTextTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    // Deterministic pseudo-random prose from a small vocabulary (repeats included, as in real text).
    static string Words(int seed, int count)
    {
        var random = new Random(seed);
        string[] vocabulary = ["war", "crimes", "the", "of", "said", "officials", "court", "evidence", "russian",
            "american", "forces", "investigation", "a", "to", "in", "pentagon", "icc", "munitions", "cluster", "report",
            "ukraine", "government", "and", "was", "has", "prosecutor", "hague", "children", "strikes", "city"];
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    static Dictionary<long, bool> Fingerprint(string text)
    {
        using var analysed = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(text, null, null, null)));
        return ArticleFingerprint.Shingles(analysed);
    }

    /// <summary>The reference: (own, shared) of an article against the other articles' shingles.</summary>
    static (int Own, int Shared) Reference(string article, params string[] others)
    {
        var own = Fingerprint(article).Where(s => s.Value).Select(s => s.Key).ToHashSet();
        var elsewhere = others.SelectMany(o => Fingerprint(o).Keys).ToHashSet();
        return (own.Count, own.Count(elsewhere.Contains));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{0}")]
    [InlineData("{1,-2,9223372036854775807,-9223372036854775808,4611686018427387904}")]
    public async Task Shingle_sets_are_packed_as_PostgreSQL_sends_each_bigint(string array)
    {
        // article_shingle_sets.own and .quoted hold each hash as int8send writes it (8 bytes, big-endian), in order.
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(string_agg(int8send(u.h), ''::bytea ORDER BY u.n), ''::bytea), @a::bigint[]
            FROM unnest(@a::bigint[]) WITH ORDINALITY AS u(h, n)
            """, conn);
        command.Parameters.AddWithValue("a", array);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var (sent, hashes) = (reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<long[]>(1));
        Assert.Equal(sent, PackedShingles.Pack(hashes));
        Assert.Equal(hashes, PackedShingles.Unpack(sent));
    }

    [Fact]
    public void A_packed_shingle_set_that_is_not_whole_hashes_is_refused() =>
        Assert.Throws<InvalidDataException>(() => PackedShingles.Unpack(new byte[12]));

    [Theory]
    [InlineData("{}")]
    [InlineData("{0}")]
    [InlineData("{1,-2,2147483647,-2147483648,65536}")]
    public async Task Segment_offsets_sent_in_binary_form_decode_to_the_stored_values(string array)
    {
        // The comparisons read each article's segment offsets (article_segments.starts, ends) as array_send(...).
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT array_send(@a::integer[]), @a::integer[]", conn);
        command.Parameters.AddWithValue("a", array);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(reader.GetFieldValue<int[]>(1), ComparisonsStore.Int32Array(reader.GetFieldValue<byte[]>(0)));
    }

    [Fact]
    public async Task Copied_half_copied_and_unrelated_articles_share_what_the_reference_says()
    {
        var wire = Words(1, 600);
        var copy = wire;
        var half = string.Join(' ', wire.Split(' ')[..300]) + " " + Words(2, 300);
        var unrelated = Words(3, 600);
        string[] texts = [wire, copy, half, unrelated];
        string[] slugs = ["shared-wire", "shared-copy", "shared-half", "shared-other"];

        await _client.PostJsonAsync("/api/stories", new { slug = "shared-story", title = "Shared text" });
        var ids = new long[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            await _client.PostJsonAsync("/api/sources", new { slug = slugs[i], name = slugs[i] });
            var created = await _client.PostJsonAsync("/api/articles", new { source = slugs[i], story = "shared-story", text = texts[i] });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids[i] = (await created.JsonAsync())["id"]!.GetValue<long>();
        }

        var comparison = await (await _client.GetAsync("/api/stories/shared-story/comparison")).JsonAsync();
        JsonNode Row(string slug) => comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == slug)!["shared_text"]!.AsArray().Single()!;

        for (var i = 0; i < texts.Length; i++)
        {
            var row = Row(slugs[i]);
            var (own, shared) = Reference(texts[i], texts.Where((_, j) => j != i).ToArray());
            Assert.Equal(own, row["own_shingles"]!.GetValue<int>());
            Assert.Equal(shared, row["shared_shingles"]!.GetValue<int>());
        }

        Assert.Equal(1.0, Row("shared-copy")["share"]!.GetValue<double>());
        Assert.Equal(0.0, Row("shared-other")["share"]!.GetValue<double>());
        Assert.Null(Row("shared-other")["shares_most_with_article"]?.GetValue<long>());
        Assert.InRange(Row("shared-half")["share"]!.GetValue<double>(), 0.35, 0.65);
        // All of the copy's text is in the wire; the half copy holds only half of it.
        Assert.Equal(ids[0], Row("shared-copy")["shares_most_with_article"]!.GetValue<long>());
        Assert.Equal(1.0, Row("shared-copy")["shares_most_share"]!.GetValue<double>());
        // The source of the article it shares most with is read after the match (only for the best matches).
        Assert.Equal("shared-wire", Row("shared-copy")["shares_most_with_source"]!.GetValue<string>());
        Assert.Null(Row("shared-other")["shares_most_with_source"]?.GetValue<string>());
    }
}
