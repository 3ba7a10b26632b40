using System.Globalization;
using CsvHelper;
using FramingApi.Comparisons;

namespace FramingApi.Web.Tests.Comparisons;

public sealed class ComparisonCsvTests
{
    static readonly double Awkward = 0.1 + 0.2; // 0.30000000000000004: needs every digit to round-trip

    static ComparisonResponse Comparison() => new("s", new ComparisonScope("story", null, null, null, null), [], ["war"], 2,
    [
        new SourceComparison("a", "A", 2, new WordTotals(100, 20, 0),
            [new TopicEmphasis("war", 3, Awkward, 0.25, null, true, 1, "/e", 0.5, 0.09, 0.91, 0.1, 0.4, null, null, 2, true)],
            ["aid"],
            [new ClaimFramingRow("war_crimes", "russia", "outlet", 2, 1, 0, 0, 1, 0.5, 0, 0, 0.5, "/e",
                0.2, 0.8, 0, 0.6, 0, 0.6, 0.2, 0.8, 2, 2, true)],
            new SourcingSummary(1, 1, 0, 0.5, 1, 2, 0, [new TermCount("said, \"reportedly\"", 2)], "/e", 0.1, 0.9, 1, 2, true),
            [new LoadedLanguageRow("pejorative", 1, 10, "/e", 0.25, 55.7, 2, 1, true)],
            [new DistinctiveTermRow("bombs", 4, 1, 1.5, 2.5)],
            [new SharedTextRow(7, "T", 10, 5, 0.5, 8, "b", 0.4)],
            ["aid"],
            [new CategoryRateRow("care-harm", "harm", "article", 3, 120, 25, 5.2, 73.1, 2, 3, true, "/e")]),
    ]);

    /// <summary>The header, then every row, as read back by a CSV reader.</summary>
    static List<string[]> Read(byte[] bytes)
    {
        using var csv = CsvReader.FromText(System.Text.Encoding.UTF8.GetString(bytes), null);
        var headers = csv.Headers.ToArray();
        var rows = new List<string[]> { headers };
        while (csv.Read()) rows.Add(headers.Select(h => csv.GetString(h)).ToArray());
        return rows;
    }

    [Fact]
    public void The_header_is_the_documented_columns_and_every_row_has_them_all()
    {
        var rows = Read(ComparisonCsv.Write(Comparison()));

        Assert.Equal(["story", "source", "article_count", "group", "key", "actor", "voice", "framing", "measure", "value", "detail",
            "ci_low", "ci_high", "n_articles", "n_mentions", "low_n"], rows[0]);
        Assert.All(rows, r => Assert.Equal(ComparisonCsv.Columns.Length, r.Length));
        Assert.All(rows.Skip(1), r => Assert.Equal(("s", "a", "2"), (r[0], r[1], r[2])));
    }

    [Fact]
    public void Numbers_parse_back_to_the_same_doubles_and_null_is_empty()
    {
        var rows = Read(ComparisonCsv.Write(Comparison()));
        string Value(string group, string measure) => rows.Single(r => r[3] == group && r[8] == measure)[9];

        Assert.Equal(Awkward, double.Parse(Value("topic", "sentence_share"), CultureInfo.InvariantCulture));
        Assert.Equal("", Value("topic", "first_mention"));
        Assert.Equal("1", Value("topic", "covered"));
        Assert.Equal("1", rows.Single(r => r[3] == "omission")[9]);
    }

    [Fact]
    public void Shares_and_rates_carry_their_interval_and_support_and_counts_leave_them_empty()
    {
        var rows = Read(ComparisonCsv.Write(Comparison()));
        string[] Measure(string group, string measure, string framing = "") => rows.Single(r => r[3] == group && r[8] == measure && r[7] == framing);

        Assert.Equal(["0.2", "0.8", "2", "2", "true"], Measure("claim", "share", "hedged")[11..]);
        Assert.Equal(["", "", "", "", ""], Measure("claim", "count", "hedged")[11..]);
        Assert.Equal(["0.09", "0.91", "2", "", "true"], Measure("topic", "coverage")[11..]);
        Assert.Equal(["", "", "2", "", "true"], Measure("topic", "sentence_share")[11..]); // no interval: empty, support kept
        Assert.Equal(["0.1", "0.9", "1", "2", "true"], Measure("sourcing", "anonymous_share")[11..]);
        Assert.Equal(["0.25", "55.7", "2", "1", "true"], Measure("loaded_language", "per_1000_words")[11..]);
        var category = Measure("lexicon_category", "per_1000_words");
        Assert.Equal(("harm", "article", "25", "care-harm"), (category[4], category[6], category[9], category[10]));
        Assert.Equal(["5.2", "73.1", "2", "3", "true"], category[11..]);
    }

    [Fact]
    public void Differences_have_a_row_per_source_and_per_pair()
    {
        var differences = new DifferencesResponse("s", new ComparisonScope("story", null, null, null, null),
            new MetricAsked("hedged_share", "war_crimes", null, "outlet", null, null, null), [], 3,
            [new SourceFigureRow("a", "A", 2, 1, 0.5, 1, 1, 4, true, 1, 1, 2, "/e"), new SourceFigureRow("b", "B", 1, null, null, null, 0, null, true, null, null, null, "/e")],
            [new SourcePairRow("a", "b", null, null, null, null, null, false, 0)]);

        var rows = Read(ComparisonCsv.WriteDifferences(differences));

        Assert.Equal(ComparisonCsv.DifferencesColumns, rows[0]);
        Assert.Equal(["s", "hedged_share", "war_crimes", "", "outlet", "", "", "", "source", "a", "", "1", "0.5", "1", "1", "4", "true", "1", "1", "2", "", "", ""], rows[1]);
        Assert.Equal("", rows[2][11]); // b has no figure
        Assert.Equal(("pair", "a", "b", "false"), (rows[3][8], rows[3][9], rows[3][10], rows[3][22]));
    }

    [Fact]
    public void Claims_get_one_row_per_framing_and_measure()
    {
        var claims = Read(ComparisonCsv.Write(Comparison())).Where(r => r[3] == "claim").ToList();

        Assert.Equal(9, claims.Count); // total, then count and share of each of the four framings
        Assert.Equal("0.5", claims.Single(r => r[7] == "hedged" && r[8] == "share")[9]);
        Assert.All(claims, r => Assert.Equal(("war_crimes", "russia", "outlet"), (r[4], r[5], r[6])));
    }

    [Fact]
    public void A_term_with_a_comma_and_quotes_is_quoted_and_read_back_whole()
    {
        var verb = Read(ComparisonCsv.Write(Comparison())).Single(r => r[3] == "reporting_verb");
        Assert.Equal("said, \"reportedly\"", verb[4]);
    }

    [Fact]
    public void Shared_text_names_the_article_and_the_source_it_shares_most_with()
    {
        var rows = Read(ComparisonCsv.Write(Comparison())).Where(r => r[3] == "shared_text").ToList();

        Assert.All(rows, r => Assert.Equal("7", r[4]));
        var most = rows.Single(r => r[8] == "shares_most_with_article");
        Assert.Equal(("8", "b"), (most[9], most[10]));
    }
}
