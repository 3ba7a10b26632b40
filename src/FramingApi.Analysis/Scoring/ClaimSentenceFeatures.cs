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
/// (headline, lead, body).</item>
/// </list>
/// </remarks>
public static class ClaimSentenceFeatures
{
    const uint FnvOffset = 2166136261;
    const uint FnvPrime = 16777619;

    /// <summary>FNV-1a of <paramref name="text"/> continued from <paramref name="hash"/> (UTF-16 code units, low byte then high byte).</summary>
    public static uint Hash(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The slot of a feature string made of <paramref name="prefix"/>, then the parts joined by a space.</summary>
    public static int Slot(int bits, ReadOnlySpan<char> prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default)
    {
        var hash = Hash(FnvOffset, prefix);
        hash = Hash(hash, first);
        if (!second.IsEmpty)
        {
            hash = Hash(hash, " ");
            hash = Hash(hash, second);
        }
        return (int)(hash & ((1u << bits) - 1));
    }

    /// <summary>
    /// A crude suffix-stripped stem: the first of -ations, -ation, -ings, -ing, -edly, -ed, -ies (to -y), -es, -ers,
    /// -er, -ly, -ments, -ment, -ions, -ion, -s whose removal leaves at least three letters; else the word.
    /// </summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
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
        ClaimFeatureSet features)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(lexiconKinds);
        var slots = new List<int>(64);
        var s = text.Sentences[sentence];
        Span<char> stemBuffer = stackalloc char[64];
        ReadOnlySpan<char> previous = "^";
        var words = features != ClaimFeatureSet.Classes;
        var classes = features != ClaimFeatureSet.Words;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            var word = text.TokenText(t);
            if (words)
            {
                slots.Add(Slot(bits, "w:", word));
                slots.Add(Slot(bits, "b:", previous, word));
                if (word.Length >= 4 && word.Length < stemBuffer.Length) slots.Add(Slot(bits, "s:", Stem(word, stemBuffer)));
            }
            if (classes && previous is "was" or "were" or "been" or "being" or "be" or "is" or "are" && word.EndsWith("ed", StringComparison.Ordinal))
                slots.Add(Slot(bits, "p:", "passive"));
            previous = word;
        }
        List<string>? claimCategories = classes ? [] : null;
        foreach (var e in evidence)
        {
            var kind = e.Lexicon < lexiconKinds.Count ? lexiconKinds[e.Lexicon] : "lexicon";
            slots.Add(Slot(bits, "e:", kind, e.Category));
            if (claimCategories is not null && kind == "claims") claimCategories.Add(e.Category);
            if (e.Claim is { } claim)
            {
                slots.Add(Slot(bits, "e:", "claim"));
                slots.Add(Slot(bits, "e:claim:", claim.Framing.ToString()));
                slots.Add(Slot(bits, "e:claim:", claim.Actor));
                if (classes) slots.Add(Slot(bits, "e:claim:", claim.Actor, claim.Framing.ToString()));
            }
            if (e.Attribution is { } attribution) slots.Add(Slot(bits, "e:source:", attribution.Kind.ToString()));
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
        foreach (var voice in (ReadOnlySpan<Voice>)[Voice.Outlet, Voice.Quotation, Voice.Comments])
            if (s.Has(voice)) slots.Add(Slot(bits, "v:", voice.ToString()));
        slots.Add(Slot(bits, "g:", s.Segment.ToString()));
        slots.Sort();
        var distinct = 0;
        for (var i = 0; i < slots.Count; i++)
            if (i == 0 || slots[i] != slots[i - 1]) slots[distinct++] = slots[i];
        return [.. slots.Take(distinct)];
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
}
