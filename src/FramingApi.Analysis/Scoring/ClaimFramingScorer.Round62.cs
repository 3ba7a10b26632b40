namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 62 (claims62): a passive act whose whole subject is a number or a partitive of a number or quantifier
/// ("two were beaten", "nearly 20,000 were removed", "two of them were beaten", "several of whom were shot"). Like the
/// bare quantifiers of <see cref="IsQuantifierPassive"/> ("many were shot"), such a subject counts people named before,
/// so the act needs no cue of its own; it is a claim only when the paragraph's previous framed claim gives it its agent
/// (<see cref="FramedAgent"/>). docs/ANALYSIS.md, "Round 62 (claims62)".
/// </summary>
sealed partial class ClaimFramingScorer
{
    /// <summary>
    /// The first token of a number subject ending at <paramref name="last"/> (the word right before the passive's
    /// auxiliaries), or -1: a cardinal (a number word or a token of digits: "two", "20,000"), or a partitive
    /// <i>N of them / whom / those</i> whose N is such a cardinal or a bare quantifier of
    /// <see cref="IsBareQuantifier"/> ("two of them", "several of whom"); a degree word before the number is part of
    /// it ("nearly 20,000", "at least two", "more than 300").
    /// </summary>
    int NumberSubjectStart(int last)
    {
        var t = last;
        var partitive = false;
        if (Word(t) is "them" or "whom" or "those" && t >= 2 && Word(t - 1) is "of" && _document.SameClause(t - 2, t))
        {
            t -= 2;
            partitive = true;
        }
        if (!(IsCardinal(Word(t)) || (partitive && IsBareQuantifier(Word(t))))) return -1;
        // "nearly 20,000", "about two", "at least two", "more than 300", "almost half".
        if (t >= 1 && _document.SameClause(t - 1, t) && Word(t - 1) is "nearly" or "about" or "almost" or "around" or "over" or "some") t--;
        else if (t >= 2 && _document.SameClause(t - 2, t) && Word(t - 2) is "at" or "more" or "fewer" or "less" && Word(t - 1) is "least" or "than") t -= 2;
        return t;
    }

    /// <summary>A cardinal number: a number word of <see cref="ClaimGrammar.IsNumberWord"/> other than the ordinals
    /// (<i>first, second, third, last, next</i>), or digits with commas between ("20,000", "37").</summary>
    static bool IsCardinal(ReadOnlySpan<char> word)
    {
        if (word is "first" or "second" or "third" or "last" or "next") return false;
        if (ClaimGrammar.IsNumberWord(word)) return true;
        if (word.IsEmpty || !char.IsAsciiDigit(word[0])) return false;
        foreach (var c in word)
            if (!char.IsAsciiDigit(c) && c != ',') return false;
        return true;
    }

    /// <summary>The bare quantifiers a passive act's whole subject may be (<see cref="IsQuantifierPassive"/>).</summary>
    static bool IsBareQuantifier(ReadOnlySpan<char> word) =>
        word is "many" or "most" or "some" or "several" or "others" or "dozens" or "hundreds" or "scores" or "all";
}
