using System.Text.Json;
using System.Text.RegularExpressions;

namespace FramingApi.Infrastructure;

/// <summary>Collects field errors for a 400 validation problem; field names are the JSON (snake_case) names.</summary>
public sealed partial class FieldErrors
{
    /// <summary>The field of a problem with the request body as a whole (malformed JSON, a line of a bulk import).</summary>
    public const string Body = "body";

    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>
    /// Adds the error of a JSON body that could not be read, under the field its JSON path names (<c>body</c> for the
    /// document itself), and returns that field.
    /// </summary>
    public string AddJson(JsonException e)
    {
        // System.Text.Json reports the JSON path of the failing value ("$.text", "$.published_at").
        var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? Body : e.Path.TrimStart('$', '.');
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (e.InnerException is InvalidOperationException or ArgumentException or FormatException)
            message = $"{message} {e.InnerException.Message}".Trim();
        Add(field, message);
        return field;
    }

    /// <summary>Requires a URL-safe slug: lower-case letters, digits and single hyphens, 1-100 characters.</summary>
    public void Slug(string field, string? value, bool required = true)
    {
        if (value is null) { if (required) Add(field, "Required."); return; }
        if (value.Length is 0 or > 100 || !SlugPattern().IsMatch(value))
            Add(field, "Must be 1-100 characters of lower-case letters, digits and single hyphens, e.g. 'nyt-syndicated-copy'.");
    }

    /// <summary>Checks an optional or required free-text field: length and characters PostgreSQL can store.</summary>
    public void Text(string field, string? value, int maxLength, bool required = false, bool multiline = false)
    {
        if (value is null) { if (required) Add(field, "Required."); return; }
        if (required && string.IsNullOrWhiteSpace(value)) { Add(field, "Must not be empty or whitespace only."); return; }
        if (value.Length > maxLength) { Add(field, $"At most {maxLength:N0} characters (got {value.Length:N0})."); return; }
        if (FindBadCharacter(value, multiline) is { } bad) Add(field, bad);
    }

    public void Url(string field, string? value)
    {
        if (value is null) return;
        Text(field, value, 2000);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            Add(field, "Must be an absolute http or https URL.");
    }

    /// <summary>
    /// Control characters other than tab, line feed and carriage return, and unpaired UTF-16 surrogates (which a JSON
    /// "\ud800" escape can produce), cannot be stored as PostgreSQL text; name the first one.
    /// </summary>
    public static string? FindBadCharacter(ReadOnlySpan<char> value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return $"Contains an unpaired UTF-16 surrogate (U+{(int)c:X4}) at position {i}.";
            var allowed = multiline ? c is '\t' or '\n' or '\r' : c == '\t';
            if ((c < 0x20 && !allowed) || c == 0x7F)
                return $"Contains the control character U+{(int)c:X4} at position {i}.";
        }
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
