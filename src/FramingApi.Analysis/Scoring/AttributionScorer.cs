using System.Collections.Frozen;
using FramingApi.Analysis.Comparison;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Attribution (DESIGN.md section 4): for each reporting phrase of a sourcing lexicon — a reporting verb ("said",
/// "claimed"), "according to", or an anonymous-source formula that contains one ("officials said") — whose statement
/// it reports: an anonymous source, a named one, or nobody the text identifies.
/// </summary>
/// <remarks>
/// <para>Anonymous: the phrase is itself an anonymous-source formula, or an anonymous-source match lies in the same
/// sentence at most <see cref="AnonymousWindow"/> tokens before or after it ("a US official, speaking with the
/// Guardian, said"; "according to officials familiar with the matter"), or the sentence contains a formula that makes
/// its whole source anonymous ("who spoke on the condition of anonymity", "not authorized to speak").</para>
/// <para>Named: a named-source role followed by a capitalised name at most <see cref="NameBefore"/> tokens before or
/// <see cref="NameAfter"/> after the phrase ("spokeswoman Adrienne Watson"), or a proper name there: a run of
/// capitalised tokens in one clause (joined by "of": "Secretary of State Antony Blinken") in the phrase's voice and sentence
/// ("Adrienne Watson … said", "said Secretary of State Antony Blinken", "according to Reuters", "according to the New
/// York Times"). Not names: a sentence's first word on its own (capitalised anyway), function words ("He", "They"),
/// days and months ("said Wednesday"), and any word of a title-case sentence (headlines), where capitals say
/// nothing.</para>
/// <para>Unresolved: otherwise ("he said", "they said"); the source span is then the adjacent pronoun, if any.</para>
/// </remarks>
sealed class AttributionScorer
{
    /// <summary>Window (tokens between) for an anonymous source around the phrase.</summary>
    internal const int AnonymousWindow = 6;
    /// <summary>Window before the phrase for a name (tokens between the name's last token and the phrase).</summary>
    internal const int NameBefore = 3;
    /// <summary>Window after the phrase for a name.</summary>
    internal const int NameAfter = 2;

    const int None = -1;

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stopwords =
        EnglishStopwords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    readonly ScoringDocument _document;
    readonly LexiconPlan[] _plans;

    // Per-sentence facts, computed once for the sentence of the current phrase (phrases come in text order).
    int _sentence = -1;
    int _sentenceAnonymity = None;  // a sentence-wide anonymity match, or None
    bool _titleCase;

    internal AttributionScorer(ScoringDocument document, LexiconPlan[] plans)
    {
        _document = document;
        _plans = plans;
    }

    /// <summary>
    /// Whether a match of a sourcing lexicon is a reporting phrase that gets an attribution. A one-word verb form after
    /// a determiner or preposition is used attributively, not to report anything ("of alleged war crimes", "the
    /// claimed victory").
    /// </summary>
    internal static bool IsReportingPhrase(AnalyzedText text, LexiconPlan plan, in LexiconMatch match)
    {
        if (!plan.IsSourcing) return false;
        switch (plan.Role(match))
        {
            case ScoringRole.AnonymousSource:
                return plan.ReportingEntry[match.Entry];
            case ScoringRole.ReportingVerb:
                var k = match.FirstToken;
                if (match.TokenCount > 1 || k == 0 || text.Tokens[k - 1].Sentence != text.Tokens[k].Sentence) return true;
                return text.TokenText(k - 1) is not ("a" or "an" or "the" or "of" or "into" or "for" or "about" or "on"
                    or "in" or "with" or "by" or "its" or "their" or "his" or "her" or "these" or "those" or "this");
            default:
                return false;
        }
    }

    /// <summary>The attribution of reporting phrase <paramref name="index"/> (an index into the document's matches).</summary>
    internal AttributionDetail Score(int index)
    {
        var matches = _document.Matches;
        var text = _document.Text;
        var tokens = text.Tokens;
        var phrase = matches[index];
        var first = phrase.FirstToken;
        var last = first + phrase.TokenCount - 1;
        var sentence = tokens[first].Sentence;
        PrepareSentence(index, sentence);

        if (_plans[phrase.Lexicon].Role(phrase) == ScoringRole.AnonymousSource)
            return new AttributionDetail(AttributionKind.Anonymous, tokens[first].Start, tokens[last].End);

        // Sourcing matches around the phrase: the nearest anonymous source and the nearest role followed by a name.
        int anonymous = None, anonymousGap = int.MaxValue, roleStart = None, roleEnd = None, roleGap = int.MaxValue;
        var lowest = first - AnonymousWindow - LexiconTerms.MaxWords;
        for (var j = index - 1; j >= 0 && matches[j].FirstToken >= lowest; j--) Consider(j);
        for (var j = index + 1; j < matches.Count && matches[j].FirstToken <= last + 1 + AnonymousWindow; j++) Consider(j);

        if (anonymous == None) anonymous = _sentenceAnonymity;
        if (anonymous != None)
        {
            var a = matches[anonymous];
            return new AttributionDetail(AttributionKind.Anonymous, tokens[a.FirstToken].Start,
                tokens[a.FirstToken + a.TokenCount - 1].End);
        }
        // Named: a role with its name, or a bare name, whichever is nearer (the name at equal distance).
        if (!_titleCase && FindName(first, last, out var nameStart, out var nameEnd, out var nameGap)
            && (roleStart == None || nameGap <= roleGap))
            return new AttributionDetail(AttributionKind.Named, tokens[nameStart].Start, tokens[nameEnd].End);
        if (roleStart != None)
            return new AttributionDetail(AttributionKind.Named, tokens[roleStart].Start, tokens[roleEnd].End);

        var pronoun = first > 0 && IsPronoun(first - 1, sentence) ? first - 1
            : last + 1 < tokens.Length && IsPronoun(last + 1, sentence) ? last + 1
            : None;
        return pronoun == None
            ? new AttributionDetail(AttributionKind.Unresolved, null, null)
            : new AttributionDetail(AttributionKind.Unresolved, tokens[pronoun].Start, tokens[pronoun].End);

        void Consider(int j)
        {
            var toks = _document.Text.Tokens;
            var other = matches[j];
            var plan = _plans[other.Lexicon];
            if (!plan.IsSourcing) return;
            var otherFirst = other.FirstToken;
            var otherLast = otherFirst + other.TokenCount - 1;
            if (toks[otherFirst].Sentence != sentence) return;
            int gap;
            if (otherLast < first) gap = first - otherLast - 1;
            else if (otherFirst > last) gap = otherFirst - last - 1;
            else return;
            switch (plan.Role(other))
            {
                case ScoringRole.AnonymousSource when gap <= AnonymousWindow && gap < anonymousGap:
                    anonymous = j;
                    anonymousGap = gap;
                    break;
                case ScoringRole.NamedSourceRole when gap <= NameBefore + 1 && gap < roleGap && !_titleCase:
                    var next = otherLast + 1;
                    if (next < toks.Length && (next < first || next > last) && IsNameToken(next, sentence, toks[first].Voice))
                    {
                        var end = next;
                        while (end + 1 < toks.Length && (end + 1 < first || end + 1 > last)
                               && IsNameToken(end + 1, sentence, toks[first].Voice) && _document.SameClause(end, end + 1)) end++;
                        roleStart = otherFirst;
                        roleEnd = end;
                        roleGap = gap;
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// A proper-name run next to the phrase: before it (the subject: "Adrienne Watson … said") unless the phrase is
    /// "according to …", whose source follows it; the other side when the preferred one has none.
    /// </summary>
    bool FindName(int first, int last, out int start, out int end, out int gap)
    {
        var afterFirst = _document.Text.TokenText(first) is "according" or "as";
        return afterFirst
            ? NameAfterPhrase(last, out start, out end, out gap) || NameBeforePhrase(first, out start, out end, out gap)
            : NameBeforePhrase(first, out start, out end, out gap) || NameAfterPhrase(last, out start, out end, out gap);
    }

    bool NameBeforePhrase(int first, out int start, out int end, out int gap)
    {
        var tokens = _document.Text.Tokens;
        var sentence = tokens[first].Sentence;
        var voice = tokens[first].Voice;
        for (gap = 0; gap <= NameBefore; gap++)
        {
            var k = first - 1 - gap;
            if (k < 0) break;
            if (!IsNameToken(k, sentence, voice)) continue;
            end = start = k;
            while (true)
            {
                if (start > 0 && IsNameToken(start - 1, sentence, voice) && _document.SameClause(start - 1, start)) start--;
                else if (start > 1 && IsConnector(start - 1) && IsNameToken(start - 2, sentence, voice)
                         && _document.SameClause(start - 2, start)) start -= 2;
                else break;
            }
            if (start == end && IsSentenceStart(start)) break; // the first word alone: capitalised anyway
            return true;
        }
        start = end = gap = None;
        return false;
    }

    bool NameAfterPhrase(int last, out int start, out int end, out int gap)
    {
        var tokens = _document.Text.Tokens;
        var sentence = tokens[last].Sentence;
        var voice = tokens[last].Voice;
        for (gap = 0; gap <= NameAfter; gap++)
        {
            var k = last + 1 + gap;
            if (k >= tokens.Length) break;
            if (!IsNameToken(k, sentence, voice)) continue;
            start = end = k;
            while (true)
            {
                if (end + 1 < tokens.Length && IsNameToken(end + 1, sentence, voice) && _document.SameClause(end, end + 1)) end++;
                else if (end + 2 < tokens.Length && IsConnector(end + 1) && IsNameToken(end + 2, sentence, voice)
                         && _document.SameClause(end, end + 2)) end += 2;
                else break;
            }
            return true;
        }
        start = end = gap = None;
        return false;
    }

    bool IsSentenceStart(int token) =>
        _document.Text.Sentences[_document.Text.Tokens[token].Sentence].FirstToken == token;

    bool IsConnector(int token) => _document.Text.TokenText(token) is "of";

    /// <summary>A capitalised word that can be (part of) a name, in the given sentence and voice.</summary>
    bool IsNameToken(int token, int sentence, Voice voice)
    {
        var t = _document.Text.Tokens[token];
        if (t.Sentence != sentence || t.Voice != voice || (t.Flags & TokenFlags.Capitalized) == 0) return false;
        var word = _document.Text.TokenText(token);
        return !Stopwords.Contains(word) && !Calendar.Contains(word);
    }

    bool IsPronoun(int token, int sentence) =>
        _document.Text.Tokens[token].Sentence == sentence
        && _document.Text.TokenText(token) is "he" or "she" or "they" or "it" or "we" or "i" or "you";

    /// <summary>Computes the per-sentence facts once per sentence: a sentence-wide anonymity formula and title case.</summary>
    void PrepareSentence(int index, int sentence)
    {
        if (_sentence == sentence) return;
        _sentence = sentence;
        _sentenceAnonymity = None;
        var matches = _document.Matches;
        var text = _document.Text;
        var tokens = text.Tokens;
        for (var j = index; j >= 0 && tokens[matches[j].FirstToken].Sentence == sentence; j--) Check(j);
        for (var j = index + 1; j < matches.Count && tokens[matches[j].FirstToken].Sentence == sentence; j++) Check(j);

        var s = text.Sentences[sentence];
        int words = 0, capitalised = 0;
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if ((tokens[t].Flags & TokenFlags.Numeric) != 0) continue;
            words++;
            if ((tokens[t].Flags & TokenFlags.Capitalized) != 0) capitalised++;
        }
        // Title case (headlines, cross-heads): most words capitalised, so capitals do not mark names.
        _titleCase = words >= 4 && capitalised * 10 > words * 6;

        void Check(int j)
        {
            var plan = _plans[matches[j].Lexicon];
            if (_sentenceAnonymity == None && plan.IsSourcing && plan.Role(matches[j]) == ScoringRole.AnonymousSource
                && plan.SentenceWideAnonymity[matches[j].Entry])
                _sentenceAnonymity = j;
        }
    }
}
