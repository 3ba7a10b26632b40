using System.Security.Cryptography;
using System.Text;

namespace FramingApi.Analysis.Lexicons;

/// <summary>The kinds of lexicon the scorers know.</summary>
public static class LexiconKinds
{
    /// <summary>Claim targets, actors and framing markers (hedge, attribution, denial): the claim-framing scorer.</summary>
    public const string Claims = "claims";
    /// <summary>Anonymous versus named sources and reporting verbs: the sourcing scorer.</summary>
    public const string Sourcing = "sourcing";
    /// <summary>Charged or evaluative language: the loaded-language scorer.</summary>
    public const string Loaded = "loaded";
    /// <summary>Themes of a story: the topic-emphasis scorer.</summary>
    public const string Topics = "topics";
    /// <summary>Any other lexicon (an imported LIWC dictionary, say): counted per category.</summary>
    public const string Custom = "custom";

    /// <summary>All known kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [Claims, Sourcing, Loaded, Topics, Custom];

    /// <summary>Whether <paramref name="kind"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}

/// <summary>The roles a category can play for the claim-framing scorer.</summary>
public static class CategoryRoles
{
    /// <summary>A claim target ("war crimes", "genocide").</summary>
    public const string Target = "target";
    /// <summary>An actor a claim can be attributed to ("russian", "u.s.").</summary>
    public const string Actor = "actor";
    /// <summary>A hedge ("alleged", "reportedly").</summary>
    public const string Hedge = "hedge";
    /// <summary>An attribution ("according to", "said").</summary>
    public const string Attribution = "attribution";
    /// <summary>A denial ("denied", "no evidence").</summary>
    public const string Denial = "denial";
    /// <summary>An accusation ("accused", "charged with", "blamed"): attributes the claim when someone makes it
    /// ("prosecutors accuse the unit of torture"), hedges it when nobody does ("the unit is accused of torture"); the
    /// accused is the claim's actor.</summary>
    public const string Accusation = "accusation";
    /// <summary>A predicate that makes its subject the claim's agent ("committed", "carried out", "responsible
    /// for").</summary>
    public const string Perpetration = "perpetration";
    /// <summary>An event noun whose owner is the claim's agent ("Moscow's occupation", "the Russian invasion"), or,
    /// together with an actor category on the same entry, an event that names its agent ("invasion of Ukraine",
    /// "Russian-occupied").</summary>
    public const string Event = "event";

    /// <summary>Victims whose naming implies who harmed them: an entry with this role and an actor category ("ukrainian
    /// children" → russia) gives that actor to a claim whose victims they are ("the deportation of Ukrainian
    /// children", "torture of Ukrainian detainees"); such an entry is no actor cue otherwise.</summary>
    public const string Victim = "victim";
    /// <summary>Places and their people ("city", "villages", "the town's residents"): cues of a claim target, on the same
    /// entry, that make a plain violent verb a claim only when an actor is its subject and they are its object ("Russia
    /// shelled the city", not "the shelling near the city").</summary>
    public const string Place = "place";

    /// <summary>All known roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Target, Actor, Hedge, Attribution, Denial, Accusation, Perpetration, Event, Victim, Place];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}

/// <summary>
/// The roles an entry can play in a topic of a topics lexicon or a target of a claims lexicon, written after the
/// category key in the entry's category list ("pentagon_resistance@cue", "pentagon_resistance@trigger"). A topic or
/// claim then needs evidence, not an entity ("the Pentagon" is no Pentagon resistance; "children" are no deportation):
/// a trigger counts only with a cue of the same category near it in its sentence, and a cue never counts by itself.
/// A category named without a role counts by itself, as in every other lexicon. One entry can play different roles in
/// different categories ("court": a cue of accountability, a trigger of ICC scrutiny).
/// </summary>
public static class EntryRoles
{
    /// <summary>Who or what the topic or claim is about ("pentagon", "children"): needed by a trigger, never a hit.</summary>
    public const string Cue = "cue";
    /// <summary>What makes it the topic or claim ("resist*", "blocked"; "deported", "taken to russia"): a hit when a cue of
    /// its category is near it (the hit is the trigger; the cue is its evidence).</summary>
    public const string Trigger = "trigger";
    /// <summary>An act that is a claim only when its agent is named ("killed", "struck", "taken": "Russian troops killed
    /// civilians", "children taken by Russian forces", not "two civilians were killed"): a trigger of a claim target (a
    /// cue of its category near it) that counts only when its own clause names who did it — an actor as its subject,
    /// its "by" agent or its accused. In a topics lexicon it is a trigger.</summary>
    public const string Act = "act";

    /// <summary>Between a category key and a role in an entry's category list: <c>key@cue</c>.</summary>
    public const char Separator = '@';

