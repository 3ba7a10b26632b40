using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.Infrastructure;

public sealed class QueryValuesTests
{
    static readonly DateTimeOffset July26 = new(2023, 7, 26, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_date_as_the_lower_bound_is_the_start_of_its_day()
    {
        var errors = new FieldErrors();
        Assert.Equal(July26, QueryValues.DateRange("2023-07-26", null, errors).From);
        Assert.False(errors.Any);
    }

    [Fact]
    public void A_date_as_the_upper_bound_is_the_last_microsecond_of_its_day()
    {
        // PostgreSQL keeps microseconds: the bound must include 23:59:59.999999 and nothing of the next day.
        var to = QueryValues.DateRange(null, "2023-07-26", new FieldErrors()).To!.Value;
        Assert.Equal(July26.AddDays(1).AddTicks(-10), to);
    }

    [Theory]
    [InlineData("2023-07-26T14:00:00Z", 14)]
    [InlineData("2023-07-26T16:00:00+02:00", 14)]
    [InlineData("2023-07-26T16:00:00+0200", 14)]
    [InlineData("2023-07-26 14:00z", 14)]
    public void An_ISO_time_is_read_as_an_instant(string value, int utcHour)
    {
        var errors = new FieldErrors();
        var from = QueryValues.DateRange(value, null, errors).From!.Value;
        Assert.False(errors.Any);
        Assert.Equal(July26.AddHours(utcHour), from.ToUniversalTime());
    }

    /// <summary>user22 (wave 21): a bound is read one way only. A time without its zone was read as UTC (a researcher
    /// in Berlin meaning 10:00 there got 12:00 there); "03/04/2023" as 4 March; "2023-07" as the 1st of July at midnight,
    /// even as the upper bound; "+02:00" typed into a URL arrives as " 02:00". Each is a 400 that says what to write.</summary>
    [Theory]
    [InlineData("2023-07-26T14:00:00", "'2023-07-26T14:00:00' has no time zone: end it with Z for UTC")]
    [InlineData("2023-07-26 14:00", "'2023-07-26 14:00' has no time zone")]
    [InlineData("2023-07-26T16:00:00 02:00", "a '+' in a URL reads as a space, so write it %2B")]
    [InlineData("03/04/2023", "'03/04/2023' is not ISO 8601 (day and month could be read either way): write year-month-day.")]
    [InlineData("26.07.2023", "could be read either way")]
    [InlineData("2023-07", "'2023-07' is not one.")]
    [InlineData("Jul 26 2023", "'Jul 26 2023' is not one.")]
    public void A_bound_that_could_be_read_otherwise_is_refused_saying_what_to_write(string value, string message)
    {
        foreach (var (from, to, field) in new[] { (value, (string?)null, "from"), (null, value, "to") })
        {
            var errors = new FieldErrors();
            Assert.Null(field == "from" ? QueryValues.DateRange(from, to, errors).From : QueryValues.DateRange(from, to, errors).To);
            var said = Assert.Single(errors.ToDictionary()[field]);
            Assert.StartsWith("Must be a date (2023-07-26) or an ISO 8601 time with its offset", said);
            Assert.Contains(message, said);
        }
    }

    [Fact]
    public void A_page_s_published_at_keeps_reading_a_time_without_zone_as_utc()
    {
        // The page route's published_at (Articles, not a filter) is read as before: documented as UTC.
        var errors = new FieldErrors();
        Assert.Equal(July26.AddHours(14), QueryValues.DateBound("published_at", "2023-07-26T14:00:00", endOfDay: false, errors));
        Assert.False(errors.Any);
    }

    /// <summary>The page's published_at reads ISO 8601 only, as the JSON body's does: a value that could be read two
    /// ways, a month alone, a named month or a time past the calendar is a 400, never a guess stored for good.</summary>
    [Theory]
    [InlineData("03/04/2023", "could be read either way")]
    [InlineData("2023-07", "'2023-07' is not one.")]
    [InlineData("Jul 26 2023", "'Jul 26 2023' is not one.")]
    [InlineData("2023-07-26T14:00:00 02:00", "has a space before its offset")]
    [InlineData("2023-07-26T24:00:00Z", "is no time of the calendar")]
    [InlineData("2023-02-30", "is not one.")]
    public void A_page_s_published_at_is_iso_8601_or_a_400(string value, string message)
    {
        var errors = new FieldErrors();
        Assert.Null(QueryValues.DateBound("published_at", value, endOfDay: false, errors));
        var said = Assert.Single(errors.ToDictionary()["published_at"]);
        Assert.StartsWith("Must be a date (2023-07-26) or an ISO 8601 time (2023-07-26T14:00:00Z", said);
        Assert.Contains(message, said);
    }

    [Theory]
    [InlineData("2023-07-26T16:00:00+02:00")]
    [InlineData("2023-07-26T14:00:00Z")]
    [InlineData("2023-07-26 14:00")]
    public void A_page_s_published_at_with_or_without_its_zone_is_read(string value)
    {
        var errors = new FieldErrors();
        Assert.Equal(July26.AddHours(14), QueryValues.DateBound("published_at", value, endOfDay: false, errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("", null, "from")]
    [InlineData("yesterday", null, "from")]
    [InlineData(null, "2023-13-01", "to")]
    [InlineData("2023-08-01", "2023-07-01", "from")]
    [InlineData(null, "9999-12-31", "to")]                  // the end of this day overflowed (a 500)
    [InlineData("0001-01-01", null, "from")]
    [InlineData("1799-12-31T23:59:59Z", null, "from")]
    [InlineData(null, "2201-01-01", "to")]
    [InlineData(null, "9999-12-31T23:59:59-14:00", "to")]   // beyond the last instant .NET can hold
    public void Bad_bounds_name_the_parameter(string? from, string? to, string field)
    {
        var errors = new FieldErrors();
        QueryValues.DateRange(from, to, errors);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_first_and_last_days_of_the_allowed_years_are_bounds()
    {
        var errors = new FieldErrors();
        var range = QueryValues.DateRange("1800-01-01", "2200-12-31", errors);
        Assert.False(errors.Any);
        Assert.Equal(new DateTimeOffset(2201, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-10), range.To);
    }

    [Fact]
    public void The_same_day_as_both_bounds_is_that_whole_day()
    {
        var errors = new FieldErrors();
        var range = QueryValues.DateRange("2023-07-26", "2023-07-26", errors);
        Assert.False(errors.Any);
        Assert.True(range.From < range.To);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("a,b", new[] { "a", "b" })]
    [InlineData(" a , ,b,a ", new[] { "a", "b" })]
    public void A_slug_list_is_trimmed_without_blanks_or_repeats(string? value, string[] expected)
    {
        Assert.Equal(expected, QueryValues.SlugList(value));
    }
}
