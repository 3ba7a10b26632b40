using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Text;
using FramingApi.Comparisons;
using FramingApi.Tests.Infrastructure;
using Npgsql;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Tests;

/// <summary>
/// The term counts stored at ingestion (<c>article_stats.terms</c>, <see cref="PackedTerms"/>) are what a comparison
/// used to count again from each article's stored text and segments: the same terms with the same counts, so that
/// the distinctive terms served are unchanged (they are sums over articles, whatever the terms' order).
/// </summary>
public sealed class PackedTermsTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    [Fact]
    public async Task Every_seed_article_stores_the_term_counts_its_text_gives()
    {
        await using var conn = await api.OpenDatabaseAsync();
        // The text and segments as the comparison's fallback reads them (quotation segments are found again).
        await using var cmd = new NpgsqlCommand($"""
            SELECT a.id, a.text, st.terms,
                   array_agg(s.kind ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{SegmentNames.Quotation}'),
                   array_agg(s.start_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{SegmentNames.Quotation}'),
                   array_agg(s.end_offset ORDER BY s.ordinal) FILTER (WHERE s.kind <> '{SegmentNames.Quotation}')
            FROM articles a JOIN article_stats st ON st.article_id = a.id JOIN segments s ON s.article_id = a.id
            GROUP BY a.id, a.text, st.terms ORDER BY a.id
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var articles = 0;
        while (await reader.ReadAsync())
        {
            Assert.False(reader.IsDBNull(2), $"article {reader.GetInt64(0)} has its term counts stored");
            var text = reader.GetString(1);
            var kinds = reader.GetFieldValue<string[]>(3);
            var starts = reader.GetFieldValue<int[]>(4);
            var ends = reader.GetFieldValue<int[]>(5);
            var segments = kinds.Select((k, i) => new Segment(SegmentNames.Map.Parse(k), starts[i], ends[i])).ToArray();
            using var analysed = AnalyzedText.Analyze(new SegmentedText(text, segments));
            var counted = ArticleFingerprint.TermCounts(analysed);
            var stored = PackedTerms.Unpack(reader.GetFieldValue<byte[]>(2));
            Assert.True(counted.Count > 100, "a seed article has more than 100 distinct terms");
            Assert.Equal(counted.OrderBy(c => c.Key, StringComparer.Ordinal), stored.OrderBy(c => c.Key, StringComparer.Ordinal));
            articles++;
        }
        Assert.Equal(5, articles);
    }

    [Fact]
    public void Counts_round_trip_with_shared_beginnings_long_words_large_counts_and_any_script()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["the"] = 1_000_000, ["then"] = 2, ["there"] = 5, ["zürich"] = 3, ["zürichs"] = 4, ["київ"] = 128, ["києві"] = 9, ["a"] = 1,
            ["😀word"] = 127, ["😀"] = 6, [new string('x', 300)] = 16_384, [new string('x', 301)] = 1, ["b"] = int.MaxValue,
        };
        var packed = PackedTerms.Pack(counts);
        var unpacked = PackedTerms.Unpack(packed);
        Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal), unpacked.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.True(packed.Length < counts.Keys.Sum(k => k.Length), "the front-coded, deflated value is smaller than its terms");
        Assert.Empty(PackedTerms.Unpack(PackedTerms.Pack([])));
        Assert.Throws<InvalidDataException>(() => PackedTerms.Unpack([2, 0]));
        Assert.ThrowsAny<Exception>(() => PackedTerms.Unpack(packed[..^4]));
    }
}
