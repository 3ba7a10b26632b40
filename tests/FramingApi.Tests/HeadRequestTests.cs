using System.Net;
using System.Net.Sockets;
using System.Text;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// HEAD answers wherever GET does, with GET's status and headers and no body (RFC 9110 §9.3.2) — scripts and link
/// checkers ask it before downloading an export; a path without GET answers 405 with an <c>Allow</c> that lists HEAD
/// next to GET wherever GET is allowed.
/// </summary>
public sealed class HeadRequestTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    readonly HttpClient _client = api.Client();

    static readonly string[] SameHeaders = ["Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary", "Content-Disposition"];

    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/1")]
    [InlineData("/api/articles/1/analysis")]
    [InlineData($"/api/stories/{Story}/comparison")]
    [InlineData($"/api/stories/{Story}/comparison?format=csv")]
    [InlineData($"/api/stories/{Story}/comparison/evidence?source=hngn")]
    [InlineData("/api/timeseries?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31&interval=day&metric=articles")]
    [InlineData("/api/sources/no-such-source")]
    [InlineData("/api/articles?no_such_parameter=1")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    public async Task HEAD_answers_as_GET_does_without_the_body(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        foreach (var name in SameHeaders)
            Assert.True(Values(get, name) == Values(head, name), $"{name}: GET '{Values(get, name)}', HEAD '{Values(head, name)}'");
        Assert.Empty(await RawBodyAsync("HEAD", url));
    }

    [Fact]
    public async Task HEAD_with_the_current_ETag_is_304()
    {
        var url = $"/api/stories/{Story}/comparison";
        var etag = (await _client.GetAsync(url)).Headers.ETag!;
        using var head = new HttpRequestMessage(HttpMethod.Head, url);
        head.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(head)).StatusCode);
    }

    [Theory]
    [InlineData("HEAD", "/api/articles/bulk", "POST")]
    [InlineData("HEAD", "/api/analyze", "POST")]
    [InlineData("PUT", "/api/sources", "GET, HEAD, POST")]
    [InlineData("DELETE", $"/api/stories/{Story}/comparison", "GET, HEAD")]
    public async Task A_method_a_path_does_not_take_is_405_whose_Allow_lists_HEAD_with_GET(string method, string url, string allow)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
    }

    static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : "(none)";

    /// <summary>What the server sends after the headers, read off the socket (HttpClient would not read a HEAD body).</summary>
    async Task<string> RawBodyAsync(string method, string url)
    {
        var address = _client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {url} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync(); // the server closes after the answer
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No end of headers in: {answer}");
        return answer[(end + 4)..];
    }
}
