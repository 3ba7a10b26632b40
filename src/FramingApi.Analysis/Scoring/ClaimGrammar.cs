using System.Collections.Frozen;
using FramingApi.Analysis.Comparison;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// The closed word classes the claim scorer reads clause structure with: auxiliaries, determiners, prepositions,
/// clause words, pronouns, number words. Only function words live here; every content word that frames a claim (hedges,
/// reporting verbs, accusations, perpetration verbs, event nouns, actors) is lexicon data, and so are the content words
/// the claim rules read (law nouns, evidence nouns, attack nouns …: the claims lexicon's rule words,
/// <see cref="ClaimRuleWords"/>; docs/LEXICONS.md, "Rule words").
/// </summary>
static class ClaimGrammar
{
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Lookup(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "never", "hasn't",
        "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "didn't", "doesn't", "don't",
        "also", "still", "already", "repeatedly", "reportedly", "allegedly", "now", "since", "long", "once", "again",
        "even", "just", "then", "later", "earlier", "previously", "recently", "openly", "publicly", "systematically",
        "deliberately", "clearly", "probably", "possibly", "likely", "apparently", "widely", "routinely");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Lookup(
        "is", "are", "was", "were", "be", "been", "being", "am", "stands", "stand", "stood", "remain", "remains",
        "remained", "get", "got", "gets");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Lookup(
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some",
        "any", "each", "every", "no", "such", "other", "many", "several", "numerous", "all", "both", "more", "most");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Lookup(
        "of", "in", "into", "on", "at", "by", "for", "with", "from", "to", "about", "against", "between", "among",
        "across", "through", "throughout", "during", "within", "without", "under", "over", "after", "before", "since",
        "amid", "amidst", "toward", "towards", "upon", "near", "inside", "outside", "beyond", "via", "per", "despite",
        "including", "like", "behind", "around");

    /// <summary>Prepositions that open a place, a time or a circumstance: what follows is not the claim's agent
    /// unless it names an event ("during Moscow's occupation").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FramePrepositions = Lookup(
        "in", "into", "inside", "across", "throughout", "within", "during", "amid", "amidst", "since", "under",
        "after", "following", "over", "at", "from", "with", "between", "against", "toward", "towards");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = Lookup(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though", "because",
        "if", "unless", "whether", "as");

    /// <summary>Words that introduce who a group of responsible people are ("those responsible, up to the
    /// Kremlin's leadership").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppositionOpeners = Lookup(
        "up", "including", "includes", "namely", "notably", "especially", "particularly", "among", "such");

    /// <summary>Subject pronouns that can take up the source of the sentence before ("They have documented …").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourcePronouns = Lookup("they", "he", "she", "it");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Lookup(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "first",
        "second", "third", "last", "next");

    internal static bool IsSourcePronoun(ReadOnlySpan<char> word) => SourcePronouns.Contains(word);

    internal static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWords.Contains(word);

    static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A negation: <i>not</i>, <i>never</i> or a word in <i>n't</i> (a token's text has its typographic apostrophes
    /// folded to <c>'</c>: <i>won’t</i> reads <i>won't</i>).</summary>
    internal static bool IsNegation(ReadOnlySpan<char> word) =>
        word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal);

    internal static bool IsAuxiliary(ReadOnlySpan<char> word) => Auxiliaries.Contains(word) || IsAdverb(word);

    internal static bool IsBeForm(ReadOnlySpan<char> word) => BeForms.Contains(word);

    internal static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    internal static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    internal static bool IsFramePreposition(ReadOnlySpan<char> word) => FramePrepositions.Contains(word);

    internal static bool IsClauseWord(ReadOnlySpan<char> word) => ClauseWords.Contains(word);

    /// <summary>Words that open a part of what a noun phrase before them names ("violations by Ukrainian forces, mainly
    /// the ill-treatment of prisoners", "crimes, including massacres").</summary>
    internal static bool IsInclusionWord(ReadOnlySpan<char> word) =>
        word is "including" or "notably" or "especially" or "particularly" or "mainly" or "chiefly" or "primarily" or "mostly";

    internal static bool IsAppositionOpener(ReadOnlySpan<char> word) => AppositionOpeners.Contains(word);

    internal static bool IsStopword(ReadOnlySpan<char> word) => EnglishStopwords.Contains(word);

    /// <summary>A lower-case "-ly" adverb of five letters or more ("clearly", "deliberately").</summary>
    internal static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word.EndsWith("ly") && word is not ("family" or "assembly" or "rally" or "supply" or "italy");

    /// <summary>"russia's", "forces'": a possessive form.</summary>
    internal static bool IsPossessive(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("s'");

    /// <summary>A demonym used as an adjective ("russian", "american", "israeli", "ukrainian"), as opposed to a
    /// noun ("russia", "moscow", "putin").</summary>
    internal static bool IsAdjectival(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("an") || word.EndsWith("li") || word.EndsWith("ese") || word.EndsWith("ish"));

    /// <summary>
    /// A lower-case plural noun or third-person verb ("agencies", "officials", "commits"): English adjectives take no
    /// plural, so inside a noun phrase before a claim such a word is a head of its own ("American intelligence
    /// agencies documented war crimes": "American" describes the agencies, not the crimes).
    /// </summary>
    internal static bool IsPluralOrVerbS(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'') && !IsStopword(word);

    /// <summary>A past participle or past tense ("documented", "killed"): a verb unless the lexicon says otherwise.</summary>
    internal static bool IsEdForm(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ed");

    /// <summary>
    /// A noun that names a harmful act done to someone by its form: a nominalisation (<i>execution</i>, <i>killings</i>,
    /// <i>shooting</i>, <i>ill-treatment</i>). The few harm nouns that are also verbs (<i>torture</i>, <i>murder</i>,
    /// <i>rape</i>, <i>massacre</i>) are the claims lexicon's <c>harm_nouns</c> (<see cref="ClaimRuleWords.HarmNouns"/>).
    /// Its <i>of</i> complement is the one it was done to (<i>the execution of Ukrainian soldiers</i>), where a category
    /// noun's names who did it (<i>war crimes of Russian soldiers</i>, <i>the atrocities of the occupiers</i>).
    /// </summary>
    internal static bool IsActNominalisation(ReadOnlySpan<char> word) =>
        word.Length > 5 && (word.EndsWith("tion") || word.EndsWith("tions") || word.EndsWith("ing") || word.EndsWith("ings")
                            || word.EndsWith("ment") || word.EndsWith("ments"));
}
