using System.Security.Cryptography;
using System.Text;

namespace FramingApi.Infrastructure;

/// <summary>
/// Write endpoints require an <c>X-Api-Key</c> header when keys are configured (<c>Auth:ApiKeys</c>, e.g. the
/// environment variable <c>Auth__ApiKeys__0</c>, or a comma-separated <c>Auth__ApiKeys</c>). With no keys
/// configured the API is open, as for a local install. Reads are always public.
/// </summary>
public sealed class ApiKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    readonly byte[][] _keys = ReadKeys(configuration);

    static byte[][] ReadKeys(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:ApiKeys");
        var values = section.Get<string[]>() ?? [];
        if (values.Length == 0 && section.Value is { } single) values = single.Split(',');
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_keys.Length == 0) return await next(context);

        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (presented.Length == 0)
            return Problems.Unauthorized($"This endpoint writes data and needs an API key in the {Header} header.");

        var bytes = Encoding.UTF8.GetBytes(presented);
        // Constant-time comparison, so the key cannot be guessed byte by byte from response times.
        if (!_keys.Any(k => CryptographicOperations.FixedTimeEquals(k, bytes)))
            return Problems.Forbidden($"The {Header} header does not hold a valid key.");

        return await next(context);
    }
}

public static class ApiKeyExtensions
{
    /// <summary>Marks an endpoint as a write that needs an API key when keys are configured.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new ApiKeyFilter(factory.ApplicationServices.GetRequiredService<IConfiguration>());
            return invocation => filter.InvokeAsync(invocation, next);
        });
        builder.WithMetadata(new RequiresApiKeyMetadata());
        return builder;
    }
}

/// <summary>Endpoint metadata the OpenAPI document uses to mark operations that need the key.</summary>
public sealed class RequiresApiKeyMetadata;
