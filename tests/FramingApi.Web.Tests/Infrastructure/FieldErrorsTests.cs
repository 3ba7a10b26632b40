using System.Text.Json;
using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.Infrastructure;

public sealed class FieldErrorsTests
{
    static Dictionary<string, string[]> Check(Action<FieldErrors> check)
    {
        var errors = new FieldErrors();
        check(errors);
        return errors.ToDictionary();
    }

    [Theory]
    [InlineData("nyt-syndicated-copy", true)]
    [InlineData("a1", true)]
    [InlineData("A-Source", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("", false)]
    [InlineData("under_score", false)]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string slug, bool valid)
    {
        Assert.Equal(valid, Check(e => e.Slug("source", slug)).Count == 0);
    }

    [Fact]
    public void A_slug_longer_than_100_characters_is_invalid()
    {
        Assert.Empty(Check(e => e.Slug("source", new string('a', 100))));
        Assert.Contains("source", Check(e => e.Slug("source", new string('a', 101))).Keys);
    }

    [Fact]
    public void Missing_required_values_and_optional_ones_differ()
    {
        Assert.Equal(["Required."], Check(e => e.Slug("source", null))["source"]);
        Assert.Empty(Check(e => e.Slug("source", null, required: false)));
        Assert.Empty(Check(e => e.Text("title", null, 10)));
        Assert.Contains("title", Check(e => e.Text("title", "   ", 10, required: true)).Keys);
    }

    [Theory]
    [InlineData("Line one\nline two", true, true)]
    [InlineData("Line one\nline two", false, false)]
    [InlineData("Tab\tseparated", false, true)]
    [InlineData("Nul\0here", true, false)]
    [InlineData("Delete\u007f", true, false)]
    [InlineData("A pair \ud83d\ude00 is fine", true, true)]
    public void Text_that_PostgreSQL_cannot_store_is_refused(string value, bool multiline, bool valid)
    {
        Assert.Equal(valid, Check(e => e.Text("text", value, 1000, multiline: multiline)).Count == 0);
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        // Built here: xunit's test-case serialization would replace it before the test sees it.
        var value = "Lone " + (char)0xD800 + " surrogate";
        Assert.Contains("text", Check(e => e.Text("text", value, 1000, multiline: true)).Keys);
    }

    [Fact]
    public void A_bad_character_is_named_with_its_position()
    {
        Assert.Equal("Contains the control character U+0000 at position 3.", FieldErrors.FindBadCharacter("abc\0", multiline: true));
        Assert.Equal("Contains an unpaired UTF-16 surrogate (U+DC00) at position 1.", FieldErrors.FindBadCharacter("a\udc00", multiline: true));
    }

    [Fact]
    public void Text_over_its_limit_says_the_limit_and_the_length()
    {
        Assert.Equal(["At most 5 characters (got 6)."], Check(e => e.Text("title", "abcdef", 5))["title"]);
    }

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://example.com", true)]
    [InlineData("ftp://example.com/a", false)]
    [InlineData("/relative/path", false)]
    public void Urls_must_be_absolute_http_or_https(string url, bool valid)
    {
        Assert.Equal(valid, Check(e => e.Url("url", url)).Count == 0);
    }

    sealed class Body
    {
        public string? Text { get; set; }
        public DateTimeOffset? PublishedAt { get; set; }
        public List<Part>? Parts { get; set; }
    }

    sealed class Part
    {
        public int Weight { get; set; }
    }

    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Theory]
    [InlineData("""{"text": 12}""", "text")]
    [InlineData("""{"published_at": "soon"}""", "published_at")]
    [InlineData("""{"parts": [{"weight": 1}, {"weight": "x"}]}""", "parts[1].weight")]
    [InlineData("""{"text": "a",""", "body")]
    [InlineData("""[1, 2]""", "body")]
    public void A_JSON_error_is_filed_under_the_field_its_path_names(string json, string field)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>(json, Json));
        var errors = new FieldErrors();

        Assert.Equal(field, errors.AddJson(e));
        var message = Assert.Single(errors.ToDictionary()[field]);
        Assert.DoesNotContain("Path:", message);
    }

    [Fact]
    public void A_malformed_body_is_a_400_problem_naming_the_field_and_where_it_broke()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"text": 12}""", Json));

        var problem = Problems.MalformedJson(e);

        Assert.Equal(400, problem.Status);
        Assert.Equal(["text"], problem.Errors.Keys);
        Assert.StartsWith("The JSON body could not be read at 'text' (line 1,", problem.Detail);
    }
}
