using FramingApi.Analysis.Text;
namespace FramingApi.Analysis.Lexicons;

/// <summary>Checks a lexicon and normalises its terms; every problem is a <see cref="LexiconFormatException"/>.</summary>
public static class LexiconValidator
{
    /// <summary>Most entries in one lexicon.</summary>
    public const int MaxEntries = 250_000;

    /// <summary>Most categories in one lexicon.</summary>
    public const int MaxCategories = 1_000;

    /// <summary>Longest category key, name or kind, in characters.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>
    /// Largest weight magnitude. Weights are summed per category over a whole article and stored; a bound keeps every
    /// sum a finite number (a weight near <see cref="float.MaxValue"/> would turn into infinity).
    /// </summary>
    public const double MaxWeight = 1_000_000;

    /// <summary>
    /// Validates <paramref name="lexicon"/> and returns it with normalised terms (see
    /// <see cref="LexiconTerms.Normalize"/>); the same instance when nothing needed normalising.
    /// Rejects: an empty name, an unknown kind, no categories, a missing, duplicate or malformed category key, an unknown
    /// role, no entries, more than <see cref="MaxEntries"/> entries, an invalid term (see
    /// <see cref="LexiconTerms.Problem"/>), two entries with the same normalised term, an entry with no category or
    /// naming an undeclared one (or one twice), a weight that is not finite or larger in magnitude than
    /// <see cref="MaxWeight"/>, an entry role (<c>key@cue</c>, <c>key@trigger</c>) outside topics and claims lexicons,
    /// a category with cues but no triggers or triggers but no cues, and rule words (<see cref="LexiconDefinition.RuleWords"/>)
    /// outside a topics or claims lexicon, in a list of a name unknown for the lexicon's kind, more than <see cref="RuleWordLists.MaxWords"/> in a list, or
    /// one that is not a single word or stem or is given twice. <paramref name="fieldOf"/> maps a JSON path to what the
    /// exception names (the .dic reader uses it to name lines); by default the path itself.
    /// </summary>
    public static LexiconDefinition Validate(LexiconDefinition lexicon, Func<string, (string? Field, int? Line)>? fieldOf = null)
    {
        // Definitions are immutable, so one that passed once (a parsed one, say) need not be checked again on compile.
        if (Validated.TryGetValue(lexicon, out _)) return lexicon;
        fieldOf ??= static path => (path, null);
        LexiconFormatException Fail(string message, string path)
        {
            var (field, line) = fieldOf(path);
            return new LexiconFormatException(message, field, line);
        }

        if (string.IsNullOrWhiteSpace(lexicon.Name)) throw Fail("The lexicon needs a name.", "name");
        if (lexicon.Name.Length > MaxKeyLength) throw Fail($"The name is longer than {MaxKeyLength} characters.", "name");
        if (!LexiconKinds.IsKnown(lexicon.Kind))
            throw Fail($"Unknown kind {Quoting.Quote(lexicon.Kind)}; the known kinds are {string.Join(", ", LexiconKinds.All)}.", "kind");

        var categories = lexicon.Categories ?? [];
        if (categories.Count == 0) throw Fail("The lexicon declares no categories.", "categories");
        if (categories.Count > MaxCategories) throw Fail($"More than {MaxCategories} categories.", "categories");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            var c = categories[i] ?? throw Fail("A category is missing.", $"categories[{i}]");
            if (string.IsNullOrEmpty(c.Key)) throw Fail("A category needs a key.", $"categories[{i}].key");
            if (c.Key.Length > MaxKeyLength || c.Key.Any(char.IsWhiteSpace))
                throw Fail($"The category key {Quoting.Quote(c.Key)} must be at most {MaxKeyLength} characters with no white space.", $"categories[{i}].key");
            if (!keys.Add(c.Key)) throw Fail($"The category key {Quoting.Quote(c.Key)} is declared twice.", $"categories[{i}].key");
            if (c.Role is not null && !CategoryRoles.IsKnown(c.Role))
                throw Fail($"Unknown role {Quoting.Quote(c.Role)}; the known roles are {string.Join(", ", CategoryRoles.All)}.", $"categories[{i}].role");
        }

        var entries = lexicon.Entries ?? [];
        if (entries.Count == 0) throw Fail("The lexicon is empty: it has no entries.", "entries");
        if (entries.Count > MaxEntries)
            throw Fail($"The lexicon has {entries.Count} entries; at most {MaxEntries} are allowed.", "entries");

