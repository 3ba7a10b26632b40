using System.Globalization;
using System.Text;
using CsvHelper;
using FramingApi.Infrastructure;

namespace FramingApi.Validation;

/// <summary>
/// The validation workflow's CSV files (docs/VALIDITY.md): a sample (one row per unit), a report's figures (tidy:
/// one row per field × measure) and its disagreements (one row per unit). Numbers are written in the shortest form
/// that reads back to the JSON's value; text is written as it is (offsets point into it), unless the client asks for
/// spreadsheet formulas to be escaped (<see cref="Infrastructure.CsvCells"/>).
/// </summary>
public static class ValidationCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] SampleColumns =
        ["unit", "article_id", "source", "story", "title", "published_at", "start", "end", "text", "context_start", "context_end", "context"];

    public static readonly string[] ReportColumns =
        ["field", "measure", "coder", "other_coder", "class", "tool_class", "value", "lower", "upper", "n"];

    public static readonly string[] DisagreementColumns =
        ["field", "unit", "article_id", "source", "start", "end", "tool", "majority", "codes", "text", "analysis"];

    static byte[] Write(Action<CsvWriter> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, CsvCells.WriterOptions, true))
        {
            rows(csv);
            csv.Flush();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    static void Record(CsvWriter csv, params string?[] fields)
    {
        foreach (var field in fields) csv.WriteField(field ?? "");
        csv.EndRecord();
    }

    static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A time as the JSON answers write it (2024-03-01T00:00:00Z; a fraction of a second only when there is
    /// one), so the CSV and the JSON of one sample agree, not the round-trip format's seven zero digits.</summary>
    static string CsvTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>A sample, one row per unit; with tool labels, one <c>tool:&lt;field&gt;</c> column per field.</summary>
    public static byte[] Sample(SampleResponse sample, bool escape = false)
    {
        string? T(string? value) => Infrastructure.CsvCells.Text(value, escape);
        var labelled = sample.Units.FirstOrDefault(u => u.ToolLabels is not null)?.ToolLabels!.Keys.ToList() ?? [];
        return Write(csv =>
        {
            Record(csv, [.. SampleColumns, .. labelled.Select(f => "tool:" + f)]);
            foreach (var u in sample.Units)
                Record(csv,
                [
                    u.Unit, Number(u.ArticleId), T(u.Source), T(u.Story), T(u.Title), u.PublishedAt is { } published ? CsvTime(published) : null,
                    Number(u.Start), Number(u.End), T(u.Text), u.ContextStart is { } cs ? Number(cs) : null, u.ContextEnd is { } ce ? Number(ce) : null,
                    T(u.Context), .. labelled.Select(f => T(u.ToolLabels?.GetValueOrDefault(f))),
                ]);
        });
    }

    /// <summary>A report's figures: one row per field and measure (per coder, pair, class or cell where it applies).</summary>
    public static byte[] Report(ValidationReport report, bool escape = false) => Write(csv =>
    {
        string? T(string? value) => Infrastructure.CsvCells.Text(value, escape);
        Record(csv, ReportColumns);
        foreach (var f in report.Fields)
        {
            void Row(string measure, double? value, string? coder = null, string? other = null, string? @class = null, string? toolClass = null,
                Estimate? interval = null, int? n = null) =>
                Record(csv, f.Field, measure, T(coder), T(other), T(@class), T(toolClass), Number(value), Number(interval?.Lower), Number(interval?.Upper),
                    n is { } count ? Number(count) : null);
            void Estimated(string measure, Estimate e, string? coder = null, int? n = null) => Row(measure, e.Value, coder, interval: e, n: n);

            Row("units_coded", f.UnitsCoded);
            Row("units_with_tool_value", f.UnitsWithToolValue);
            Row("units_with_majority", f.UnitsWithMajority);
            Estimated("alpha_humans", f.AlphaHumans);
            Estimated("alpha_with_tool", f.AlphaWithTool);
            foreach (var c in f.Coders) Row("coder_agreement", c.Agreement, c.Coder, n: c.Pairs);
            foreach (var p in f.CoderPairs)
            {
                Row("pair_agreement", p.Agreement, p.Coder, p.OtherCoder, n: p.Units);
                Row("pair_kappa", p.Kappa, p.Coder, p.OtherCoder, n: p.Units);
            }
            foreach (var t in f.ToolVsCoders)
            {
                Estimated("tool_agreement", t.Agreement, t.Coder, t.Units);
                Estimated("tool_kappa", t.Kappa, t.Coder, t.Units);
            }
            var m = f.ToolVsMajority;
            Estimated("majority_accuracy", m.Accuracy, n: m.Units);
            Estimated("majority_kappa", m.Kappa, n: m.Units);
            Row("majority_macro_f1", m.MacroF1, n: m.Units);
            foreach (var c in m.PerClass)
            {
                Row("support", c.Majority, @class: c.Class);
                Row("precision", c.Precision, @class: c.Class, n: c.Tool);
                Row("recall", c.Recall, @class: c.Class, n: c.Majority);
                Row("f1", c.F1, @class: c.Class);
            }
            for (var i = 0; i < f.Classes.Count; i++)
                for (var j = 0; j < f.Classes.Count; j++)
                    Row("confusion", m.Confusion[i][j], @class: f.Classes[i], toolClass: f.Classes[j]);
        }
    });

    /// <summary>A report's disagreements: one row per unit and field; codes as coder=value pairs separated by '; '.</summary>
    public static byte[] Disagreements(ValidationReport report, bool escape = false) => Write(csv =>
    {
        string? T(string? value) => Infrastructure.CsvCells.Text(value, escape);
        Record(csv, DisagreementColumns);
        foreach (var f in report.Fields)
            foreach (var d in f.Disagreements)
                Record(csv, f.Field, d.Unit, Number(d.ArticleId), T(d.Source), Number(d.Start), Number(d.End), T(d.Tool), T(d.Majority),
                    T(string.Join("; ", d.Codes.Select(c => $"{c.Key}={c.Value}"))), T(d.Text), d.Analysis);
    });
}
