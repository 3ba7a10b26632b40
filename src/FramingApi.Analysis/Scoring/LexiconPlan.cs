using System.Collections.Frozen;
using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Scoring;

/// <summary>What a category of a compiled lexicon means to the scorers.</summary>
enum ScoringRole : byte
{
    None,
    // Claims lexicons (by the category's role).
    Target,
    Actor,
    Hedge,
    Attribution,
    Denial,
    Accusation,
    Perpetration,
    Event,
    Victim,
    Place,
    // Sourcing lexicons (by the category's key).
    AnonymousSource,
    NamedSourceRole,
    ReportingVerb,
    PersonNoun,
}

/// <summary>An entry's role in a topic or claim target (<see cref="EntryRoles"/>).</summary>
enum CueRole : byte
{
    None,
    Cue,
    Trigger,
}

/// <summary>
/// A compiled lexicon prepared for scoring, once per <see cref="FramingAnalyzer"/>: the role of each category, the
/// score slots of its categories and of its synthetic categories, and per-entry facts the sourcing scorer needs.
/// </summary>
sealed class LexiconPlan
{
    /// <summary>Synthetic categories of a claims lexicon: counts of target mentions by framing.</summary>
    internal static readonly string[] FramingKeys = ["framing_asserted", "framing_hedged", "framing_attributed", "framing_denied"];

    /// <summary>Synthetic categories of a sourcing lexicon: counts of reporting phrases by whose statement they are.</summary>
    internal static readonly string[] AttributionKeys = ["attribution_named", "attribution_anonymous", "attribution_unresolved"];

