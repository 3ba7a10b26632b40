namespace FramingApi.Infrastructure;

/// <summary>
/// HEAD wherever GET works (RFC 9110 §9.3.2: the GET answer's status and headers — ETag, Cache-Control, Content-Length
/// where GET sends one, 304 on a matching If-None-Match — without the body), for scripts and link checkers.
/// Minimal API routes match only the methods they were mapped with, so routing matches a HEAD request as the GET it
/// stands for, and the method is HEAD again before anything runs: the handler writes the GET answer, and Kestrel,
/// which still knows the request line said HEAD, sends no body. A path without GET answers 405 as before, its
/// <c>Allow</c> listing HEAD next to GET where GET is allowed. The OpenAPI document lists the GETs only.
/// </summary>
public static class HeadRequests
{
    static readonly object Marker = new();

    /// <summary><c>UseRouting</c>, with a HEAD request routed as a GET.</summary>
    public static IApplicationBuilder UseRoutingWithHead(this IApplicationBuilder app)
    {
        app.Use((http, next) =>
        {
            if (HttpMethods.IsHead(http.Request.Method))
            {
                http.Request.Method = HttpMethods.Get;
                http.Items[Marker] = Marker;
            }
            return next(http);
        });
        app.UseRouting();
        return app.Use((http, next) =>
        {
            if (http.Items.Remove(Marker)) http.Request.Method = HttpMethods.Head;
            // Routing's 405 answer is a plain endpoint (not a route) that sets Allow from the mapped methods alone.
            if (http.GetEndpoint() is not (null or RouteEndpoint)) http.Response.OnStarting(AddHeadToAllow, http);
            return next(http);
        });
    }

    /// <summary>The methods a resource takes: HEAD goes with GET.</summary>
    public static IEnumerable<string> WithHead(IEnumerable<string> methods)
    {
        var all = methods.ToList();
        if (all.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !all.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            all.Add(HttpMethods.Head);
        return all.Order(StringComparer.Ordinal);
    }

    static Task AddHeadToAllow(object state)
    {
        var response = ((HttpContext)state).Response;
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed && response.Headers.Allow.Count > 0)
        {
            var methods = response.Headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            response.Headers.Allow = string.Join(", ", WithHead(methods));
        }
        return Task.CompletedTask;
    }
}
