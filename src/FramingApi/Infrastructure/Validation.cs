using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FramingApi.Infrastructure;

/// <summary>
/// Names listed in a message: "a, b, c" (or "(none)"). Users name lexicons and their categories (a <c>.dic</c> label
/// may be "harm,"), so a name the list could not be read back from — one holding the separator ',' or a double quote,
/// or ending in the '.' that closes the message, or empty or "(none)" — is written in double quotes, a '"' or '\' in it escaped as
/// in JSON ("harm,", @sum). Every other name is written as it is.
/// </summary>
public static class NameList
{
    public static string Join(IEnumerable<string> names)
    {
        var listed = string.Join(", ", names.Select(Quote));
        return listed.Length == 0 ? "(none)" : listed;
    }

    public static string Quote(string name) =>
        name.Length == 0 || name == "(none)" || name.AsSpan().IndexOfAny(',', '"') >= 0 || name[^1] == '.'
            ? $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\""
            : name;
}

/// <summary>Collects field errors for a 400 validation problem; field names are the JSON (snake_case) names.</summary>
public sealed partial class FieldErrors
{
    /// <summary>The field of a problem with the request body as a whole (malformed JSON, a line of a bulk import).</summary>
    public const string Body = "body";

    readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has an error already.</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>
    /// Adds the error of a JSON body that could not be read, under the field its JSON path names (<c>body</c> for the
    /// document itself), and returns that field. The message speaks JSON (<see cref="JsonMessages"/>), never .NET.
    /// </summary>
    public string AddJson(JsonException e)
    {
        // System.Text.Json reports the JSON path of the failing value ("$.text", "$.published_at").
        var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? Body : e.Path.TrimStart('$', '.');
        Add(field, JsonMessages.Describe(e));
        return field;
    }

    /// <summary>Requires a URL-safe slug: lower-case letters, digits and single hyphens, 1-100 characters.</summary>
    public void Slug(string field, string? value, bool required = true)
    {
        if (value is null) { if (required) Add(field, "Required."); return; }
        if (value.Length is 0 or > TextLimits.Slug || !SlugPattern().IsMatch(value))
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

    /// <summary>An optional name (a topic, category, actor …) that must be one of <paramref name="known"/>; the error lists
    /// them, calling the name <paramref name="what"/> (the field's name unless given), and names the known name when the
    /// value differs from it only by case, as <see cref="NameSets.Unknown(INameSet, string, string?, string)"/> does.</summary>
    public void Known(string field, string? value, IEnumerable<string> known, string? what = null)
    {
        if (value is null) return;
        var names = known.Distinct().ToList();
        if (!names.Contains(value, StringComparer.Ordinal))
            Add(field, $"Unknown {what ?? field} {Echo.Quote(value)}. Known: {NameList.Join(names)}." + NameSets.LowerCaseHint(names, value));
    }

    /// <summary>
    /// An optional name of a closed set (a format, a voice, a job status …): true when it is absent or one of
    /// <paramref name="set"/>; otherwise adds <see cref="NameSets.Unknown(INameSet, string, string?, string)"/>'s error under <paramref name="field"/> and
    /// returns false.
    /// </summary>
    public bool OneOf(string field, string? value, INameSet set, string hint = "")
    {
        if (value is null || set.IsKnown(value)) return true;
        Add(field, set.Unknown(field, value, hint));
        return false;
    }

    /// <summary>A name that is required and missing: <paramref name="message"/>, then the names it may be, listed as
    /// <see cref="Known"/> lists them (the message alone when there are none to list).</summary>
    public void Required(string field, string message, IEnumerable<string> known)
    {
        var names = known.Distinct().ToList();
        Add(field, names.Count == 0 ? message : $"{message} Known: {NameList.Join(names)}.");
    }

    public void Url(string field, string? value)
    {
        if (value is null) return;
        Text(field, value, TextLimits.Url);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            Add(field, "Must be an absolute http or https URL.");
    }

    /// <summary>
    /// Control characters other than tab, line feed and carriage return (all three only when <paramref name="multiline"/>;
    /// else tab only), DEL, and unpaired UTF-16 surrogates (which a JSON "\ud800" escape can produce): PostgreSQL cannot
    /// store a NUL or a lone surrogate, and no field has a use for the others. Names the first one, or null.
    /// </summary>
    public static string? FindBadCharacter(ReadOnlySpan<char> value, bool multiline)
    {
        var bad = multiline ? BadInMultiline : BadInLine;
        var offset = 0;
        while (true)
        {
            // Vectorised search: an 8 MB article is scanned in about a millisecond.
            var found = value[offset..].IndexOfAny(bad);
            if (found < 0) return null;
            var i = offset + found;
            var c = value[i];
            if (!char.IsSurrogate(c)) return $"Contains the control character U+{(int)c:X4} at position {i}.";
            if (!char.IsHighSurrogate(c) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                return $"Contains an unpaired UTF-16 surrogate (U+{(int)c:X4}) at position {i}.";
            offset = i + 2;
        }
    }

    static readonly SearchValues<char> BadInMultiline = SearchValues.Create(BadCharacters("\t\n\r"));
    static readonly SearchValues<char> BadInLine = SearchValues.Create(BadCharacters("\t"));

    static string BadCharacters(string allowed) =>
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => !allowed.Contains(c)))
        + '\u007F' + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
