using System.Globalization;

namespace FramingApi.Infrastructure;

/// <summary>A published-at range; null ends are open.</summary>
public readonly record struct DateRange(DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Parsing of the query values several endpoints share: date bounds and slug lists.</summary>
public static class QueryValues
{
    /// <summary>
    /// Parses <c>from</c> and <c>to</c>: each a date ("2023-07-26") or an ISO 8601 time; a date as the upper bound
    /// means the end of that day. Adds an error naming the parameter for an empty or unreadable value, or a range
    /// whose start is after its end.
    /// </summary>
    public static DateRange DateRange(string? from, string? to, FieldErrors errors)
    {
        var start = DateBound("from", from, endOfDay: false, errors);
        var end = DateBound("to", to, endOfDay: true, errors);
        if (start > end) errors.Add("from", "Must not be after 'to'.");
        return new DateRange(start, end);
    }

    /// <summary>The earliest and latest years a date bound may name: those an article's published_at may have.</summary>
    public const int MinYear = 1800, MaxYear = 2200;

    /// <summary>One date bound; null when the parameter is absent (or invalid, with an error added).</summary>
    public static DateTimeOffset? DateBound(string field, string? value, bool endOfDay, FieldErrors errors)
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
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out bound))
        {
            errors.Add(field, "Must be a date (2023-07-26) or an ISO 8601 time (2023-07-26T14:00:00Z).");
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

    /// <summary>A comma-separated list of slugs ("a,b, c"), trimmed, without empty items or repeats, in order.</summary>
    public static List<string> SlugList(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
}
