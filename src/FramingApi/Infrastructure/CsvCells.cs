namespace FramingApi.Infrastructure;

/// <summary>
/// Spreadsheet formulas in exported text (CSV injection, OWASP). A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is read as a formula by Excel and LibreOffice, and an article's sentence, a
/// reader comment or a title can start so — text nobody using the tool wrote. Escaping it (a leading <c>'</c>, as
/// OWASP advises) alters the data, though: a span's text would no longer be <c>text.slice(start, end)</c>, and R and
/// pandas, which the CSVs are written for, would read the quote as part of the value. So the CSVs that carry text
/// from articles (evidence, validation samples and reports) keep it exact by default and escape it on request
/// (<c>escape_formulas=true</c>), for a file that is to be opened in a spreadsheet. Numbers are never escaped (a
/// negative number is a number, not a formula), and neither are the names the API itself writes.
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

    /// <summary>The parameter only makes sense with CSV: with JSON it would silently do nothing, so it is a 400.</summary>
    public static void Check(bool? escape, bool csv, FieldErrors errors)
    {
        if (escape is not null && !csv) errors.Add(Parameter, "Only with CSV (format=csv or Accept: text/csv): JSON is never escaped.");
    }
}
