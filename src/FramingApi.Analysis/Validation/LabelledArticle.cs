using System.Text.Json;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Validation;

/// <summary>A claim mention as a human reader labelled it (tests/validation/README.md).</summary>
/// <param name="Span">The exact text of the mention.</param>
/// <param name="Occurrence">Which occurrence of <paramref name="Span"/> in the analysed text, 0-based (see
/// <see cref="LabelledArticle.Locate"/>).</param>
/// <param name="Target">The claim target key (a target category of the claims lexicon).</param>
/// <param name="Actor">The actor key, or <c>unknown</c>.</param>
/// <param name="Framing"><c>asserted</c>, <c>hedged</c>, <c>attributed</c> or <c>denied</c>.</param>
/// <param name="Voice"><c>outlet</c>, <c>quotation</c> or <c>comments</c>.</param>
public sealed record LabelledClaim(string Span, int Occurrence, string Target, string Actor, string Framing, string Voice);

/// <summary>A reader's labels of one article.</summary>
/// <param name="Claims">Every claim mention.</param>
/// <param name="Framing">The article's dominant framing per actor in the outlet's own voice (<c>asserted</c>,
/// <c>attributed</c>, <c>hedged</c>, <c>mixed</c>); actors left out are <c>absent</c>.</param>
/// <param name="Topics">The topic keys covered anywhere in the article (comments excluded).</param>
/// <param name="AnonymousSourcing">Whether the article's own reporting relies on an unnamed source.</param>
public sealed record ArticleLabels(
    IReadOnlyList<LabelledClaim> Claims,
    IReadOnlyDictionary<string, string> Framing,
    IReadOnlyList<string> Topics,
    bool AnonymousSourcing)
{
    /// <summary>The label of <paramref name="actor"/>: its entry in <see cref="Framing"/>, else <c>absent</c>.</summary>
    public string FramingOf(string actor) => Framing.TryGetValue(actor, out var label) ? label : "absent";
}

