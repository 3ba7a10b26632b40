using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>Every kind of bad input is a 4xx problem naming what is wrong, never a 500, and writes nothing.</summary>
public sealed class BadInputTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    readonly HttpClient _client = api.Client();

    public async Task InitializeAsync()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "bad-input-src", name = "Bad input source" });
        await _client.PostJsonAsync("/api/stories", new { slug = "bad-input-story", title = "Bad input story" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    async Task<(long Articles, long Segments)> RowsAsync()
    {
        await using var conn = await api.OpenDatabaseAsync();
        return (await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles"),
                await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM segments"));
    }

    async Task AssertRejected(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        var problem = await response.ProblemAsync(status);
        if (field is not null)
            Assert.True(problem.ErrorFields().Contains(field) || (problem["detail"]?.GetValue<string>() ?? "").Contains(field),
                $"The problem should name '{field}': {problem.ToJsonString()}");
    }

    [Theory]
    [InlineData("""{"text": "unterminated""", "text")]                       // malformed JSON
    [InlineData("""{"text": 42}""", "text")]                                 // wrong type
    [InlineData("""{"text": "ok text here", "published_at": "yesterday"}""", "published_at")]
    [InlineData("""{"text": "ok text here", "comments": "not a list"}""", "comments")]
    [InlineData("""{"txt": "typo in the field name"}""", "txt")]             // unknown field
    [InlineData("""{"title": "no text at all"}""", "text")]                  // missing text
    [InlineData("""{"text": ""}""", "text")]                                 // empty
    [InlineData("""{"text": "   \n\t  "}""", "text")]                         // whitespace only
    [InlineData("""{"text": "a", "html": "<p>b</p>"}""", "text")]            // both
    [InlineData("""{"html": "<script>x()</script>"}""", "html")]             // HTML without readable text
    [InlineData("""{"text": "bell \u0007 inside"}""", "text")]               // control character
    [InlineData("""{"text": "nul \u0000 inside"}""", "text")]
    [InlineData("""{"text": "lone surrogate \ud800 inside"}""", "text")]
    [InlineData("""{"text": "fine", "source": "Bad Slug!"}""", "source")]
    [InlineData("""{"text": "fine", "url": "not a url"}""", "url")]
    [InlineData("""[1, 2, 3]""", null)]                                      // not an object
    public async Task Bad_article_bodies_are_400_naming_the_field(string body, string? field)
    {
        var before = await RowsAsync();
        await AssertRejected(await _client.PostRawJsonAsync("/api/articles", body), HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await RowsAsync());
    }

    [Theory]
    [InlineData("""{"text": "A story.", "source": "no-such-source"}""", "source")]
    [InlineData("""{"text": "A story.", "story": "no-such-story"}""", "story")]
    public async Task Unknown_source_or_story_slugs_are_422_naming_the_field(string body, string field)
    {
        var before = await RowsAsync();
        await AssertRejected(await _client.PostRawJsonAsync("/api/articles", body), HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var before = await RowsAsync();
        var bytes = Encoding.UTF8.GetBytes("""{"text": "caf""").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        await AssertRejected(await _client.PostAsync("/api/articles", content), HttpStatusCode.BadRequest, null);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var before = await RowsAsync();
        var huge = new string('a', 9_000_000);
        // As a well-behaved client of large uploads does, ask before sending the body: the server answers 413 at once.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent($"{{\"text\": \"{huge}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        await AssertRejected(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, null);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_without_content_length_is_refused()
    {
        // A chunked body announces no length: the server reads up to the limit, answers 413 and closes the
        // connection. A client still sending may see the connection reset before it reads the 413 (it is the
        // client that chose not to wait), so either is a refusal; what matters is that nothing is written.
        var before = await RowsAsync();
        var content = new StreamContent(new ChunkedJson(9_000_000));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        try
        {
            await AssertRejected(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, null);
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
        }
        Assert.Equal(before, await RowsAsync());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_content_type_is_415()
    {
        var before = await RowsAsync();
        var response = await _client.PostAsync("/api/articles", new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertRejected(response, HttpStatusCode.UnsupportedMediaType, null);
        var bulk = await _client.PostAsync("/api/articles/bulk", new StringContent("{}", Encoding.UTF8, "text/csv"));
        await AssertRejected(bulk, HttpStatusCode.UnsupportedMediaType, null);
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task A_one_megabyte_single_word_is_stored_correctly()
    {
        var word = new string('x', 1_000_000);
        var response = await _client.PostJsonAsync("/api/articles", new { text = word });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.JsonAsync();
        Assert.Equal(1, article["word_count"]!.GetValue<int>());
        Assert.Equal(1_000_000, article["text"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("/api/articles?page_size=0", "page_size")]
    [InlineData("/api/articles?page_size=201", "page_size")]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?page=abc", "page")]
    [InlineData("/api/sources?page_size=-5", "page_size")]
    [InlineData("/api/stories?page_size=100000", "page_size")]
    [InlineData("/api/articles?from=not-a-date", "from")]
    [InlineData("/api/articles?from=2024-02-01&to=2024-01-01", "from")]
    [InlineData("/api/articles?source=no-such-source", "source")]
    public async Task Out_of_range_queries_are_400_naming_the_parameter(string url, string field) =>
        await AssertRejected(await _client.GetAsync(url), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task Unknown_article_id_is_404() =>
        await (await _client.GetAsync("/api/articles/987654321")).ProblemAsync(HttpStatusCode.NotFound);

    /// <summary>A JSON body of a given size produced as it is read, sent chunked with no Content-Length.</summary>
    sealed class ChunkedJson(int textLength) : Stream
    {
        readonly byte[] _head = Encoding.UTF8.GetBytes("{\"text\": \"");
        readonly byte[] _tail = Encoding.UTF8.GetBytes("\"}");
        long _position;
        long Total => _head.Length + textLength + _tail.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < Total)
            {
                var p = _position;
                buffer[offset + n++] = p < _head.Length ? _head[p] : p < _head.Length + textLength ? (byte)'a' : _tail[p - _head.Length - textLength];
                _position++;
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