        var seen = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        LexiconEntry[]? normalized = null;
        // Categories an entry role applies to (topics: all; claims: targets), and for each the first cue and trigger.
        // (In a claims lexicon they act on target categories only; any category may carry them, so that a claims
        // lexicon read back from a .dic, which has no category roles, stays valid.)
        var roleCategories = lexicon.Kind is LexiconKinds.Topics or LexiconKinds.Claims ? keys : [];
        Dictionary<string, (int Cue, int Trigger)>? withRoles = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i] ?? throw Fail("An entry is missing.", $"entries[{i}]");
            var term = LexiconTerms.Normalize(e.Term ?? "");
            if (LexiconTerms.Problem(term) is { } problem) throw Fail(problem, $"entries[{i}].term");
            if (!seen.TryAdd(term, i))
                throw Fail($"Duplicate entry {Quoting.Quote(term)} (also entries[{seen[term]}]).", $"entries[{i}].term");

            var cats = e.Categories ?? [];
            if (cats.Count == 0) throw Fail($"The entry {Quoting.Quote(term)} names no category.", $"entries[{i}].categories");
            for (var j = 0; j < cats.Count; j++)
            {
                if (cats[j] is not { } reference) throw Fail($"The entry {Quoting.Quote(term)} names a null category.", $"entries[{i}].categories[{j}]");
                var (key, role) = EntryRoles.Split(reference);
                if (!keys.Contains(key))
                    throw Fail($"The entry {Quoting.Quote(term)} names the undeclared category {Quoting.Quote(key)}.", $"entries[{i}].categories[{j}]");
                for (var k = 0; k < j; k++)
                    if (cats[k] is { } earlier && EntryRoles.Split(earlier).Key == key)
                        throw Fail($"The entry {Quoting.Quote(term)} names the category {Quoting.Quote(key)} twice.", $"entries[{i}].categories[{j}]");
                if (role is null) continue;
                if (!roleCategories.Contains(key))
                    throw Fail($"The entry {Quoting.Quote(term)} is a {role} of {Quoting.Quote(key)}, but cues and triggers are for topics and claims lexicons.",
                        $"entries[{i}].categories[{j}]");
                withRoles ??= new(StringComparer.Ordinal);
                var (cue, trigger) = withRoles.GetValueOrDefault(key, (-1, -1));
                withRoles[key] = role == EntryRoles.Cue ? (cue < 0 ? i : cue, trigger) : (cue, trigger < 0 ? i : trigger);
            }
            if (!double.IsFinite(e.Weight))
                throw Fail($"The weight of {Quoting.Quote(term)} is not a finite number.", $"entries[{i}].weight");
            if (Math.Abs(e.Weight) > MaxWeight)
                throw Fail($"The weight of {Quoting.Quote(term)} is {e.Weight}; weights must lie between -{MaxWeight:0} and {MaxWeight:0}.", $"entries[{i}].weight");

            if (!ReferenceEquals(term, e.Term) && term != e.Term)
            {
                normalized ??= [.. entries];
                normalized[i] = e with { Term = term };
            }
        }
        // A trigger counts only with a cue of its category, and a cue never by itself: a category with one and not the
        // other would never count them.
        if (withRoles is not null)
            foreach (var (key, (cue, trigger)) in withRoles)
                if (cue < 0 || trigger < 0)
                    throw Fail($"The category {Quoting.Quote(key)} has {(cue < 0 ? "triggers but no cue" : "cues but no trigger")}: its {(cue < 0 ? "triggers" : "cues")} would never count.",
                        $"entries[{Math.Max(cue, trigger)}].categories");
        var ruleWords = ValidateRuleWords(lexicon, Fail);
        var result = normalized is null && ReferenceEquals(ruleWords, lexicon.RuleWords)
            ? lexicon : lexicon with { Entries = normalized ?? entries, RuleWords = ruleWords };
        Validated.AddOrUpdate(result, Marker);
        return result;
    }

    /// <summary>Checks a lexicon's rule word lists and returns them with normalised words (the same instance when nothing
    /// needed normalising).</summary>
    static IReadOnlyDictionary<string, IReadOnlyList<string>>? ValidateRuleWords(
        LexiconDefinition lexicon, Func<string, string, LexiconFormatException> fail)
    {
        if (lexicon.RuleWords is not { } lists) return null;
        var known = RuleWordLists.For(lexicon.Kind);
        if (known.Count == 0 && lists.Count > 0)
            throw fail("Only a topics or claims lexicon has rule words (its rules read them).", "ruleWords");
        Dictionary<string, IReadOnlyList<string>>? normalized = null;
        foreach (var (list, words) in lists)
        {
            var path = $"ruleWords.{list}";
            if (!RuleWordLists.IsKnown(lexicon.Kind, list))
                throw fail($"Unknown rule word list {Quoting.Quote(list)} for a {lexicon.Kind} lexicon; the known lists are {string.Join(", ", known)}.", path);
            if (words is null) throw fail($"The rule word list {Quoting.Quote(list)} is null.", path);
            if (words.Count > RuleWordLists.MaxWords) throw fail($"More than {RuleWordLists.MaxWords} words in {Quoting.Quote(list)}.", path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string[]? own = null;
            for (var i = 0; i < words.Count; i++)
            {
                var word = LexiconTerms.Normalize(words[i] ?? "");
                if (LexiconTerms.Problem(word) is { } problem) throw fail(problem, $"{path}[{i}]");
                if (word.Contains(' ')) throw fail($"{Quoting.Quote(word)} is not one word: rule words are single words or stems.", $"{path}[{i}]");
                if (!seen.Add(word)) throw fail($"{Quoting.Quote(word)} is given twice in {Quoting.Quote(list)}.", $"{path}[{i}]");
                if (word != words[i]) (own ??= [.. words])[i] = word;
            }
            if (own is not null) (normalized ??= new(lists, StringComparer.Ordinal))[list] = own;
        }
        return normalized ?? lists;
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LexiconDefinition, object> Validated = new();
    static readonly object Marker = new();
}
