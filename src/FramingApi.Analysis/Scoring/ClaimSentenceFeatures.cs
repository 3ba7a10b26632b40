using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// The features of one sentence for the trained claim-sentence detector (<see cref="ClaimSentenceModel"/>; trained by
/// the benchmark's <c>learn</c> command, docs/VALIDITY.md "A trained claim detector (learn1)"), hashed into <c>2^bits</c> slots (the "hashing
/// trick", Weinberger et al. 2009, "Feature hashing for large scale multitask learning"): each feature is a string
/// whose FNV-1a hash, masked to <c>bits</c> bits, is its slot; present features have value 1, collisions merge.
/// </summary>
/// <remarks>
/// The features, each with its own prefix so that a word and a stem never share a string:
/// <list type="number">
/// <item><c>w:</c> every lower-cased word of the sentence (the library's tokens);</item>
/// <item><c>b:</c> every pair of adjacent words, and <c>b:^ first</c> for the sentence's first word;</item>
/// <item><c>s:</c> a crude stem of every word of four letters or more (<see cref="Stem"/>);</item>
/// <item><c>e:</c> what the library's lexicons already found in the sentence: the category of every evidence span
/// (a claim target, an actor, a hedge, an attribution marker, a sourcing phrase, a topic), prefixed by its lexicon
/// kind; <c>e:claim</c>, <c>e:claim:framing</c> and <c>e:claim:actor</c> for each claim mention; <c>e:source:kind</c> for each
/// reporting phrase;</item>
/// <item><c>v:</c> the sentence's voices (outlet, quotation, comments) and <c>g:</c> the segment it starts in
/// (headline, lead, body);</item>
/// <item>with the feature sets <see cref="ClaimFeatureSet.Roles"/> and <see cref="ClaimFeatureSet.WordsAndRoles"/>,
/// <c>r:</c> the role every match of the claims lexicon plays in the sentence, by voice (<see cref="RolesOf"/>: a
/// violent act, a protected-person cue, a trigger, a target term, an actor, a victim, a hedge, an attribution …,
/// with and without the target's category), and <c>rr:</c> every pair of them — word classes the rules already
/// know, which name no one event;</item>
/// <item>with <see cref="ClaimFeatureSet.WordsRolesAndOrder"/> also <c>o:</c>, where the roles stand
/// (<see cref="OrderOf"/>): neighbouring roles in order, the class of a cue's verb and of an actor's next word.</item>
/// </list>
/// </remarks>
public static class ClaimSentenceFeatures
{
    const uint FnvOffset = 2166136261;
    const uint FnvPrime = 16777619;

    /// <summary><see cref="FnvPrime"/> squared (modulo 2^32): a character below 256 has a zero high byte, and
    /// <c>((h ^ lo) * p ^ 0) * p</c> is <c>(h ^ lo) * p²</c> — one multiplication in the chain instead of two.</summary>
    const uint FnvPrimeSquared = unchecked(FnvPrime * FnvPrime);

    /// <summary>The context of sentence <paramref name="sentence"/> in its article, from the rules' evidence of the whole
    /// article (<paramref name="evidence"/>; claim mentions of any claims lexicon, voice given): <c>prev</c> / <c>next</c>
    /// when the sentence before / after holds a claim mention against russia, <c>article-outlet</c> when the article holds
    /// one in the outlet's voice, <c>article-any</c> when it holds one in any voice (<see cref="ClaimFeatureSet.WordsRolesAndContext"/>).</summary>
    public static List<string> ContextOf(IEnumerable<Evidence> evidence, int sentence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        bool prev = false, next = false, outlet = false, any = false;
        foreach (var e in evidence)
        {
            if (e.Claim is not { Actor: "russia" } || e.Voice == Voice.None) continue;
            any = true;
            outlet |= e.Voice == Voice.Outlet;
            prev |= e.Sentence == sentence - 1;
            next |= e.Sentence == sentence + 1;
        }
        var context = new List<string>(4);
        if (prev) context.Add("prev");
        if (next) context.Add("next");
        if (outlet) context.Add("article-outlet");
        if (any) context.Add("article-any");
        return context;
    }

