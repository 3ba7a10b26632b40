using System.Globalization;
using System.Text;

namespace FramingApi.Infrastructure;

/// <summary>
/// Spreadsheet formulas in exported text (CSV injection, OWASP). A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is read as a formula by Excel and LibreOffice, and an article's sentence, a
/// reader comment or a title can start so — text nobody using the tool wrote. Escaping it (a leading <c>'</c>, as
/// OWASP advises) alters the data, though: a span's text would no longer be <c>text.slice(start, end)</c>, and R and
/// pandas, which the CSVs are written for, would read the quote as part of the value. So the CSVs that carry text
/// from articles (evidence, validation samples and reports) keep it exact by default and escape it on request
/// (<c>escape_formulas=true</c>), for a file that is to be opened in a spreadsheet. Numbers are never escaped (a
/// negative number is a number, not a formula). The other CSVs (comparisons, differences, time series, attention)
/// carry no article text, but a user's dictionary can name a category "=…": they take the parameter too, and their
/// cached files are escaped as they are answered (<see cref="EscapeFile"/>), under an ETag of their own.
/// </summary>
public static class CsvCells
{
    public const string Parameter = "escape_formulas";

    public const string Description = """
        CSV only: true prefixes with ' every text cell that starts with =, +, -, @, a tab or a carriage return, so that
        a spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV injection); numbers
        are left alone. Default false: the text exactly as stored, as scripts need it (docs/COMPARISON.md "In a
        spreadsheet").
        """;

    /// <summary>Whether a spreadsheet would take the text for a formula.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text of a cell: as it is, or, when escaping and it looks like a formula, after a <c>'</c>.</summary>
    public static string? Text(string? text, bool escape) => escape && text is not null && LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>The suffix of the ETag of an escaped file: it is another representation than the exact one.</summary>
    public const string ETagSuffix = "-escaped";

    static readonly object Marker = new();

    /// <summary>Records, for the cache that answers the request, that the client asked for escaped CSV.</summary>
    public static void Request(HttpContext http, bool? escape)
    {
        if (escape == true) http.Items[Marker] = Marker;
    }

    /// <summary>Whether the request asked for escaped CSV (<see cref="Request"/>).</summary>
    public static bool Requested(HttpContext http) => http.Items.ContainsKey(Marker);

    /// <summary>
    /// A CSV file as the API writes it (RFC 4180: a field quoted when it holds a comma, a quote or a line break, lines
    /// ending in LF) with every cell that looks like a formula and is not a number escaped; the rest byte for byte.
    /// </summary>
    public static byte[] EscapeFile(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv);
        var output = new StringBuilder(text.Length + 64);
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            cell.Clear();
            var quoted = text[i] == '"';
            if (quoted)
            {
                for (i++; i < text.Length; i++)
                {
                    if (text[i] != '"') { cell.Append(text[i]); continue; }
                    if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; continue; }
                    i++;
                    break;
                }
            }
            else
                while (i < text.Length && text[i] is not (',' or '\n')) cell.Append(text[i++]);
            var value = cell.ToString();
            var escaped = LooksLikeFormula(value) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
            if (quoted || escaped.AsSpan().IndexOfAny(",\"\r\n") >= 0) output.Append('"').Append(escaped.Replace("\"", "\"\"")).Append('"');
            else output.Append(escaped);
            if (i < text.Length) output.Append(text[i++]); // the comma or line break after the cell
        }
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    /// <summary>The parameter only makes sense with CSV: with JSON it would silently do nothing, so it is a 400.</summary>
    public static void Check(bool? escape, bool csv, FieldErrors errors)
    {
        if (escape is not null && !csv) errors.Add(Parameter, "Only with CSV (format=csv or Accept: text/csv): JSON is never escaped.");
    }
}
