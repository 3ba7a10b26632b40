using System.Text;
using System.Text.Json;
using CsvHelper;
using FramingApi.Infrastructure;

namespace FramingApi.Validation;

/// <summary>A code as it was sent, with where it was: <c>codes[3]</c> in JSON, <c>line[5]</c> in CSV (the header is line 1).</summary>
public sealed record SentCode(string Where, string? Unit, string? Coder, string? Field, string? Value);

/// <summary>A set of codes as it was sent, before it is checked.</summary>
public sealed record SentSet(string? Name, string? Description, string? ClaimsLexicon, IReadOnlyList<string?>? Coders, IReadOnlyList<SentCode> Codes);

/// <summary>
/// Reads the body of POST /api/validation/sets: JSON (<see cref="ValidationSetRequest"/>) or CSV with the columns
/// unit, coder, field and value (in any order, names matched without case; other columns, such as notes, are
/// ignored). Problems are field errors naming the row: the JSON path, or the CSV line and column.
/// </summary>
public static class CodesReader
{
    public const string CsvContentType = "text/csv";

    /// <summary>Most codes in one set.</summary>
    public const int MaxCodes = 100_000;

    /// <summary>The CSV columns every file must have.</summary>
    public static readonly string[] Columns = ["unit", "coder", "field", "value"];

    /// <summary>Whether the request is JSON, CSV or neither (null).</summary>
    public static bool? IsCsv(HttpRequest request)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => false,
            CsvContentType or "application/csv" => true,
            _ => null,
        };
    }

    /// <summary>The set in a JSON body; null with errors when it cannot be read.</summary>
    public static async Task<SentSet?> ReadJsonAsync(Stream body, JsonSerializerOptions options, FieldErrors errors, CancellationToken ct)
    {
        ValidationSetRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<ValidationSetRequest>(body, options, ct);
        }
        catch (JsonException e)
        {
            errors.AddJson(e);
            return null;
        }
        if (request is null)
        {
            errors.Add(FieldErrors.Body, "Send a JSON object with codes.");
            return null;
        }
        // Read here rather than bound, so the strings are checked here, as the group's filter checks bound ones.
        RequestStrings.Check(request, "", errors);
        if (request.Codes is null) errors.Add("codes", "Required: a list of codes, each with unit, coder, field and value.");
        var codes = (request.Codes ?? []).Select((c, i) => new SentCode($"codes[{i}]", c?.Unit, c?.Coder, c?.Field, c?.Value)).ToList();
        for (var i = 0; i < codes.Count; i++)
            if (request.Codes![i] is null) errors.Add($"codes[{i}]", "A code is missing (null).");
        return new SentSet(request.Name, request.Description, request.ClaimsLexicon, request.Coders, codes);
    }

    /// <summary>The codes of a CSV body (the set's name and the rest come from the query); null with errors when it cannot be read.</summary>
    public static async Task<List<SentCode>?> ReadCsvAsync(Stream body, FieldErrors errors, CancellationToken ct)
    {
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, TrimWhitespace = true,
            Encoding = new UTF8Encoding(false, throwOnInvalidBytes: true),
        };
        await using var reader = CsvReader.Create(body, options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(ct);
            var index = Columns.ToDictionary(c => c, c => Array.FindIndex(reader.Headers.ToArray(), h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase)));
            foreach (var (column, i) in index.Where(c => c.Value < 0))
                errors.Add(column, $"The CSV has no '{column}' column: its first line must name the columns {string.Join(", ", Columns)} (in any order).");
            if (errors.Any) return null;

            var codes = new List<SentCode>();
            while (await reader.ReadAsync(ct))
            {
                string? Field(string column) => reader.GetString(index[column]) is { Length: > 0 } v ? v : null;
                codes.Add(new SentCode($"line[{reader.LineNumber}]", Field("unit"), Field("coder"), Field("field"), Field("value")));
                if (codes.Count > MaxCodes) break;
            }
            return codes;
        }
        catch (CsvFormatException e)
        {
            errors.Add(e.LineNumber > 0 ? $"line[{e.LineNumber}]" : FieldErrors.Body, $"The CSV cannot be read: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            errors.Add(FieldErrors.Body, "The CSV is not valid UTF-8.");
        }
        return null;
    }
}