    /// <summary>FNV-1a of <paramref name="text"/> continued from <paramref name="hash"/> (UTF-16 code units, low byte then high byte).</summary>
    public static uint Hash(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 256)
            {
                hash = (hash ^ c) * FnvPrimeSquared; // the high byte is zero: the same value as the two steps below
                continue;
            }
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The slot of a feature string made of <paramref name="prefix"/>, then the parts joined by a space.</summary>
    public static int Slot(int bits, ReadOnlySpan<char> prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default) =>
        Slot(bits, Hash(FnvOffset, prefix), first, second);

    /// <summary><see cref="Slot(int, ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/> from the prefix's
    /// hash (<see cref="Prefix"/>: the prefixes of <see cref="Of(AnalyzedText, int, IEnumerable{Evidence}, IReadOnlyList{string}, int)"/>
    /// hashed once).</summary>
    static int Slot(int bits, uint prefixHash, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default)
    {
        var hash = Hash(prefixHash, first);
        if (!second.IsEmpty)
        {
            hash = (hash ^ ' ') * FnvPrimeSquared; // " "
            hash = Hash(hash, second);
        }
        return (int)(hash & ((1u << bits) - 1));
    }

    /// <summary>The FNV-1a state after a feature prefix.</summary>
    static class Prefix
    {
        internal static readonly uint Word = Hash(FnvOffset, "w:");
        internal static readonly uint Pair = Hash(FnvOffset, "b:");
        internal static readonly uint Stem = Hash(FnvOffset, "s:");
        internal static readonly uint Passive = Hash(FnvOffset, "p:");
        internal static readonly uint Evidence = Hash(FnvOffset, "e:");
        internal static readonly uint Claim = Hash(FnvOffset, "e:claim:");
        internal static readonly uint Source = Hash(FnvOffset, "e:source:");
        internal static readonly uint Voice = Hash(FnvOffset, "v:");
        internal static readonly uint Segment = Hash(FnvOffset, "g:");
        internal static readonly uint Role = Hash(FnvOffset, "r:");
        internal static readonly uint RolePair = Hash(FnvOffset, "rr:");
        internal static readonly uint Order = Hash(FnvOffset, "o:");
    }

    /// <summary>Whether feature set <paramref name="features"/> reads the claim roles (<see cref="RolesOf"/>).</summary>
    internal static bool UsesRoles(ClaimFeatureSet features) =>
        features is ClaimFeatureSet.Roles or ClaimFeatureSet.WordsAndRoles or ClaimFeatureSet.WordsRolesAndContext or ClaimFeatureSet.WordsRolesAndOrder;

    /// <summary>The roles a model of feature set <paramref name="features"/> reads in sentence <paramref name="sentence"/>:
    /// none (<c>null</c>), <see cref="RolesOf"/>, or those and <see cref="OrderOf"/> (each prefixed <c>&gt;</c>).</summary>
    internal static List<string>? RolesFor(ScoringDocument document, LexiconPlan plan, int sentence, ClaimFeatureSet features)
    {
        if (!UsesRoles(features)) return null;
        var roles = RolesOf(document, plan, sentence);
        if (features is ClaimFeatureSet.WordsRolesAndOrder) roles.AddRange(OrderOf(document, plan, sentence));
        return roles;
    }

