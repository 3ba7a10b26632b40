using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace FramingApi.Infrastructure;

public static class ApiJson
{
    /// <summary>
    /// snake_case names (natural in R and pandas), enums as strings, and unknown fields rejected so that a typo
    /// ("txt") is a 400 naming the field rather than a silently ignored value; a field sent twice is refused too,
    /// rather than the last one silently winning. Numbers are strict: a number sent as a string ("2") is a 400 naming
    /// the field, as the OpenAPI document promises (the web defaults would read it, and so the document would type
    /// every number as "number or string").
    /// </summary>
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = null;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.MaxDepth = 32;
        o.AllowDuplicateProperties = false;
        o.NumberHandling = JsonNumberHandling.Strict;
        o.Converters.Add(new UtcUnlessZonedConverter());
    }
}

/// <summary>
/// Reads an ISO 8601 time sent without a zone (<c>2024-03-02T10:00:00</c>, or a bare day) as UTC, as the API documents
/// and as the query's date filters read them. System.Text.Json would give it the server's local offset, so the same
/// request stored a different instant on a laptop in Berlin than in a container set to UTC. A time with <c>Z</c> or an
/// offset keeps it; anything else is refused as before (a 400 naming the field). Written as the default writes it.
/// </summary>
public sealed class UtcUnlessZonedConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var time)) throw new JsonException();
        return time.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(time, TimeSpan.Zero) : reader.GetDateTimeOffset();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

public static class CorsSetup
{
    /// <summary>CORS for the origins in <c>Cors:Origins</c> (e.g. <c>Cors__Origins__0=https://app.example</c>, or a
    /// comma-separated list, or <c>*</c>); none by default, so browsers on other origins are refused.</summary>
    public static IServiceCollection AddFramingCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
            if (origins.Length == 0 && configuration["Cors:Origins"] is { } single)
                origins = single.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            o.AddDefaultPolicy(p =>
            {
                if (origins.Contains("*")) p.AllowAnyOrigin(); else p.WithOrigins(origins);
                p.AllowAnyMethod().WithHeaders("Content-Type", ApiKeys.Header, "If-None-Match", "Accept")
                 .WithExposedHeaders("ETag", "Location", "Retry-After", "Content-Disposition", "Link", Comparisons.EvidenceCsv.TotalHeader);
            });
        });
        return services;
    }
}

/// <summary>
/// Writes a long string (an article's text: up to 8 MB) in pieces. System.Text.Json escapes a string value in one
/// buffer rented for six times its length (a 2 MB text with line breaks: a 24 MB array), and a few such answers at
/// once took hundreds of megabytes; in pieces of 8,192 characters the buffers stay small. Reads as usual.
/// </summary>
public sealed class LongTextConverter : JsonConverter<string>
{
    const int Piece = 8_192;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length <= Piece)
        {
            writer.WriteStringValue(value);
            return;
        }
        var text = value.AsSpan();
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + Piece);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--; // a surrogate pair stays in one piece
            writer.WriteStringValueSegment(text[start..end], isFinalSegment: end == text.Length);
            start = end;
        }
    }
}
