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
            + ",-inf-ish,+2,\"=\"\n";
        const string expected = "story,key,value,detail\n"
            + "s,'=harm,-0.5,\"'-a, quoted\"\"cell\"\n"
            + "s,'@x,-1E-05,\"line\nbreak\"\n"
            + "s,plain,3,\n"
            + ",'-inf-ish,+2,\"'=\"\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(CsvCells.EscapeFile(Encoding.UTF8.GetBytes(file))));
    }

    [Fact]
    public void A_file_without_formulas_is_unchanged()
    {
        const string file = "a,b\n1,-2\n\"x,y\",\"say \"\"hi\"\"\"\n,\n";
        Assert.Equal(file, Encoding.UTF8.GetString(CsvCells.EscapeFile(Encoding.UTF8.GetBytes(file))));
    }
}