    /// <summary>
    /// A crude suffix-stripped stem: the first of -ations, -ation, -ings, -ing, -edly, -ed, -ies (to -y), -es, -ers,
    /// -er, -ly, -ments, -ment, -ions, -ion, -s whose removal leaves at least three letters; else the word.
    /// </summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IsEmpty) return word;
        var last = word[^1];
        foreach (var suffix in Suffixes)
        {
            // The last character first: most suffixes are settled by it, without EndsWith's call.
            if (suffix[^1] != last || word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (suffix != "ies" || buffer.Length < stem.Length + 1) return stem;
            stem.CopyTo(buffer);
            buffer[stem.Length] = 'y';
            return buffer[..(stem.Length + 1)];
        }
        return word;
    }

    static readonly string[] Suffixes =
        ["ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ers", "er", "ly", "ments", "ment", "ions", "ion", "s"];

    /// <summary>
    /// The sorted, distinct slots of sentence <paramref name="sentence"/> of <paramref name="text"/>, given the evidence
    /// the analysis found in that sentence (<paramref name="evidence"/>, any order) and the kinds of the analyzer's
    /// lexicons (indexed by <see cref="Evidence.Lexicon"/>).
    /// </summary>
    public static int[] Of(AnalyzedText text, int sentence, IEnumerable<Evidence> evidence, IReadOnlyList<string> lexiconKinds, int bits) =>
        Of(text, sentence, evidence, lexiconKinds, bits, ClaimFeatureSet.Words);

    /// <summary><see cref="Of(AnalyzedText, int, IEnumerable{Evidence}, IReadOnlyList{string}, int)"/> for a model of
    /// feature set <paramref name="features"/>.</summary>
    public static int[] Of(AnalyzedText text, int sentence, IEnumerable<Evidence> evidence, IReadOnlyList<string> lexiconKinds, int bits,
        ClaimFeatureSet features) => Of(text, sentence, evidence, lexiconKinds, bits, features, roles: null);

    /// <summary>The slots of the sentence being read, one list per thread (<see cref="Of(AnalyzedText, int,
    /// IEnumerable{Evidence}, IReadOnlyList{string}, int, ClaimFeatureSet, IReadOnlyList{string}?, IReadOnlyList{string}?)"/>).</summary>
    [ThreadStatic] static List<int>? t_slots;

