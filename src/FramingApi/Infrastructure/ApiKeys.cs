using System.Security.Cryptography;
using System.Text;

namespace FramingApi.Infrastructure;

/// <summary>
/// Write endpoints require an <c>X-Api-Key</c> header when keys are configured (<c>Auth:ApiKeys</c>, e.g. the
/// environment variable <c>Auth__ApiKeys__0</c>, or a comma-separated <c>Auth__ApiKeys</c>). With no keys
/// configured the API is open, as for a local install. Reads are always public.
/// </summary>
public sealed class ApiKeys(IConfiguration configuration)
{
    public const string Header = "X-Api-Key";

    readonly byte[][] _keys = ReadKeys(configuration);

    /// <summary>Whether keys are configured (otherwise writes are open, and the OpenAPI document shows no key scheme).</summary>
    public bool Configured => _keys.Length > 0;

    static byte[][] ReadKeys(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:ApiKeys");
        var values = section.Get<string[]>() ?? [];
        if (values.Length == 0 && section.Value is { } single) values = single.Split(',');
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>Whether keys are configured (otherwise writes are open).</summary>
    public bool Required => _keys.Length > 0;

    /// <summary>The request's key when it is one of the configured keys; null otherwise (none sent, or a wrong one).</summary>
    public string? ValidKey(HttpContext http)
    {
        if (!Required) return null;
        var presented = http.Request.Headers[Header].ToString();
        if (presented.Length == 0) return null;
        var bytes = Encoding.UTF8.GetBytes(presented);
        // Constant-time comparison, so the key cannot be guessed byte by byte from response times.
        return _keys.Any(k => CryptographicOperations.FixedTimeEquals(k, bytes)) ? presented : null;
    }

    /// <summary>
    /// Answers 401 or 403 for a request to a write endpoint without a valid key — from the headers alone, before the
    /// body is read (a client without a key learns so at once, not after uploading and having its body checked).
    /// </summary>
    public static IApplicationBuilder UseApiKeys(IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var keys = http.RequestServices.GetRequiredService<ApiKeys>();
        if (keys.Required && http.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKeyMetadata>() is not null && keys.ValidKey(http) is null)
        {
            var problem = http.Request.Headers[Header].ToString().Length == 0
                ? Problems.Unauthorized($"This endpoint writes data and needs an API key in the {Header} header.")
                : Problems.Forbidden($"The {Header} header does not hold a valid key.");
            await problem.ExecuteAsync(http);
            return;
        }
        await next(http);
    });
}

public static class ApiKeyExtensions
{
    /// <summary>
    /// Marks an endpoint as a write that needs an API key when keys are configured (checked by <see cref="ApiKeys.UseApiKeys"/>,
    /// and rate-limited as a write), with the answers that follow from it.
    /// </summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresApiKeyMetadata())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

/// <summary>Endpoint metadata: the endpoint writes and needs the key; the OpenAPI document marks it too.</summary>
public sealed class RequiresApiKeyMetadata;
