using System.Text.Json;
using FramingApi.Articles;
using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.Infrastructure;

[CollectionDefinition(nameof(ZonelessTimeTests), DisableParallelization = true)]
public sealed class ZonelessTimeCollection;

/// <summary>
/// An article's <c>published_at</c> sent without a zone is UTC wherever the server runs. The test moves this process's
/// local zone to one far from UTC (the machines that run the suite are set to UTC, where the fault cannot show), so it
/// runs alone, and puts the zone back.
/// </summary>
[Collection(nameof(ZonelessTimeTests))]
public sealed class ZonelessTimeTests : IDisposable
{
    readonly string? _zone = Environment.GetEnvironmentVariable("TZ");
    readonly JsonSerializerOptions _options = Options();

    public ZonelessTimeTests()
    {
        Environment.SetEnvironmentVariable("TZ", "Asia/Kolkata");
        TimeZoneInfo.ClearCachedData();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _zone);
        TimeZoneInfo.ClearCachedData();
    }

    static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions();
        ApiJson.Configure(options);
        return options;
    }

    DateTimeOffset? Read(string json) => JsonSerializer.Deserialize<ArticleCreateRequest>(json, _options)!.PublishedAt;

    [Fact]
    public void The_test_runs_in_a_zone_that_is_not_utc()
    {
        Assert.Equal(TimeSpan.FromHours(5.5), TimeZoneInfo.Local.GetUtcOffset(new DateTime(2024, 3, 2)));
    }

    [Theory]
    [InlineData("2024-03-02T10:00:00", "2024-03-02T10:00:00+00:00")]
    [InlineData("2024-03-02T10:00:00.250", "2024-03-02T10:00:00.2500000+00:00")]
    [InlineData("2024-03-02", "2024-03-02T00:00:00+00:00")]
    [InlineData("2024-03-02T10:00:00Z", "2024-03-02T10:00:00+00:00")]
    [InlineData("2024-03-02T10:00:00+02:00", "2024-03-02T10:00:00+02:00")]
    [InlineData("2024-03-02T10:00:00-05:30", "2024-03-02T10:00:00-05:30")]
    public void A_time_without_a_zone_is_utc_and_one_with_a_zone_keeps_it(string sent, string read)
    {
        Assert.Equal(DateTimeOffset.Parse(read, System.Globalization.CultureInfo.InvariantCulture), Read($$"""{"text":"x","published_at":"{{sent}}"}"""));
        Assert.Equal(DateTimeOffset.Parse(read, System.Globalization.CultureInfo.InvariantCulture).Offset, Read($$"""{"text":"x","published_at":"{{sent}}"}""")!.Value.Offset);
    }

    [Theory]
    [InlineData("\"02/03/2024\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("20240302")]
    [InlineData("true")]
    public void What_is_not_an_iso_8601_time_is_still_refused_naming_the_field(string sent)
    {
        var refused = Assert.ThrowsAny<JsonException>(() => Read($$"""{"text":"x","published_at":{{sent}}}"""));
        Assert.Equal("$.published_at", refused.Path);
    }

    [Fact]
    public void A_time_is_written_as_the_default_writes_it()
    {
        var written = JsonSerializer.Serialize(new { at = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.FromHours(2)) }, _options);
        Assert.Equal("""{"at":"2024-03-02T10:00:00+02:00"}""", written);
    }

    [Fact]
    public void A_missing_or_null_time_stays_null()
    {
        Assert.Null(Read("""{"text":"x"}"""));
        Assert.Null(Read("""{"text":"x","published_at":null}"""));
    }
}
