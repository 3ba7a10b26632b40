using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.Infrastructure;

public static class RequestLimits
{
    /// <summary>Sets the largest body this endpoint accepts; larger bodies are answered 413.</summary>
    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(bytes));

    /// <summary>
    /// Applies the endpoint's size limit to the request before its body is read (the server-wide default stays the
    /// small one), and answers 413 at once when a declared Content-Length is already over it.
    /// </summary>
    public static IApplicationBuilder UseEndpointRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
            && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        var max = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (max is { } m && http.Request.ContentLength > m)
            throw new BadHttpRequestException($"The request body is {http.Request.ContentLength:N0} bytes; this endpoint accepts at most {m:N0}.",
                StatusCodes.Status413PayloadTooLarge);
        await next(http);
    });
}