    /// <summary><see cref="Of(AnalyzedText, int, IEnumerable{Evidence}, IReadOnlyList{string}, int, ClaimFeatureSet)"/>
    /// with the sentence's claim-match roles (<see cref="RolesOf"/>; read only by the role feature sets).</summary>
    internal static int[] Of(AnalyzedText text, int sentence, IEnumerable<Evidence> evidence, IReadOnlyList<string> lexiconKinds, int bits,
        ClaimFeatureSet features, IReadOnlyList<string>? roles, IReadOnlyList<string>? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(lexiconKinds);
        // The thread's list, emptied: the slots leave it as a new array, sorted and distinct. A new list per sentence
        // grew two or three times for a sentence of average length (three slots a word, and the role pairs).
        var slots = t_slots ??= new List<int>(256);
        slots.Clear();
        var s = text.Sentences[sentence];
        Span<char> stemBuffer = stackalloc char[64];
        ReadOnlySpan<char> previous = "^";
        var words = features is ClaimFeatureSet.Words or ClaimFeatureSet.WordsAndClasses or ClaimFeatureSet.WordsAndRoles or ClaimFeatureSet.WordsRolesAndContext
            or ClaimFeatureSet.WordsRolesAndOrder;
        var classes = features is ClaimFeatureSet.Classes or ClaimFeatureSet.WordsAndClasses;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            var word = text.TokenText(t);
            if (words)
            {
                slots.Add(Slot(bits, Prefix.Word, word));
                slots.Add(Slot(bits, Prefix.Pair, previous, word));
                if (word.Length >= 4 && word.Length < stemBuffer.Length) slots.Add(Slot(bits, Prefix.Stem, Stem(word, stemBuffer)));
            }
            if (classes && previous is "was" or "were" or "been" or "being" or "be" or "is" or "are" && word.EndsWith("ed", StringComparison.Ordinal))
                slots.Add(Slot(bits, Prefix.Passive, "passive"));
            previous = word;
        }
        List<string>? claimCategories = classes ? [] : null;
        foreach (var e in evidence)
        {
            var kind = e.Lexicon < lexiconKinds.Count ? lexiconKinds[e.Lexicon] : "lexicon";
            slots.Add(Slot(bits, Prefix.Evidence, kind, e.Category));
            if (claimCategories is not null && kind == "claims") claimCategories.Add(e.Category);
            if (e.Claim is { } claim)
            {
                slots.Add(Slot(bits, Prefix.Evidence, "claim"));
                slots.Add(Slot(bits, Prefix.Claim, claim.Framing.ToString()));
                slots.Add(Slot(bits, Prefix.Claim, claim.Actor));
                if (classes) slots.Add(Slot(bits, Prefix.Claim, claim.Actor, claim.Framing.ToString()));
            }
            if (e.Attribution is { } attribution) slots.Add(Slot(bits, Prefix.Source, attribution.Kind.ToString()));
        }
        if (claimCategories is not null)
        {
            // Semantic classes instead of words: pairs of the claims lexicon's categories in the sentence (an actor with
            // a target, a hedge with a target), the sentence's place in the article and its length.
            claimCategories.Sort(StringComparer.Ordinal);
            for (var i = 0; i < claimCategories.Count; i++)
                for (var j = i + 1; j < claimCategories.Count; j++)
                    if (claimCategories[i] != claimCategories[j]) slots.Add(Slot(bits, "x:", claimCategories[i], claimCategories[j]));
            slots.Add(Slot(bits, "i:", sentence switch { 0 => "0", 1 => "1", 2 => "2", < 6 => "3", < 12 => "6", _ => "12" }));
            slots.Add(Slot(bits, "n:", s.TokenCount switch { < 10 => "short", < 30 => "medium", _ => "long" }));
        }
        if (context is not null && features is ClaimFeatureSet.WordsRolesAndContext)
            foreach (var c in context) slots.Add(Slot(bits, "c:", c));
        if (roles is not null && features is ClaimFeatureSet.WordsRolesAndOrder)
        {
            // The order features (OrderOf, prefixed '>') stand alone, never in pairs; the roles before them pair as below.
            var ordered = 0;
            while (ordered < roles.Count && !roles[ordered].StartsWith('>')) ordered++;
            if (ordered < roles.Count)
            {
                for (var i = ordered; i < roles.Count; i++) slots.Add(Slot(bits, Prefix.Order, roles[i].AsSpan(1)));
                roles = roles.Take(ordered).ToList();
            }
        }
        if (UsesRoles(features) && roles is not null && roles.Count > 0)
        {
            // "rr:" + the lesser role + " " + the other: the hash state after each role's "rr:a " once, not once per pair
            // (a role is never empty, so this is Slot(bits, "rr:", a, b) exactly).
            var mask = (1u << bits) - 1;
            Span<uint> pairStates = roles.Count <= 64 ? stackalloc uint[64] : new uint[roles.Count];
            for (var i = 0; i < roles.Count; i++) pairStates[i] = (Hash(Prefix.RolePair, roles[i]) ^ ' ') * FnvPrimeSquared;
            for (var i = 0; i < roles.Count; i++)
            {
                slots.Add(Slot(bits, Prefix.Role, roles[i]));
                for (var j = i + 1; j < roles.Count; j++)
                    if (string.CompareOrdinal(roles[i], roles[j]) is var order && order != 0)
                        slots.Add((int)((order < 0 ? Hash(pairStates[i], roles[j]) : Hash(pairStates[j], roles[i])) & mask));
            }
        }
        foreach (var voice in (ReadOnlySpan<Voice>)[Voice.Outlet, Voice.Quotation, Voice.Comments])
            if (s.Has(voice)) slots.Add(Slot(bits, Prefix.Voice, voice.ToString()));
        slots.Add(Slot(bits, Prefix.Segment, s.Segment.ToString()));
        var sorted = CollectionsMarshal.AsSpan(slots);
        sorted.Sort();
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        return sorted[..distinct].ToArray();
    }

    /// <summary>
    /// The roles the matches of claims lexicon <paramref name="plan"/> play in sentence <paramref name="sentence"/>,
    /// distinct, in first-seen order: per match, its voice (<c>O</c>, <c>Q</c>, <c>C</c>) and its role — for a target
    /// whether it is an act (<c>act</c>), a cue (<c>cue</c>), a trigger (<c>trigger</c>) or a term (<c>term</c>), once
    /// alone and once with its category; for an actor its category, <c>victim</c> for an actor a victim entry implies;
    /// else the role's name (hedge, attribution, denial, accusation, perpetration, event, victim, place).
    /// </summary>
    internal static List<string> RolesOf(ScoringDocument document, LexiconPlan plan, int sentence)
    {
        var roles = new List<string>();
        var names = RoleNameCache.GetValue(plan, static p => new RoleNames(p));
        var tokens = document.Text.Tokens;
        var matches = CollectionsMarshal.AsSpan(document.Matches);
        // Matches are in text order (by first token): start at the sentence's first one instead of the article's.
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[matches[mid].FirstToken].Sentence < sentence) lo = mid + 1; else hi = mid;
        }
        foreach (ref readonly var match in matches[lo..])
        {
            if (match.Lexicon != plan.Index) continue;
            var first = tokens[match.FirstToken];
            if (first.Sentence > sentence) break; // matches are in text order
            if (first.Voice == Voice.None) continue;
            var voice = first.Voice switch { Voice.Outlet => 0, Voice.Quotation => 1, _ => 2 };
            switch (plan.Role(match))
            {
                case ScoringRole.Target:
                    var kind = plan.IsAct(match) ? 0 : plan.CueRoleOf(match) switch { CueRole.Cue => 1, CueRole.Trigger => 2, _ => 3 };
                    Add(names.Target(voice, kind));
                    Add(names.Target(voice, kind, match.Category));
                    break;
                case ScoringRole.Actor:
                    Add(plan.VictimEntry[match.Entry] ? names.VictimActor(voice) : names.Actor(voice, match.Category));
                    break;
                case var role:
                    Add(names.Role(voice, role));
                    break;
            }
        }
        return roles;

        void Add(string role)
        {
            if (!roles.Contains(role)) roles.Add(role);
        }
    }

    /// <summary>
    /// Where the claims lexicon's matches stand in sentence <paramref name="sentence"/> and what kind of word stands
    /// beside them (detector11's <see cref="ClaimFeatureSet.WordsRolesAndOrder"/>), each string prefixed <c>&gt;</c>,
    /// distinct, in first-seen order. Word classes and positions, no event's words:
    /// <list type="bullet">
    /// <item>two neighbouring matches of different roles (<see cref="RolesOf"/>' names without the category), in their
    /// order, and how many words lie between them: <c>&gt;O:actor:russia|O:act|0</c> (<i>Russian troops shelled</i>),
    /// <c>&gt;O:act|O:cue|1-3</c>, <c>|4+</c>;</item>
    /// <item>a target that is not an act (a cue, a trigger, a term) as the object of a verb the lexicon need not know:
    /// the suffix class (<see cref="SuffixClass"/>) of the nearest word of four letters or more up to three words
    /// before it, <c>&gt;-ed&gt;O:cue</c> (<i>struck the hospital</i>);</item>
    /// <item>an actor as a verb's subject: the suffix class of the word after it, <c>&gt;O:actor:russia&gt;-ed</c>
    /// (<i>Russian forces fired</i>).</item>
    /// </list>
    /// Measured with more (every ordered pair of roles, the first and last role, a passive or <i>by</i> at an act, the
    /// number of acts): those lost held out (docs/VALIDITY.md, "The claim detector, round 11").
    /// </summary>
    internal static List<string> OrderOf(ScoringDocument document, LexiconPlan plan, int sentence)
    {
        var order = new List<string>();
        var text = document.Text;
        var tokens = text.Tokens;
        var s = text.Sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        var matches = CollectionsMarshal.AsSpan(document.Matches);
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[matches[mid].FirstToken].Sentence < sentence) lo = mid + 1; else hi = mid;
        }
        string? previous = null;
        var previousEnd = 0;
        foreach (ref readonly var match in matches[lo..])
        {
            if (match.Lexicon != plan.Index) continue;
            var first = tokens[match.FirstToken];
            if (first.Sentence > sentence) break; // matches are in text order
            if (first.Voice == Voice.None) continue;
            var voice = first.Voice switch { Voice.Outlet => "O:", Voice.Quotation => "Q:", _ => "C:" };
            var after = match.FirstToken + match.TokenCount;
            string name;
            switch (plan.Role(match))
            {
                case ScoringRole.Target when plan.IsAct(match):
                    name = voice + "act";
                    break;
                case ScoringRole.Target:
                    name = voice + plan.CueRoleOf(match) switch { CueRole.Cue => "cue", CueRole.Trigger => "trigger", _ => "term" };
                    // The object of a verb: the nearest word of four letters or more, up to three words back (over
                    // determiners and short words).
                    for (var w = match.FirstToken - 1; w >= s.FirstToken && w >= match.FirstToken - 3; w--)
                        if (text.TokenText(w) is { Length: >= 4 } verb)
                        {
                            Add(SuffixClass(verb) + ">" + name);
                            break;
                        }
                    break;
                case ScoringRole.Actor:
                    name = voice + (plan.VictimEntry[match.Entry] ? "victim-actor" : "actor:" + plan.CategoryKeys[match.Category]);
                    if (after < end) Add(name + ">" + SuffixClass(text.TokenText(after))); // the subject of a verb
                    break;
                case var role:
                    name = voice + role.ToString().ToLowerInvariant();
                    break;
            }
            if (previous is not null && previous != name)
            {
                var gap = match.FirstToken - previousEnd;
                Add(previous + "|" + name + (gap <= 0 ? "|0" : gap <= 3 ? "|1-3" : "|4+"));
            }
            previous = name;
            previousEnd = after;
        }
        return order;

        void Add(string feature)
        {
            feature = ">" + feature;
            if (!order.Contains(feature)) order.Add(feature);
        }
    }

    /// <summary>A word's suffix class: <c>-ed</c>, <c>-ing</c>, <c>-tion</c> (also -sion, -ment: a nominalised verb),
    /// <c>-s</c> (not -ss), else <c>w</c>.</summary>
    internal static string SuffixClass(ReadOnlySpan<char> word) =>
        word.EndsWith("ed") ? "-ed" : word.EndsWith("ing") ? "-ing"
        : word.EndsWith("tion") || word.EndsWith("sion") || word.EndsWith("ment") ? "-tion"
        : word.EndsWith("s") && !word.EndsWith("ss") ? "-s" : "w";

    static readonly ConditionalWeakTable<LexiconPlan, RoleNames> RoleNameCache = [];

    /// <summary>The role strings of <see cref="RolesOf"/> for one claims lexicon, made once instead of once per match:
    /// <c>O:act</c>, <c>O:act:war_crimes</c>, <c>Q:victim-actor</c>, <c>C:actor:russia</c>, <c>O:hedge</c> ….</summary>
    sealed class RoleNames
    {
        static readonly string[] Voices = ["O", "Q", "C"];
        static readonly string[] Kinds = ["act", "cue", "trigger", "term"];
        static readonly ScoringRole[] AllRoles = Enum.GetValues<ScoringRole>();
        readonly int _categories;
        readonly int _roles;
        readonly string[] _target, _targetCategory, _victimActor, _actor, _role;

        internal RoleNames(LexiconPlan plan)
        {
            var keys = plan.CategoryKeys;
            _categories = keys.Length;
            _roles = AllRoles.Max(r => (int)r) + 1;
            _target = new string[Voices.Length * Kinds.Length];
            _targetCategory = new string[Voices.Length * Kinds.Length * _categories];
            _victimActor = new string[Voices.Length];
            _actor = new string[Voices.Length * _categories];
            _role = new string[Voices.Length * _roles];
            for (var v = 0; v < Voices.Length; v++)
            {
                var voice = Voices[v];
                for (var k = 0; k < Kinds.Length; k++)
                {
                    _target[v * Kinds.Length + k] = $"{voice}:{Kinds[k]}";
                    for (var c = 0; c < _categories; c++)
                        _targetCategory[(v * Kinds.Length + k) * _categories + c] = $"{voice}:{Kinds[k]}:{keys[c]}";
                }
                _victimActor[v] = $"{voice}:victim-actor";
                for (var c = 0; c < _categories; c++) _actor[v * _categories + c] = $"{voice}:actor:{keys[c]}";
                foreach (var role in AllRoles) _role[v * _roles + (int)role] = $"{voice}:{role.ToString().ToLowerInvariant()}";
            }
        }

        internal string Target(int voice, int kind) => _target[voice * Kinds.Length + kind];
        internal string Target(int voice, int kind, int category) => _targetCategory[(voice * Kinds.Length + kind) * _categories + category];
        internal string VictimActor(int voice) => _victimActor[voice];
        internal string Actor(int voice, int category) => _actor[voice * _categories + category];
        internal string Role(int voice, ScoringRole role) => _role[voice * _roles + (int)role];
    }

    /// <summary>The kind of each lexicon of <paramref name="analyzer"/>, by its index (for <see cref="Of(AnalyzedText, int, IEnumerable{Evidence}, IReadOnlyList{string}, int)"/>).</summary>
    public static IReadOnlyList<string> LexiconKindsOf(FramingAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return [.. analyzer.Lexicons.Select(l => l.Kind)];
    }
}