    internal LexiconPlan(int index, CompiledLexicon lexicon, int slotBase)
    {
        Index = index;
        Lexicon = lexicon;
        IsClaims = lexicon.Kind == LexiconKinds.Claims;
        IsSourcing = lexicon.Kind == LexiconKinds.Sourcing;
        IsTopics = lexicon.Kind == LexiconKinds.Topics;
        TopicWords = new TopicRuleWords(IsTopics ? lexicon.Definition.RuleWords : null);
        ClaimWords = IsClaims ? new ClaimRuleWords(lexicon.Definition.RuleWords) : ClaimRuleWords.Empty;
        var categories = lexicon.Categories;
        Roles = new ScoringRole[categories.Count];
        for (var c = 0; c < categories.Count; c++)
            Roles[c] = IsClaims ? ClaimRole(categories[c].Role) : IsSourcing ? SourcingRole(categories[c].Key) : ScoringRole.None;
        // Categories the scorers read but that are no hits: the claim grammar's perpetration, event and victim words,
        // and the sourcing scorer's person nouns.
        Silent = new bool[categories.Count];
        for (var c = 0; c < categories.Count; c++)
            Silent[c] = Roles[c] is ScoringRole.Perpetration or ScoringRole.Event or ScoringRole.Victim or ScoringRole.Place or ScoringRole.PersonNoun;
        CategoryKeys = [.. categories.Select(c => c.Key)];
        EntryTerms = [.. lexicon.Entries.Select(e => e.Term)];
        SlotBase = slotBase;
        SyntheticKeys = IsClaims ? FramingKeys : IsSourcing ? AttributionKeys : [];
        SyntheticBase = slotBase + categories.Count;
        SlotCount = categories.Count + SyntheticKeys.Length;

        var entries = lexicon.Entries;
        // Cues and triggers ("key@cue" in an entry's categories): the role of each entry in each of its categories, the
        // first one given when an entry gives a category two.
        _categoryCount = categories.Count;
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var reference in entries[e].Categories)
            {
                var (key, role) = EntryRoles.Split(reference);
                if (role is null) continue;
                var category = lexicon.CategoryIndex(key);
                // Roles act on topics and on claim targets (a claims lexicon's other categories count as usual).
                if (IsClaims && Roles[category] != ScoringRole.Target) continue;
                _cueRoles ??= new CueRole[entries.Count * categories.Count];
                if (_cueRoles[e * categories.Count + category] == CueRole.None)
                    _cueRoles[e * categories.Count + category] = role == EntryRoles.Cue ? CueRole.Cue : CueRole.Trigger;
                if (role == EntryRoles.Act && IsClaims) (_acts ??= new bool[entries.Count * categories.Count])[e * categories.Count + category] = true;
            }
        }
        // Topics with a sanction among their triggers (round 23): there a court's own name is a cue only of a sanction on it.
        SanctionTopic = new bool[IsTopics ? categories.Count : 0];
        if (IsTopics && _cueRoles is not null)
            for (var e = 0; e < entries.Count; e++)
                if (!entries[e].Term.Contains(' ') && TopicWords.SanctionWords.Contains(entries[e].Term))
                    for (var c = 0; c < categories.Count; c++)
                        if (_cueRoles[e * categories.Count + c] == CueRole.Trigger) SanctionTopic[c] = true;
        VictimEntry = new bool[IsClaims ? entries.Count : 0];
        PlaceEntry = new bool[IsClaims ? entries.Count : 0];
        if (IsClaims)
        {
            var victims = categories.Where(c => c.Role == CategoryRoles.Victim).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            for (var e = 0; e < entries.Count; e++) VictimEntry[e] = entries[e].Categories.Any(c => victims.Contains(EntryRoles.Split(c).Key));
            var places = categories.Where(c => c.Role == CategoryRoles.Place).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            for (var e = 0; e < entries.Count; e++) PlaceEntry[e] = entries[e].Categories.Any(places.Contains);
        }
        ReportingEntry = new bool[IsSourcing ? entries.Count : 0];
        SentenceWideAnonymity = new bool[IsSourcing ? entries.Count : 0];
        PrivateAside = new bool[IsSourcing ? entries.Count : 0];
        AnonymousSubjects = [];
        AnonymousSubjectsByLastWord = FrozenDictionary<string, string[][]>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!IsSourcing) return;

        // Single words that are reporting verbs in this lexicon ("said", "told"): an anonymous-source phrase that
        // contains one ("officials said", "according to the officials") is itself a reporting phrase.
        var reportingWords = new HashSet<string>(StringComparer.Ordinal) { "according" };
        foreach (var entry in entries)
            if (!entry.Term.Contains(' ') && !LexiconTerms.IsStem(entry.Term)
                && entry.Categories.Any(k => SourcingRole(k) == ScoringRole.ReportingVerb))
                reportingWords.Add(entry.Term);
        var subjects = new List<string[]>();
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if (!entry.Categories.Any(k => SourcingRole(k) == ScoringRole.AnonymousSource)) continue;
            var words = entry.Term.Split(' ');
            ReportingEntry[e] = words.Any(reportingWords.Contains);
            // "officials said", "a source said": the words before the verb are an unnamed subject whatever verb follows
            // ("officials told CNN", "Ukrainian officials alleged").
            if (words.Length > 1 && reportingWords.Contains(words[^1]) && !words[..^1].Any(reportingWords.Contains)
                && !words.Any(LexiconTerms.IsStem))
                subjects.Add(words[..^1]);
            // Formulas that say the whole sentence's source is unnamed, wherever they stand in it.
            SentenceWideAnonymity[e] = SentenceWideFormulas.Any(f => entry.Term.Contains(f, StringComparison.Ordinal));
            // Statements made in private: a source only through their own subject.
            PrivateAside[e] = !ReportingEntry[e] && words.Any(w => PrivateAsideFormulas.Contains(w));
        }
        AnonymousSubjects = [.. subjects];
        AnonymousSubjectsByLastWord = subjects.GroupBy(w => w[^1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parts of anonymous-source formulas that make a whole sentence's source unnamed, wherever they stand in it:
    /// a request or grant of anonymity ("on condition of anonymity", "asked not to be named", "begged us not to print her
    /// name", "asked that her surname be withheld", "asked that only her first name be used", "cannot be named") or a lack
    /// of authority ("not authorized to speak").</summary>
    static readonly string[] SentenceWideFormulas =
    [
        "anonym", "not to be", "to be named", "to be identified", "authorized to", "authorised to", "withheld", "not to print",
        "not to publish", "not to name", "not to use", "not to give", "not want to be", "give her name", "give his name",
        "give their name", "give her full name", "give his full name", "not be", "first name", "surname", "be named",
        "be identified", "condition that", "by name", "permitted to", "allowed to",
    ];

    /// <summary>The word of the anonymous-source formulas that say a statement was made in private ("speaking
    /// privately", "spoke privately", round 25 as mended in round 26): such a formula is an unnamed source only when its
    /// own subject is unidentified (<see cref="AttributionScorer"/>), never a source for another phrase's subject.</summary>
    static readonly string[] PrivateAsideFormulas = ["privately"];

    /// <summary>Index of the lexicon in the analyzer (and in <see cref="Evidence.Lexicon"/>).</summary>
    internal int Index { get; }

    internal CompiledLexicon Lexicon { get; }

    internal bool IsClaims { get; }

    internal bool IsSourcing { get; }

    /// <summary>Topics report every category, covered or not.</summary>
    internal bool IsTopics { get; }

    /// <summary>The topic rules' word lists (a topics lexicon's <see cref="LexiconDefinition.RuleWords"/>; empty for other
    /// kinds).</summary>
    internal TopicRuleWords TopicWords { get; }

    /// <summary>Per category of a topics lexicon: whether a one-word sanction (the rule words'
    /// <see cref="FramingApi.Analysis.Lexicons.RuleWordLists.SanctionWords"/>) is among its triggers; there a cue naming a
    /// court itself pairs only with a sanction on it (round 23). Empty for other kinds.</summary>
    internal bool[] SanctionTopic { get; }

    /// <summary>The claim rules' word lists (a claims lexicon's <see cref="LexiconDefinition.RuleWords"/>; empty for other
    /// kinds).</summary>
    internal ClaimRuleWords ClaimWords { get; }

    /// <summary>Categories that are read by the scorers but give no evidence and no score (by <see cref="LexiconMatch.Category"/>).</summary>
    internal bool[] Silent { get; }

    /// <summary>Key of each category (by <see cref="LexiconMatch.Category"/>).</summary>
    internal string[] CategoryKeys { get; }

    /// <summary>Term of each entry (by <see cref="LexiconMatch.Entry"/>).</summary>
    internal string[] EntryTerms { get; }

    /// <summary>Role of each category (by <see cref="LexiconMatch.Category"/>).</summary>
    internal ScoringRole[] Roles { get; }

    /// <summary>First score slot: category c has slot <c>SlotBase + c</c>.</summary>
    internal int SlotBase { get; }

    /// <summary>Slot of the first synthetic category (<see cref="SyntheticKeys"/>).</summary>
    internal int SyntheticBase { get; }

    /// <summary>Keys of the synthetic categories: framing counts (claims) or attribution counts (sourcing).</summary>
    internal string[] SyntheticKeys { get; }

    /// <summary>Categories plus synthetic categories.</summary>
    internal int SlotCount { get; }

    // By entry * category count + category: the entry's role in the category (null when no entry has one). One load
    // per question: the scorers ask it of every match, and a list per entry was a pointer to follow.
    readonly CueRole[]? _cueRoles;
    readonly int _categoryCount;

    /// <summary>The role of a match's entry in the match's category: cue, trigger or none.</summary>
    internal CueRole CueRoleOf(in LexiconMatch match) =>
        _cueRoles is { } roles ? roles[match.Entry * _categoryCount + match.Category] : CueRole.None;

    /// <summary>Claims: entries with a victim category, whose actor categories name who harmed the victims.</summary>
    internal bool[] VictimEntry { get; }

    /// <summary>Claims: entries with a place category (a cue that counts only as the object of an actor's plain violent
    /// verb).</summary>
    internal bool[] PlaceEntry { get; }

    // Claims: per entry and category, whether the entry is an act of that target ("key@act"); null when none is.
    readonly bool[]? _acts;

    /// <summary>Claims: whether a match is an act of its target ("killed", "struck"): a claim only when its clause names
    /// its agent (<see cref="EntryRoles.Act"/>).</summary>
    internal bool IsAct(in LexiconMatch match) => _acts is { } acts && acts[match.Entry * CategoryKeys.Length + match.Category];

    /// <summary>Sourcing: anonymous-source entries that contain a reporting verb ("officials said").</summary>
    internal bool[] ReportingEntry { get; }

    /// <summary>Sourcing: anonymous-source entries that make a whole sentence anonymous ("on condition of anonymity").</summary>
    internal bool[] SentenceWideAnonymity { get; }

    /// <summary>Per entry of a sourcing lexicon: an anonymous-source formula of a statement made in private ("speaking
    /// privately"), an unnamed source only when its own subject is unidentified (AttributionScorer.IsPrivateAsideOfUnnamed).</summary>
    internal bool[] PrivateAside { get; }

    /// <summary>
    /// Sourcing: unnamed subjects, the words before the reporting verb of the anonymous formulas that end in one
    /// ("officials" of "officials said", "a source" of "a source said"): the subject of any reporting verb.
    /// </summary>
    internal string[][] AnonymousSubjects { get; }

    /// <summary><see cref="AnonymousSubjects"/> by their last word, for a look-up by a noun phrase's head.</summary>
    internal FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> AnonymousSubjectsByLastWord { get; }

    internal ScoringRole Role(in LexiconMatch match) => Roles[match.Category];

    static ScoringRole ClaimRole(string? role) => role switch
    {
        CategoryRoles.Target => ScoringRole.Target,
        CategoryRoles.Actor => ScoringRole.Actor,
        CategoryRoles.Hedge => ScoringRole.Hedge,
        CategoryRoles.Attribution => ScoringRole.Attribution,
        CategoryRoles.Denial => ScoringRole.Denial,
        CategoryRoles.Accusation => ScoringRole.Accusation,
        CategoryRoles.Perpetration => ScoringRole.Perpetration,
        CategoryRoles.Event => ScoringRole.Event,
        CategoryRoles.Victim => ScoringRole.Victim,
        CategoryRoles.Place => ScoringRole.Place,
        _ => ScoringRole.None,
    };

    static ScoringRole SourcingRole(string key) => key switch
    {
        "anonymous_source" => ScoringRole.AnonymousSource,
        "named_source_role" => ScoringRole.NamedSourceRole,
        "person" => ScoringRole.PersonNoun,
        _ when key.StartsWith("reporting_verb", StringComparison.Ordinal) => ScoringRole.ReportingVerb,
        _ => ScoringRole.None,
    };
}
