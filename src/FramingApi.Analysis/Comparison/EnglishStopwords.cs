using System.Collections.Frozen;

namespace FramingApi.Analysis.Comparison;

/// <summary>
/// A small built-in list of English function words (articles, pronouns, auxiliaries, prepositions, conjunctions,
/// contractions and a few very frequent adverbs) for <see cref="FightinWordsOptions.ExcludeStopwords"/>.
/// </summary>
/// <remarks>
/// It is a fixed part of the statistic's configuration, not a user lexicon, so it lives in code as a frozen set rather
/// than among the lexicon data files; callers that need another list pass <see cref="FightinWordsOptions.Stopwords"/>.
/// It holds only closed-class words, written for this project: no content word (no verb other than be/have/do and
/// modals, no noun) is on it, so nothing that could carry framing ("said", "alleged", "regime") is ever hidden.
/// </remarks>
public static class EnglishStopwords
{
    /// <summary>The stopwords, lower-case, ordinal comparison.</summary>
    public static FrozenSet<string> Words { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the",
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves",
        "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "there", "here",
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
        "before", "after", "above", "below", "to", "from", "up", "down", "out", "off", "over", "under", "upon",
        "within", "without", "across", "along", "among", "around", "behind", "beyond", "toward", "towards", "onto",
        "and", "but", "or", "nor", "so", "yet", "if", "then", "than", "because", "as", "until", "while", "although",
        "though", "whether", "when", "where", "why", "how",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "not", "only", "own",
        "same", "too", "very", "also", "just", "again", "further", "once", "ever", "even", "still",
        "s", "t", "d", "ll", "m", "re", "ve",
        "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've",
        "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
        "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "that's", "there's",
    ], StringComparer.Ordinal);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (lower-case) is a stopword, looked up by span.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
