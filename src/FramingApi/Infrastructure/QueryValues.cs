using System.Globalization;

namespace FramingApi.Infrastructure;

/// <summary>A published-at range; null ends are open.</summary>
public readonly record struct DateRange(DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Parsing of the query values several endpoints share: date bounds and slug lists.</summary>
public static partial class QueryValues
{
    /// <summary>
    /// Parses <c>from</c> and <c>to</c>: each a date ("2023-07-26") or an ISO 8601 time; a date as the upper bound
    /// means the end of that day. Adds an error naming the parameter for an empty or unreadable value, or a range
    /// whose start is after its end.
    /// </summary>
    public static DateRange DateRange(string? from, string? to, FieldErrors errors)
    {
        var start = DateBound("from", from, endOfDay: false, errors, strict: true);
        var end = DateBound("to", to, endOfDay: true, errors, strict: true);
        if (start > end) errors.Add("from", $"Must not be after to: from {Echo.Quote(from)} is after to {Echo.Quote(to)}.");
        return new DateRange(start, end);
    }

    /// <summary>The earliest and latest years a date bound may name: those an article's published_at may have.</summary>
    public const int MinYear = 1800, MaxYear = 2200;

    /// <summary>
    /// One date bound; null when the parameter is absent (or invalid, with an error added). It reads ISO 8601 only — a
    /// date, or a time — so that no value is read otherwise than meant: "03/04/2023" (4 March or 3 April?) or "2023-07"
    /// (as to, the 1st of July at midnight rather than the month) are each a 400 saying what to write instead.
    /// <paramref name="strict"/> (the from and to of every filter) also wants a time's offset (a time without a zone:
    /// whose?); otherwise (a page's published_at, as the JSON body's) a time without a zone is UTC.
    /// </summary>
    public static DateTimeOffset? DateBound(string field, string? value, bool endOfDay, FieldErrors errors, bool strict = false)
    {
        if (value is null) return null;
        if (value.Length == 0)
        {
            errors.Add(field, "Must not be empty.");
            return null;
        }
        DateTimeOffset bound;
        var isDate = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        if (isDate) bound = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        else if (IsoProblem(value, zoneRequired: strict) is { } problem)
        {
            errors.Add(field, strict
                ? $"Must be a date (2023-07-26) or an ISO 8601 time with its offset (2023-07-26T14:00:00Z, or 2023-07-26T16:00:00+02:00, written %2B02:00 in a URL): {problem}"
                : $"Must be a date (2023-07-26) or an ISO 8601 time (2023-07-26T14:00:00Z; without a zone, UTC): {problem}");
            return null;
        }
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out bound))
        {
            // ISO 8601 in shape but no time of the calendar (2023-02-30, 24:00).
            errors.Add(field, $"Must be a date (2023-07-26) or an ISO 8601 time (2023-07-26T14:00:00Z): {Echo.Quote(value)} is no time of the calendar.");
            return null;
        }
        // Checked before the end of the day is added, which would overflow at 9999-12-31.
        if (bound.Year is < MinYear or > MaxYear)
        {
            errors.Add(field, $"Must lie between the years {MinYear} and {MaxYear} (the years an article's published_at may have).");
            return null;
        }
        return isDate && endOfDay ? bound.AddDays(1).AddTicks(-10) : bound;
    }

    /// <summary>What is wrong with a value that is not a date, as ISO 8601 writes a time (with its zone when
    /// <paramref name="zoneRequired"/>); null when it is one.</summary>
    static string? IsoProblem(string value, bool zoneRequired)
    {
        var m = IsoTime().Match(value);
        if (!m.Success)
            return value.Length > 0 && char.IsAsciiDigit(value[0]) && value.AsSpan().IndexOfAny('/', '.') >= 0
                ? $"{Echo.Quote(value)} is not ISO 8601 (day and month could be read either way): write year-month-day."
                : $"{Echo.Quote(value)} is not one.";
        if (m.Groups["zone"].Success) return null;
        if (!zoneRequired && !m.Groups["space"].Success) return null;
        // In a URL's query a '+' reads as a space: "…T16:00:00+02:00" arrives as "…T16:00:00 02:00".
        if (m.Groups["space"].Success)
            return $"{Echo.Quote(value)} has a space before its offset: a '+' in a URL reads as a space, so write it %2B (or give the time in UTC, ending in Z).";
        return $"{Echo.Quote(value)} has no time zone: end it with Z for UTC, or with its offset (%2B02:00 in a URL).";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?((?<zone>[Zz]|[+-]\d{2}:?\d{2})|(?<space> \d{2}:?\d{2}))?$")]
    private static partial System.Text.RegularExpressions.Regex IsoTime();

    /// <summary>A comma-separated list of slugs ("a,b, c"), trimmed, without empty items or repeats, in order.</summary>
    public static List<string> SlugList(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
}
