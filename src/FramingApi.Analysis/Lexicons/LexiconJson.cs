using FramingApi.Analysis.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The JSON format of a lexicon (documented in <c>docs/LEXICONS.md</c>):
/// <code>
/// { "name": "claims", "kind": "claims", "description": "…",
///   "categories": [ { "key": "hedge", "description": "…", "role": "hedge" } ],
///   "entries": [ { "term": "alleg*", "categories": ["hedge"], "weight": 1.0 } ] }
/// </code>
/// <c>description</c>, a category's <c>description</c> and <c>role</c>, and an entry's <c>weight</c> (default 1) are
/// optional; so is <c>model</c>, which the API sets on its built-in claims lexicon only
/// (<see cref="LexiconDefinition.Model"/>), and <c>ruleWords</c>, a topics or claims lexicon's word lists for its rules
/// (<see cref="LexiconDefinition.RuleWords"/>: <c>{ "taking_verbs": ["take", …], … }</c>); unknown properties are errors
/// (they are usually typos).
/// </summary>
public static class LexiconJson
{
    /// <summary>Reads and validates a lexicon; terms come back normalised.</summary>
    /// <exception cref="LexiconFormatException">Malformed JSON or an invalid lexicon, with the offending field.</exception>
    public static LexiconDefinition Parse(string json) => Parse(json, nameIfMissing: null);

    /// <summary>
    /// Reads and validates a lexicon whose name may be left out (a new version of a named lexicon): then it is
    /// <paramref name="nameIfMissing"/>. The JSON error of a malformed document is the exception's inner exception.
    /// </summary>
    /// <exception cref="LexiconFormatException">Malformed JSON or an invalid lexicon, with the offending field.</exception>
    public static LexiconDefinition Parse(string json, string? nameIfMissing)
    {
        LexiconJsonModel? model;
        try
        {
            model = JsonSerializer.Deserialize(json, LexiconJsonContext.Default.LexiconJsonModel);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 0 } p ? p.TrimStart('$').TrimStart('.') : null;
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new LexiconFormatException($"Not a valid lexicon JSON document: {ex.Message}", field, line, ex);
        }
        if (model is not null) model.Name ??= nameIfMissing;
        return FromModel(model ?? throw new LexiconFormatException("The JSON document is null."));
    }

    /// <summary>Reads and validates a lexicon from UTF-8 JSON.</summary>
    /// <exception cref="LexiconFormatException">Malformed JSON or an invalid lexicon, with the offending field.</exception>
    public static LexiconDefinition Parse(Stream utf8Json)
    {
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Writes a lexicon as indented JSON (a weight of 1 is left out).</summary>
    public static string Write(LexiconDefinition lexicon) =>
        JsonSerializer.Serialize(ToModel(lexicon), LexiconJsonContext.Default.LexiconJsonModel);

    static LexiconDefinition FromModel(LexiconJsonModel m)
    {
        if (m.Name is null) throw new LexiconFormatException("The lexicon needs a name.", "name");
        if (m.Kind is null) throw new LexiconFormatException("The lexicon needs a kind.", "kind");
        if (m.Categories is null) throw new LexiconFormatException("The lexicon declares no categories.", "categories");
        if (m.Entries is null) throw new LexiconFormatException("The lexicon is empty: it has no entries.", "entries");
        var categories = new LexiconCategory[m.Categories.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            var c = m.Categories[i] ?? throw new LexiconFormatException("A category is null.", $"categories[{i}]");
            categories[i] = new LexiconCategory(c.Key ?? "", c.Description ?? "", c.Role);
        }
        var entries = new LexiconEntry[m.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var e = m.Entries[i] ?? throw new LexiconFormatException("An entry is null.", $"entries[{i}]");
            if (e.Term is null) throw new LexiconFormatException("The entry has no term.", $"entries[{i}].term");
            entries[i] = new LexiconEntry(e.Term, e.Categories ?? [], e.Weight ?? 1);
        }
        if (m.Model is { } modelId && (modelId.Length == 0 || m.Kind != LexiconKinds.Claims))
            throw new LexiconFormatException("Only a claims lexicon names a model, and not with an empty name.", "model");
        Dictionary<string, IReadOnlyList<string>>? ruleWords = null;
        if (m.RuleWords is { } lists)
        {
            ruleWords = new(StringComparer.Ordinal);
            foreach (var (list, words) in lists)
                ruleWords[list] = words ?? throw new LexiconFormatException($"The rule word list {Quoting.Quote(list)} is null.", $"ruleWords.{list}");
        }
        return LexiconValidator.Validate(new LexiconDefinition(m.Name, m.Kind, m.Description ?? "", categories, entries)
        {
            Model = m.Model,
            RuleWords = ruleWords,
        });
    }

    static LexiconJsonModel ToModel(LexiconDefinition d) => new()
    {
        Name = d.Name,
        Kind = d.Kind,
        Description = d.Description,
        Model = d.Model,
        RuleWords = d.RuleWords?.ToDictionary(kv => kv.Key, kv => (List<string>?)[.. kv.Value], StringComparer.Ordinal),
        Categories = [.. d.Categories.Select(c => new LexiconJsonCategory { Key = c.Key, Description = c.Description, Role = c.Role })],
        Entries = [.. d.Entries.Select(e => new LexiconJsonEntry
        {
            Term = e.Term,
            Categories = [.. e.Categories],
            Weight = e.Weight == 1 ? null : e.Weight,
        })],
    };
}

sealed class LexiconJsonModel
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; set; }
    public List<LexiconJsonCategory?>? Categories { get; set; }
    public List<LexiconJsonEntry?>? Entries { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, List<string>?>? RuleWords { get; set; }
}

sealed class LexiconJsonCategory
{
    public string? Key { get; set; }
    public string? Description { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; set; }
}

sealed class LexiconJsonEntry
{
    public string? Term { get; set; }
    public List<string>? Categories { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Weight { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(LexiconJsonModel))]
sealed partial class LexiconJsonContext : JsonSerializerContext;