/// <summary>
/// An article of the labelled validation corpus: the text as published (title, paragraphs, optional reader
/// comments) and a human reader's labels. The format is documented in tests/validation/README.md.
/// </summary>
/// <param name="Id">The article id (the file name without <c>.json</c>).</param>
/// <param name="Style">The outlet style (wire, broadsheet, tabloid, state media …).</param>
/// <param name="Source">The (invented) outlet.</param>
/// <param name="Title">The headline.</param>
/// <param name="Paragraphs">The body, one string per paragraph.</param>
/// <param name="Comments">Reader comments (possibly none).</param>
/// <param name="Labels">The reader's labels.</param>
/// <param name="Notes">What the article exercises, or null.</param>
public sealed record LabelledArticle(
    string Id,
    string Style,
    string Source,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Comments,
    ArticleLabels Labels,
    string? Notes)
{
    /// <summary>The body: the paragraphs joined by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);

    /// <summary>The parts the analysis composes, as the bulk import passes them: title as headline, body, comments.</summary>
    public ArticleParts Parts => new(Body, Title, Comments);

    /// <summary>
    /// Where a labelled mention is in <paramref name="text"/> (the text <see cref="ArticleText.Compose"/> builds from
    /// <see cref="Parts"/>): the <see cref="LabelledClaim.Occurrence"/>-th place where the span occurs, searching
    /// case-sensitively in text order, each search starting one character after the previous match; null when there
    /// are fewer occurrences.
    /// </summary>
    public static (int Start, int End)? Locate(string text, LabelledClaim claim)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Span.Length == 0 || claim.Occurrence < 0) return null;
        var at = -1;
        for (var n = 0; n <= claim.Occurrence; n++)
        {
            at = text.IndexOf(claim.Span, at + 1, StringComparison.Ordinal);
            if (at < 0) return null;
        }
        return (at, at + claim.Span.Length);
    }

    /// <summary>
    /// Reads one article file. Checks the shape (required fields, types, framing, voice and label names); whether
    /// targets, actors and topics are keys of the lexicons in use is for <see cref="CorpusEvaluator.Problems"/>.
    /// </summary>
    /// <exception cref="FormatException">The JSON is malformed or a field is missing or wrong; the message names it.</exception>
    public static LabelledArticle Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = Object(document.RootElement, "the article");
            var id = String(root, "id");
            string Where(string field) => $"{id}: {field}";
            var labels = Object(Required(root, "labels", id), Where("labels"));

            var claims = new List<LabelledClaim>();
            var i = 0;
            foreach (var c in Array(labels, "claims", Where("labels")))
            {
                var at = Where($"labels.claims[{i++}]");
                var claim = Object(c, at);
                var occurrence = Required(claim, "occurrence", at);
                if (occurrence.ValueKind != JsonValueKind.Number || !occurrence.TryGetInt32(out var index) || index < 0)
                    throw new FormatException($"{at}.occurrence: must be a whole number from 0.");
                claims.Add(new LabelledClaim(
                    String(claim, "span", at),
                    index,
                    String(claim, "target", at),
                    String(claim, "actor", at),
                    OneOf(claim, "framing", at, ClaimFramings),
                    OneOf(claim, "voice", at, Voices)));
            }

            var framing = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var actor in Object(Required(labels, "framing", Where("labels")), Where("labels.framing")).EnumerateObject())
            {
                if (actor.Value.ValueKind != JsonValueKind.String || !ArticleFramings.Contains(actor.Value.GetString()!))
                    throw new FormatException($"{Where("labels.framing." + actor.Name)}: must be one of {string.Join(", ", ArticleFramings)}.");
                framing[actor.Name] = actor.Value.GetString()!;
            }

            var anonymous = Required(labels, "anonymous_sourcing", Where("labels"));
            if (anonymous.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw new FormatException($"{Where("labels.anonymous_sourcing")}: must be true or false.");

            return new LabelledArticle(
                id,
                String(root, "style", id),
                String(root, "source", id),
                String(root, "title", id),
                Strings(root, "paragraphs", id, required: true),
                Strings(root, "comments", id, required: false),
                new ArticleLabels(claims, framing, Strings(labels, "topics", Where("labels"), required: true), anonymous.GetBoolean()),
                root.TryGetProperty("notes", out var notes) && notes.ValueKind == JsonValueKind.String ? notes.GetString() : null);
        }
    }

    /// <summary>The claim framings of the format.</summary>
    public static IReadOnlyList<string> ClaimFramings { get; } = ["asserted", "hedged", "attributed", "denied"];

    /// <summary>The voices of the format.</summary>
    public static IReadOnlyList<string> Voices { get; } = ["outlet", "quotation", "comments"];

    /// <summary>The article-level framing labels of the format (<c>absent</c> is written by leaving the actor out).</summary>
    public static IReadOnlyList<string> ArticleFramings { get; } = ["asserted", "attributed", "hedged", "mixed", "absent"];

    static JsonElement Object(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new FormatException($"{where}: must be a JSON object.");

    static JsonElement Required(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"{where}: the field '{name}' is missing.");

    static string String(JsonElement parent, string name, string? where = null)
    {
        var at = where is null ? name : $"{where}.{name}";
        var value = Required(parent, name, where ?? "the article");
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"{at}: must be a non-empty string.");
    }

    static string OneOf(JsonElement parent, string name, string where, IReadOnlyList<string> allowed)
    {
        var value = String(parent, name, where);
        return allowed.Contains(value) ? value : throw new FormatException($"{where}.{name}: '{value}' is not one of {string.Join(", ", allowed)}.");
    }

    static JsonElement.ArrayEnumerator Array(JsonElement parent, string name, string where)
    {
        var value = Required(parent, name, where);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new FormatException($"{where}.{name}: must be an array.");
    }

    static List<string> Strings(JsonElement parent, string name, string where, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw new FormatException($"{where}: the field '{name}' is missing.") : [];
        if (value.ValueKind != JsonValueKind.Array) throw new FormatException($"{where}.{name}: must be an array of strings.");
        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new FormatException($"{where}.{name}: must be an array of strings."));
        return list;
    }
}
