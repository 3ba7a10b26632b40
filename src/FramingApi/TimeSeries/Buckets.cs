namespace FramingApi.TimeSeries;

/// <summary>How a time series cuts time: into days, weeks or months.</summary>
public enum BucketInterval
{
    Day,
    Week,
    Month,
}

/// <summary>
/// The buckets of a time series, all in UTC:
/// <list type="number">
/// <item>a day starts at 00:00 UTC; a week at 00:00 UTC on Monday (ISO 8601 weeks); a month at 00:00 UTC on its
/// first day;</item>
/// <item>a bucket holds the instants from its start up to, not including, the next bucket's start;</item>
/// <item>the buckets of a range [from, to] run from the one that holds <c>from</c> to the one that holds <c>to</c>,
/// every one of them, empty or not: so the first and the last bucket may reach outside the range, and only the
/// articles inside it are counted in them.</item>
/// </list>
/// </summary>
public static class Buckets
{
    /// <summary>At most this many buckets per source: a little under three years of days, 19 years of weeks.</summary>
    public const int MaxBuckets = 1000;

    /// <summary>The start of the bucket that holds <paramref name="instant"/>.</summary>
    public static DateTime Start(DateTimeOffset instant, BucketInterval interval) => Start(instant.UtcDateTime, interval);

    /// <summary>The start of the bucket that holds <paramref name="utc"/> (a UTC time).</summary>
    public static DateTime Start(DateTime utc, BucketInterval interval)
    {
        var day = DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);
        return interval switch
        {
            BucketInterval.Day => day,
            // DayOfWeek counts from Sunday (0); days since Monday: Monday 0 … Sunday 6. 0001-01-01 is a Monday, so
            // the start of a week is never before DateTime.MinValue.
            BucketInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            BucketInterval.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
        };
    }

    /// <summary>How many buckets the range [from, to] touches (from ≤ to), counted without making them.</summary>
    public static long Count(DateTimeOffset from, DateTimeOffset to, BucketInterval interval)
    {
        var (first, last) = (Start(from, interval), Start(to, interval));
        return interval switch
        {
            BucketInterval.Day => (long)(last - first).TotalDays + 1,
            BucketInterval.Week => (long)(last - first).TotalDays / 7 + 1,
            BucketInterval.Month => (last.Year - first.Year) * 12L + last.Month - first.Month + 1,
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
        };
    }

    /// <summary>The starts of the buckets of [from, to], in order (at most <see cref="MaxBuckets"/>: check
    /// <see cref="Count"/> first). Never computes a start past the last one, so a range ending in 9999 works.</summary>
    public static DateTime[] Of(DateTimeOffset from, DateTimeOffset to, BucketInterval interval)
    {
        var count = Count(from, to, interval);
        if (count > MaxBuckets) throw new ArgumentOutOfRangeException(nameof(to), $"{count} buckets; at most {MaxBuckets}.");
        var first = Start(from, interval);
        var starts = new DateTime[count];
        for (var i = 0; i < count; i++)
            starts[i] = interval switch
            {
                BucketInterval.Day => first.AddDays(i),
                BucketInterval.Week => first.AddDays(7 * i),
                _ => first.AddMonths(i),
            };
        return starts;
    }

    /// <summary>The index of the bucket that holds <paramref name="utc"/> among buckets starting at <paramref name="first"/>.</summary>
    public static int IndexOf(DateTime first, DateTime utc, BucketInterval interval)
    {
        var start = Start(utc, interval);
        return interval switch
        {
            BucketInterval.Day => (int)(start - first).TotalDays,
            BucketInterval.Week => (int)(start - first).TotalDays / 7,
            _ => (start.Year - first.Year) * 12 + start.Month - first.Month,
        };
    }
}