/// <summary>The features a claim-sentence model was trained on (its file's <c>features</c>).</summary>
public enum ClaimFeatureSet
{
    /// <summary>Words, word pairs, stems and the lexicons' evidence (learn1's features; a model file without
    /// <c>features</c>).</summary>
    Words = 0,
    /// <summary>No words: the lexicons' evidence, pairs of the claims lexicon's categories in the sentence, claim actor with
    /// framing, a passive, the sentence's place in the article and its length — classes that do not name one event.</summary>
    Classes = 1,
    /// <summary>Both: <see cref="Words"/> and the classes of <see cref="Classes"/>.</summary>
    WordsAndClasses = 2,
    /// <summary>No words: the lexicons' evidence and the roles the claims lexicon's matches play in the sentence, alone
    /// and in pairs (<see cref="ClaimSentenceFeatures.RolesOf"/>: acts, cues, triggers, actors, hedges …).</summary>
    Roles = 3,
    /// <summary>Both: <see cref="Words"/> and the roles of <see cref="Roles"/>.</summary>
    WordsAndRoles = 4,
    /// <summary><see cref="WordsAndRoles"/> and the sentence's context in the article (<see cref="ClaimSentenceFeatures.ContextOf"/>:
    /// the rules' claims against russia in the sentences before and after it and anywhere in the article; detector8,
    /// measured and not shipped).</summary>
    WordsRolesAndContext = 5,
    /// <summary><see cref="WordsAndRoles"/> and where the roles stand (<see cref="ClaimSentenceFeatures.OrderOf"/>: neighbouring
    /// roles in order with the distance between them, the suffix class of the verb before a cue and of the word after an
    /// actor — a verb's object and subject without a parser; detector11).</summary>
    WordsRolesAndOrder = 6,
}
