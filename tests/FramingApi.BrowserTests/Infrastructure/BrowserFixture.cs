using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FramingApi.BrowserTests.Infrastructure;

/// <summary>
/// One real API (Kestrel, a fresh PostgreSQL database with the seed story) and one headless Chromium, shared by every
/// browser test (a collection fixture: starting a browser costs a second or two, a page a few milliseconds). Each test
/// opens its own browser context, so no cookies, storage or page state pass from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser download cannot work on this machine.</summary>
    const string DefaultChromium = "/usr/bin/chromium";

    readonly SeededApiFactory _api = new();
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The API's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A JSON client of the same server, to read what the page should show.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>Where the screenshots go on every run: the test project's output folder, screenshots/.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>
    /// How long an action (click, navigation, wait for a selector) and an expectation (Assertions.Expect, 5 s by
    /// default) may take: generous, since CI runs the browser, the API and PostgreSQL together on a loaded two-core
    /// machine. An expectation that holds passes as soon as it holds.
    /// </summary>
    const float ActionTimeout = 30_000;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium}: install Debian's package with 'apt-get install chromium' " +
                "(./test.sh does so when it runs as root), or set CHROMIUM_PATH to a Chromium binary.");

        await ((IAsyncLifetime)_api).InitializeAsync();
        BaseAddress = _api.ClientOptions.BaseAddress;
        Api = _api.Client();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Playwright already passes --headless, --no-sandbox (needed as root), --no-first-run,
            // --disable-background-networking, --disable-component-update, --disable-sync and a fresh --user-data-dir.
            Args = ["--disable-gpu", "--disable-quic"],
            Timeout = 60_000,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A new page in a new context at the given viewport, recording console errors and failed requests.</summary>
    public async Task<PageSession> OpenAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseAddress.ToString(),
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(ActionTimeout);
        var page = await context.NewPageAsync();
        return new PageSession(context, page);
    }

    public async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await Api.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async Task<string> GetTextAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await Api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Api?.Dispose();
        await ((IAsyncLifetime)_api).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>A page and what went wrong on it: console errors, uncaught exceptions, failed requests.</summary>
public sealed class PageSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    readonly List<string> _errors = Attach(page);

    public IPage Page { get; } = page;

    /// <summary>Console errors, page errors and failed requests so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    static List<string> Attach(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => { lock (errors) errors.Add($"page error: {error}"); };
        page.RequestFailed += (_, request) =>
        {
            // A download handed to Playwright ends its request as "aborted" in the page: that is no failure.
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) == true && request.Url.Contains("format=csv", StringComparison.Ordinal)) return;
            lock (errors) errors.Add($"request failed: {request.Url} {request.Failure}");
        };
        return errors;
    }

    /// <summary>Asserts that nothing went wrong on the page so far.</summary>
    public void AssertNoErrors()
    {
        lock (_errors) Assert.True(_errors.Count == 0, "Errors on the page:\n" + string.Join("\n", _errors));
    }

    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
