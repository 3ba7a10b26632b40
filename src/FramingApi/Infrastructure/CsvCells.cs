using CsvHelper;

namespace FramingApi.Infrastructure;

/// <summary>
/// Spreadsheet formulas in exported text (CSV injection, OWASP). A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is read as a formula by Excel and LibreOffice, and an article's sentence, a
/// reader comment or a title can start so — text nobody using the tool wrote. Escaping it (a leading <c>'</c>, as
/// OWASP advises) alters the data, though: a span's text would no longer be <c>text.slice(start, end)</c>, and R and
/// pandas, which the CSVs are written for, would read the quote as part of the value. So the CSVs that carry text
/// from articles (evidence, validation samples and reports) keep it exact by default and escape it on request
/// (<c>escape_formulas=true</c>), for a file that is to be opened in a spreadsheet. A cell that is a plain number is
/// never escaped, in every CSV and whatever its column (a category a dictionary named <c>-1</c> too): a spreadsheet
/// reads it as that number, so it is data, not a formula (OWASP's advice; <see cref="IsPlainNumber"/>). The other
/// CSVs (comparisons, differences, time series, attention) carry no article text, but a user's dictionary can name a
/// category "=…": they take the parameter too, and their cached files are escaped as they are answered
/// (<see cref="EscapeFile"/>), under an ETag of their own.
/// </summary>
public static class CsvCells
{
    public const string Parameter = "escape_formulas";

    public const string Description = """
        CSV only: true prefixes with ' every cell that starts with =, +, -, @, a tab or a carriage return, so that a
        spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV injection); a cell that
        is a plain number (-1, +5, -0.25, 1E-05) is data and is left alone, whatever its column. Default false: the
        text exactly as stored, as scripts need it (docs/COMPARISON.md "In a spreadsheet").
        """;

    /// <summary>Whether a spreadsheet would take the text for a formula: it starts with =, +, -, @, a tab or a CR.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Whether the text is a plain decimal number: an optional sign, digits with an optional decimal point (or a point
    /// and digits) and an optional exponent, nothing else — no spaces, no thousands separators, no Infinity or NaN.
    /// A spreadsheet reads such a cell as that number, so it is data, not a formula, and is never escaped: <c>-1</c>,
    /// <c>+5</c>, <c>-0.25</c>, <c>-1E-05</c>. Anything more (<c>-1+1</c>, <c>-1 </c>, <c>-Infinity</c>) is escaped.
    /// </summary>
    public static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-') i++;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        if (i < text.Length && text[i] == '.')
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++) digits++;
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            var exponent = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; exponent++; }
            if (exponent == 0) return false;
        }
        return i == text.Length;
    }

    /// <summary>
    /// The one rule of every CSV (<see cref="Text"/> for the files written per request, <see cref="EscapeFile"/> for the
    /// cached ones): a cell is escaped when it looks like a formula and is not a plain number.
    /// </summary>
    public static bool NeedsEscape(string text) => LooksLikeFormula(text) && !IsPlainNumber(text);

    /// <summary>The text of a cell: as it is, or, when escaping and it needs it (<see cref="NeedsEscape"/>), after a <c>'</c>.</summary>
    public static string? Text(string? text, bool escape) => escape && text is not null && NeedsEscape(text) ? "'" + text : text;

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

    static readonly CsvReaderOptions ReadOptions = CsvReaderOptions.Default with
    {
        HasHeader = false, AllowLineBreaksInQuotes = true, SkipEmptyLines = false, TrimWhitespace = false,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    /// <summary>How every CSV of the API is written: RFC 4180 (a field quoted when it holds a comma, a quote, a CR or an
    /// LF) with records ending in LF.</summary>
    public static readonly CsvWriterOptions WriterOptions = new() { NewLine = "\n" };

    /// <summary><see cref="WriterOptions"/> for <see cref="EscapeFile"/>, which writes a ragged row as it comes.</summary>
    static readonly CsvWriterOptions EscapeOptions = WriterOptions with { ValidateFieldCount = false };

    /// <summary>
    /// A CSV file as the API writes it, read and written again by CsvHelper with every cell that needs it escaped
    /// (<see cref="NeedsEscape"/>). Since the API's files are written by the same writer with the same options, every
    /// other cell comes out byte for byte as it was, quoting included (CsvCellsTests; and user20 compared every CSV
    /// endpoint with main's hand parser, with and without escaping: 34 of 36 answers byte-identical, the other two
    /// evidence files differing only in the -1 and +5 cells that the one rule now leaves alone).
    /// </summary>
    public static byte[] EscapeFile(byte[] csv)
    {
        using var output = new MemoryStream(csv.Length + 64);
        using (var reader = CsvReader.Create(csv, ReadOptions))
        using (var writer = CsvWriter.Create(output, EscapeOptions, leaveOpen: true))
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) writer.WriteField(Text(reader.GetString(i), true));
                writer.EndRecord();
            }
            writer.Flush();
        }
        return output.ToArray();
    }

    /// <summary>The parameter only makes sense with CSV: with JSON it would silently do nothing, so it is a 400.</summary>
    public static void Check(bool? escape, bool csv, FieldErrors errors)
    {
        if (escape is not null && !csv) errors.Add(Parameter, "Only with CSV (format=csv or Accept: text/csv): JSON is never escaped.");
    }
}