    /// <summary>All known entry roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Cue, Trigger, Act];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The category key and the role of an entry's category reference ("x@cue" → x, cue; "x" → x, null).</summary>
    public static (string Key, string? Role) Split(string category)
    {
        var at = category.LastIndexOf(Separator);
        return at >= 0 && IsKnown(category[(at + 1)..]) ? (category[..at], category[(at + 1)..]) : (category, null);
    }
}

/// <summary>A category of a lexicon.</summary>
/// <param name="Key">Stable identifier, e.g. <c>hedge</c> or <c>cluster_munitions</c>: no white space.</param>
/// <param name="Description">What the category means, for users.</param>
/// <param name="Role">Optional role for the claim-framing scorer (see <see cref="CategoryRoles"/>); null otherwise.</param>
public sealed record LexiconCategory(string Key, string Description = "", string? Role = null);

/// <summary>A term of a lexicon and the categories it counts for.</summary>
/// <param name="Term">A word, a phrase of up to 8 words, or a stem with a trailing <c>*</c> ("alleg*").
/// Stored lower-cased with single spaces (see <see cref="LexiconTerms.Normalize"/>).</param>
/// <param name="Categories">Keys of the categories the term counts for (at least one), each optionally with an entry
/// role (<c>key@cue</c>, <c>key@trigger</c>: see <see cref="EntryRoles"/>).</param>
/// <param name="Weight">The weight of each hit; 1 unless given.</param>
public sealed record LexiconEntry(string Term, IReadOnlyList<string> Categories, double Weight = 1)
{
    /// <summary>Equality by content: same term, same category keys in the same order, same weight.</summary>
    public bool Equals(LexiconEntry? other) =>
        other is not null && Term == other.Term && Weight.Equals(other.Weight) &&
        Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Term);
        hash.Add(Weight);
        foreach (var c in Categories) hash.Add(c);
        return hash.ToHashCode();
    }
}

/// <summary>
/// A lexicon: named categories and the terms that count for them. Build one with a constructor and check it with
/// <see cref="LexiconValidator.Validate"/>, or read one with <see cref="LexiconJson.Parse(string)"/> or
/// <see cref="LiwcDic.Parse(TextReader, string, string)"/> (which validate and normalise).
/// </summary>
/// <param name="Name">The lexicon's name.</param>
/// <param name="Kind">One of <see cref="LexiconKinds.All"/>.</param>
/// <param name="Description">What the lexicon is for and where it comes from.</param>
/// <param name="Categories">The categories, in order (their index is the category number of a match).</param>
/// <param name="Entries">The terms, in order.</param>
public sealed record LexiconDefinition(
    string Name,
    string Kind,
    string Description,
    IReadOnlyList<LexiconCategory> Categories,
    IReadOnlyList<LexiconEntry> Entries)
{
    /// <summary>
    /// The trained model a built-in claims lexicon comes with (<see cref="Scoring.ClaimSentenceModel.Id"/>:
    /// name, version and SHA-256 of the model file), or null: part of the content, so a new model is a new version.
    /// Only the API's built-in claims lexicon gets one; the analyzer runs the model it is given only for a claims
    /// lexicon that names it.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>
    /// A topics or claims lexicon's word lists for its rules, by list name (<see cref="RuleWordLists"/>; single
    /// normalised words or stems), or null: part of the content, so changing a list is a new version.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? RuleWords { get; init; }

    /// <summary>Equality by content: lists compared element by element.</summary>
    public bool Equals(LexiconDefinition? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Description == other.Description &&
        Model == other.Model && Categories.SequenceEqual(other.Categories) && Entries.SequenceEqual(other.Entries) &&
        SameRuleWords(RuleWords, other.RuleWords);

    static bool SameRuleWords(IReadOnlyDictionary<string, IReadOnlyList<string>>? a, IReadOnlyDictionary<string, IReadOnlyList<string>>? b)
    {
        if (a is null || b is null) return (a?.Count ?? 0) == (b?.Count ?? 0);
        return a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var words) && kv.Value.SequenceEqual(words, StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Categories.Count, Entries.Count);

    /// <summary>
    /// SHA-256 (lower-case hex) of a canonical serialisation of the content: kind, description, categories sorted by
    /// key (with their descriptions and roles), and entries with normalised terms sorted ordinally, each with its
    /// category keys (with their entry roles) sorted and its weight, then the <see cref="RuleWords"/> (lists by name, words
    /// sorted) and the <see cref="Model"/> when there are any. The name is not part of it (renaming is not a new
    /// content), and neither is the order of categories or entries: the same content always gives the same hash.
    /// </summary>
    public string ContentHash
    {
        get
        {
            var sb = new StringBuilder(64 + Entries.Count * 24);
            sb.Append("framing-lexicon/1\n").Append(Kind).Append('\n');
            AppendEscaped(sb, Description);
            foreach (var c in Categories.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                sb.Append("c\t").Append(c.Key).Append('\t').Append(c.Role ?? "").Append('\t');
                AppendEscaped(sb, c.Description);
            }
            var entries = Entries
                .Select(e => (Term: LexiconTerms.Normalize(e.Term), e.Categories, e.Weight))
                .OrderBy(e => e.Term, StringComparer.Ordinal);
            foreach (var (term, categories, weight) in entries)
            {
                sb.Append("e\t").Append(term).Append('\t');
                sb.AppendJoin(',', categories.Order(StringComparer.Ordinal));
                sb.Append('\t').Append(weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
            if (RuleWords is not null) // absent or empty: the hashes of before
                foreach (var (list, words) in RuleWords.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                    sb.Append("r\t").Append(list).Append('\t').AppendJoin(',', words.Order(StringComparer.Ordinal)).Append('\n');
            if (Model is not null) sb.Append("m\t").Append(Model).Append('\n'); // absent: the hashes of before
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
        }
    }

    static void AppendEscaped(StringBuilder sb, string? text)
    {
        foreach (var ch in text ?? "")
        {
            if (ch is '\\' or '\n' or '\t') sb.Append('\\').Append(ch switch { '\n' => 'n', '\t' => 't', _ => '\\' });
            else sb.Append(ch);
        }
        sb.Append('\n');
    }
}
