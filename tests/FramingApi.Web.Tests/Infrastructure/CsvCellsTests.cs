using System.Text;
using FramingApi.Infrastructure;
using FramingApi.Validation;

namespace FramingApi.Web.Tests.Infrastructure;

/// <summary>Formula escaping (OWASP, CSV injection): only text that a spreadsheet would run, only on request.</summary>
public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-Russia denied it", "'-Russia denied it")]
    [InlineData("@everyone", "'@everyone")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\rcarriage", "'\rcarriage")]
    [InlineData("Russia denied it", "Russia denied it")]
    [InlineData(" =not first", " =not first")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_that_looks_like_a_formula_gets_a_leading_quote(string text, string escaped)
    {
        Assert.Equal(escaped, CsvCells.Text(text, escape: true));
        Assert.Equal(text, CsvCells.Text(text, escape: false));
    }

    /// <summary>One rule for every CSV (user20): a cell that is a plain number is data — a spreadsheet reads it as that
    /// number — and is never escaped, whichever column it is in (a category a dictionary named "-1" too); anything more
    /// than sign, digits, point and exponent is escaped.</summary>
    [Theory]
    [InlineData("-1", false)]
    [InlineData("+5", false)]
    [InlineData("-0.25", false)]
    [InlineData("-.5", false)]
    [InlineData("-1.", false)]
    [InlineData("-1E-05", false)]
    [InlineData("+2e+10", false)]
    [InlineData("-1+1", true)]
    [InlineData("-1 ", true)]
    [InlineData("- 1", true)]
    [InlineData("-1,000", true)]
    [InlineData("-Infinity", true)]
    [InlineData("-NaN", true)]
    [InlineData("-", true)]
    [InlineData("+.", true)]
    [InlineData("-1e", true)]
    [InlineData("-0x10", true)]
    [InlineData("\t1", true)]
    [InlineData("\r-1", true)]
    [InlineData("-١", true)] // an Arabic-Indic digit: not a number a spreadsheet reads as such
    public void A_plain_number_is_data_and_is_never_escaped(string cell, bool escaped)
    {
        Assert.Equal(escaped, CsvCells.NeedsEscape(cell));
        Assert.Equal(escaped ? "'" + cell : cell, CsvCells.Text(cell, escape: true));
        var file = "key,value\n" + (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell}\"" : cell) + ",1\n";
        var expected = "key,value\n" + (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{(escaped ? "'" : "")}{cell}\"" : (escaped ? "'" : "") + cell) + ",1\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(CsvCells.EscapeFile(Encoding.UTF8.GetBytes(file))));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(CsvCells.Text(null, escape: true));

    [Fact]
    public void The_parameter_is_a_400_without_csv()
    {
        var errors = new FieldErrors();
        CsvCells.Check(true, csv: false, errors);
        CsvCells.Check(false, csv: false, errors);
        Assert.Equal(2, errors.ToDictionary()[CsvCells.Parameter].Length);
        var fine = new FieldErrors();
        CsvCells.Check(true, csv: true, fine);
        CsvCells.Check(null, csv: false, fine);
        Assert.False(fine.Any);
    }

    [Fact]
    public void A_sample_escapes_its_text_cells_and_never_its_numbers()
    {
        var unit = new SampleUnit("sentence:7:0-20", 7, "wire", null, "=1+1", null, 0, 20, "-5 people were killed", 0, 40, "@wire -5 people were killed.", null);
        var sample = new SampleResponse("sentence", 1, 1, 1, 1, 1, null, null, [], "", "claims", [], [unit]);
        var exact = Encoding.UTF8.GetString(ValidationCsv.Sample(sample));
        var escaped = Encoding.UTF8.GetString(ValidationCsv.Sample(sample, escape: true));
        Assert.Contains("sentence:7:0-20,7,wire,,=1+1,,0,20,-5 people were killed,0,40,@wire -5 people were killed.", exact);
        Assert.Contains("sentence:7:0-20,7,wire,,'=1+1,,0,20,'-5 people were killed,0,40,'@wire -5 people were killed.", escaped);
    }

    [Fact]
    public void A_whole_file_is_escaped_cell_by_cell_numbers_and_quoting_kept()
    {
        const string file = "story,key,value,detail\n"
            + "s,=harm,-0.5,\"-a, quoted\"\"cell\"\n"
            + "s,@x,-1E-05,\"line\nbreak\"\n"
            + "s,plain,3,\n"
            + ",-inf-ish,+2,\"=,\"\n";
        const string expected = "story,key,value,detail\n"
            + "s,'=harm,-0.5,\"'-a, quoted\"\"cell\"\n"
            + "s,'@x,-1E-05,\"line\nbreak\"\n"
            + "s,plain,3,\n"
            + ",'-inf-ish,+2,\"'=,\"\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(CsvCells.EscapeFile(Encoding.UTF8.GetBytes(file))));
    }

    /// <summary>
    /// EscapeFile reads and writes with CsvHelper: a file as the API's writer makes it (the same options, every field
    /// written as text) comes back byte for byte, but for the escaped cells — quoting, empty fields, line breaks,
    /// quotes, non-ASCII text and numbers included.
    /// </summary>
    [Fact]
    public void A_file_as_the_api_writes_it_comes_back_byte_for_byte_but_for_its_escaped_cells()
    {
        string[] cells = ["", "plain", "-1", "=cmd", "@x", "+5", "-0.5", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "=a,\"b\"",
            "\t=tab", " lead", "trail ", "ünïcødé “quotes” — dash", "-1E-05", "true", "2023-07-26T00:00:00Z", "-\n", "'=already"];
        var random = new Random(20);
        var rows = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 5).Select(_ => cells[random.Next(cells.Length)]).ToArray()).ToList();
        static byte[] Write(IEnumerable<string[]> rows)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            using (var csv = CsvHelper.CsvWriter.Create(text, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, true))
            {
                foreach (var row in rows)
                {
                    foreach (var cell in row) csv.WriteField(cell);
                    csv.EndRecord();
                }
                csv.Flush();
            }
            return Encoding.UTF8.GetBytes(text.ToString());
        }
        string[] header = ["a", "b", "c", "d", "e"];
        var file = Write([header, .. rows]);
        var expected = Write([header, .. rows.Select(r => r.Select(c => CsvCells.Text(c, escape: true)!).ToArray())]);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(CsvCells.EscapeFile(file)));
        Assert.NotEqual(file, expected);
        // Nothing to escape: the very bytes.
        var clean = Write([header, .. rows.Select(r => r.Where(c => !CsvCells.NeedsEscape(c)).Concat(Enumerable.Repeat("x", 5)).Take(5).ToArray())]);
        Assert.Equal(clean, CsvCells.EscapeFile(clean));
    }

    [Fact]
    public void A_file_without_formulas_is_unchanged()
    {
        const string file = "a,b\n1,-2\n\"x,y\",\"say \"\"hi\"\"\"\n,\n";
        Assert.Equal(file, Encoding.UTF8.GetString(CsvCells.EscapeFile(Encoding.UTF8.GetBytes(file))));
    }
}
