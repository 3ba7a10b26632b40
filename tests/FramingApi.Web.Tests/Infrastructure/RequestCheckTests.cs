using System.Text.Json;
using FramingApi.Analysis.Lexicons;
using FramingApi.Articles;
using FramingApi.Infrastructure;

namespace FramingApi.Web.Tests.Infrastructure;

/// <summary>The one check of every string a client sends, and error messages in JSON terms.</summary>
public sealed class RequestCheckTests
{
    [Fact]
    public void Every_string_of_a_request_body_is_checked_and_named_as_sent()
    {
        var request = new ArticleCreateRequest { Text = "fine", Title = "a\u0000b", Comments = ["ok", "bad\u0001"], Boilerplate = ["\ud800"] };
        var errors = new FieldErrors();

        RequestStrings.Check(request, "", errors);

        Assert.Equal(["title", "comments[1]", "boilerplate[0]"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_lexicon_is_checked_down_to_its_entries_without_computing_its_hash()
    {
        var lexicon = new LexiconDefinition("l", "custom", "fine", [new LexiconCategory("a", "x\u0000")],
            [new LexiconEntry("ok", ["a"]), new LexiconEntry("t", ["a\u0002"])]);
        var errors = new FieldErrors();

        RequestStrings.Check(lexicon, "", errors);

        Assert.Equal(["categories[0].description", "entries[1].categories[0]"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_query_string_is_checked_under_its_parameter_name()
    {
        var errors = new FieldErrors();
        RequestStrings.Check("a\u007F", "actor", errors);
        RequestStrings.Check("tab\tand\nlines are fine", "text", errors);
        Assert.Equal(["actor"], errors.ToDictionary().Keys);
    }

    // Built here, not in attributes: an attribute's string is stored as UTF-8, which cannot hold a lone surrogate.
    public static TheoryData<string, bool> Parts => new()
    {
        { "plain ascii text", true },
        { "emoji \ud83d\ude00 pairs are fine", true },
        { "\ud83d\ude00", true },
        { "ends with a high half \ud83d", false },
        { "\ude00 starts with a low half", false },
        { "two highs \ud83d\ud83d\ude00", false },
        { "del \u007f", false },
        { "unit separator \u001f", false },
    };

    [Theory]
    [MemberData(nameof(Parts), DisableDiscoveryEnumeration = true)] // not serialised: lone surrogates would not survive
    public void Long_texts_are_scanned_like_short_ones(string part, bool valid)
    {
        // Long enough for the vectorised search to run over many blocks before it meets the part.
        var text = new string('x', 10_000) + part + new string('y', 37);
        Assert.Equal(valid, FieldErrors.FindBadCharacter(text, multiline: true) is null);
        Assert.Equal(valid, FieldErrors.FindBadCharacter(part, multiline: true) is null);
    }

    sealed class Body
    {
        public string? Text { get; set; }
        public DateTimeOffset? PublishedAt { get; set; }
        public int? Page { get; set; }
        public bool? Flag { get; set; }
        public string[]? Comments { get; set; }
        public List<Category>? Categories { get; set; }
    }

    sealed record Category(string Key, double Weight = 1);

    static readonly JsonSerializerOptions Json = CreateJson();

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions();
        ApiJson.Configure(o);
        return o;
    }

    [Theory]
    [InlineData("""{"text": 5}""", "text", "Must be a string, got a number.")]
    [InlineData("""{"published_at": "soon"}""", "published_at", "Must be a date or an ISO 8601 time as a string")]
    [InlineData("""{"page": 3000000000}""", "page", "Must be a whole number (this one has a fraction or is too large).")]
    [InlineData("""{"flag": "yes"}""", "flag", "Must be true or false, got a string.")]
    [InlineData("""{"comments": "x"}""", "comments", "Must be an array of strings.")]
    [InlineData("""{"categories": [{"key": 5}]}""", "categories[0].key", "Must be a string, got a number.")]
    [InlineData("""{"categories": [{"weight": "x"}]}""", "categories[0].weight", "Must be a number, got a string.")]
    [InlineData("""{"txt": 1}""", "txt", "Unknown field")]
    [InlineData("""{"text": "a", "text": "b"}""", "text", "Appears more than once")]
    [InlineData("""{"text": "\ud800"}""", "text", "unpaired UTF-16 surrogate")]
    [InlineData("""[1]""", "body", "Must be an object.")]
    public void JSON_errors_say_what_was_expected_in_JSON_terms(string json, string field, string message)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>(json, Json));
        var errors = new FieldErrors();

        Assert.Equal(field, errors.AddJson(e));
        var said = Assert.Single(errors.ToDictionary()[field]);
        Assert.Contains(message, said);
        Assert.DoesNotMatch(@"System\.|FramingApi\.|`\d|Nullable|Int32|DateTimeOffset", said);
    }

    [Theory]
    [InlineData("Failed to bind parameter \"Nullable<int> page\" from \"abc\".", "page", "Must be a whole number.")]
    [InlineData("Failed to bind parameter \"Nullable<int> page\" from \"99999999999\".", "page", "Out of range: '99999999999' is beyond any value this parameter takes.")]
    [InlineData("Failed to bind parameter \"Nullable<int> page_size\" from \"-99999999999\".", "page_size", "Out of range: '-99999999999' is beyond any value this parameter takes.")]
    [InlineData("Failed to bind parameter \"bool include_raw\" from \"maybe\".", "include_raw", "Must be true or false.")]
    [InlineData("Required parameter \"string name\" was not provided from query string.", "name", "Required.")]
    [InlineData("Implicit body inferred for parameter \"ArticleCreateRequest request\" but no body was provided. Did you mean to use a Service instead?", "body", "Required: send the request body as JSON.")]
    public void Binding_failures_name_the_parameter(string framework, string field, string message)
    {
        Assert.Equal((field, message), JsonMessages.DescribeBinding(framework));
    }

    [Theory]
    [InlineData("not json", "'not json' is not JSON: a value is an object")] // the reader said "Expected the literal 'null'"
    [InlineData("{\"text\": tru}", "'tru}' is not JSON: a value is an object")]
    public void A_value_that_is_not_json_is_called_so_not_a_misspelt_null(string json, string expected)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ArticleCreateRequest>(json));
        Assert.StartsWith(expected, JsonMessages.Describe(e));
    }

    [Fact]
    public void Framework_messages_with_dotnet_names_are_replaced()
    {
        Assert.Equal("Unexpected end of request content.", JsonMessages.Clean("Unexpected end of request content."));
        Assert.DoesNotContain("System.", JsonMessages.Clean("Could not convert to System.Int32 here."));
        Assert.DoesNotContain("List<", JsonMessages.Clean("Bad List<string> value."));
    }
}
