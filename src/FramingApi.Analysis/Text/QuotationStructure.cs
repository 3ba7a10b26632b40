using System.Buffers;
using System.Collections.Frozen;

namespace FramingApi.Analysis.Text;

/// <summary>A stretch of the text, <c>[Start, End)</c> in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Length in characters.</summary>
    public int Length => End - Start;
}

/// <summary>
/// Whose words quoted material is (docs/ANALYSIS.md, "Voices and quotations"): the pairs of quote marks found in the
/// headline, lead and body are either quoted speech (quotation voice) or scare quotes (the outlet's own words, set off
/// to distance the outlet from them); and some speech is quoted without quote marks.
/// </summary>
/// <remarks>
/// <para>Pairs are double quote marks and, outside them, single ones ('…', ‘…’: see <see cref="WithSingleQuotes"/>).
/// A pair of quote marks is <b>speech</b> when any of these holds, and a <b>scare quote</b> otherwise:</para>
/// <list type="number">
/// <item>it is not closed in its paragraph, or holds more than <see cref="MaxScareWords"/> words;</item>
/// <item>it opens its sentence or paragraph, or follows a colon ("She said: “…”");</item>
/// <item>a speech word stands before it in its sentence ("said", "told", "called", "described … as", "according to",
/// "the word", …: <see cref="SpeechWords"/>), words inside other quotations not counted — not an accusation: in
/// "Western media rushed to accuse Russia of “genocide”" the quote marks are the outlet's distance;</item>
/// <item>a speech word is among the first <see cref="MaxFollowWords"/> words after it, before any punctuation but
/// one comma ("“…,” he said", "“…” Peskov told reporters");</item>
/// <item>it is joined by "and", "or" or a comma to a quotation that is speech ("“barbaric” and “inhuman,” the
/// ministry said").</item>
/// </list>
/// <para>Quoted speech <b>without quote marks</b>:</para>
/// <list type="bullet">
/// <item>After a paragraph of the lead or body that ends with a colon and introduces speech — its last sentence has a
/// speech word ("He said:", "The statement reads:", "the report said, in part:") — the next paragraph is a
/// quotation (and the paragraphs after it that start with a list mark: "•", "-", "1.").</item>
/// <item>After a paragraph that introduces an excerpt of a publication — its last sentence is a credit ("NYT (“Biden
/// Orders …”):", "From Reuters:", "Via the Kyiv Independent:") or reports with "reports", "writes", "wrote", "notes"
/// … ("The Washington Post reports:") — the following paragraphs are a quotation up to the first that shows the
/// writer's own voice: one with a first-person word outside quote marks ("I", "my", "me"; "we", "our", "us": round
/// 12), one that names the credited source again outside quote marks, one that ends with a colon (a new
/// introduction), a credit or link line (starting with a bracket or dash, "Source:", "Read more", "Reporting by", …),
/// or the end of the lead and body. An excerpt whose first paragraph is one quotation, marks and all, ends with that
/// paragraph (round 12). Captions and other furniture between the paragraphs are skipped.</item>
/// <item>Inside a paragraph, after a speech word and a colon with no quote mark after it ("Peskov said: the claims
/// are absurd."), the rest of that sentence.</item>
/// <item>In a transcript, the turns of every speaker but the interviewer and the reporters (round 24:
/// <see cref="TranscriptTurns"/>).</item>
/// </list>
/// <para>Square brackets inside a quotation are the outlet's insertions ("“The [Russian] army …”", "[reportedly]"):
/// they are cut out of it and stay in the outlet's voice.</para>
/// <para>Everything here is decided from characters and a closed list of speech words, before tokenization and
/// independently of any lexicon, so that voices (and the word counts per voice) do not depend on a lexicon
/// version. The work is done only around quote marks and colons.</para>
/// </remarks>
static class QuotationStructure
{
    /// <summary>Most words a scare quote holds ("evidence of genocide"); a longer quotation is speech.</summary>
    internal const int MaxScareWords = 5;

    /// <summary>Words after a closing quote mark looked at for a reporting frame ("“…,” the ministry said").</summary>
    internal const int MaxFollowWords = 3;

    /// <summary>Words looked at back from an opening quote mark for a speech word in its sentence.</summary>
    const int MaxLookBackWords = 8;

    /// <summary>Most paragraphs (captions included) an excerpt runs over: a longer one is the writer's own text that
    /// no first-person word or credit line ended.</summary>
    const int MaxExcerptParagraphs = 15;

    /// <summary>Most words of a paragraph that credits an excerpt ("NYT (“…”):").</summary>
    const int MaxCreditWords = 25;

    /// <summary>
    /// Words that make quoted words somebody's speech, or words mentioned rather than used: verbs of saying, naming and
    /// accusing, and nouns that introduce a wording. A closed list of the language, not a lexicon: voices must not
    /// depend on a lexicon version.
    /// </summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechWords = FrozenSet.ToFrozenSet(
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "stated", "stating", "write", "writes",
        "wrote", "writing", "written", "add", "adds", "added", "adding", "declare", "declares", "declared",
        "declaring", "announce", "announces", "announced", "call", "calls", "called", "calling", "describe",
        "describes", "described", "describing", "term", "termed", "terms", "dub", "dubs", "dubbed", "label", "labels",
        "labelled", "labeled", "brand", "brands", "branded", "warn", "warns", "warned", "warning", "insist", "insists",
        "insisted", "argue", "argues", "argued", "arguing", "claim", "claims", "claimed", "claiming", "ask", "asks", "asked", "reply", "replies", "replied", "respond",
        "responds", "responded", "note", "notes", "noted", "noting", "stress", "stresses", "stressed", "explain",
        "explains", "explained", "quote", "quotes", "quoted", "quoting", "cite", "cites", "cited", "citing", "read",
        "reads", "continue", "continues", "continued", "conclude", "concludes", "concluded", "recall", "recalls",
        "recalled", "recount", "recounts", "recounted", "testify", "testifies", "testified", "tweet", "tweets",
        "tweeted", "post", "posted", "vow", "vows", "vowed", "promise", "promises", "promised", "urge", "urges",
        "urged", "demand", "demands", "demanded", "pledge", "pledges", "pledged", "admit", "admits", "admitted",
        "acknowledge", "acknowledges", "acknowledged", "concede", "concedes", "conceded", "deny", "denies", "denied",
        "denounce", "denounces", "denounced", "condemn", "condemns", "condemned", "slam", "slams", "slammed",
        "blast", "blasts", "blasted", "criticize", "criticizes", "criticized", "criticise", "criticises",
        "criticised", "praise", "praises", "praised", "hail", "hails", "hailed", "according", "statement",
        "statements", "word", "words", "phrase", "wording", "quotation", "remark", "remarks", "slogan", "headline",
        "titled", "entitled", "headlined", "chant", "chanted", "shout", "shouted", "exclaim", "exclaimed",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a subordinate clause: a speech word before one does not introduce a quotation after it.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["when", "while", "whereas", "although", "though", "because", "since", "after", "before", "unless", "until", "where"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Speech words (true) and clause openers (false) in one ordinal look-up of the lower-cased text: the hot path, every
    // short quotation.
    static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> WordKinds =
        SpeechWords.Set.Select(w => KeyValuePair.Create(w, true)).Concat(ClauseOpeners.Set.Select(w => KeyValuePair.Create(w, false)))
            .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly WordShapeFilter WordKindShapes = new(WordKinds.Dictionary.Keys);

    /// <summary>Whether a lower-cased word is a speech word (true) or a clause opener (false); neither: no answer.</summary>
    static bool TryWordKind(ReadOnlySpan<char> lowerWord, out bool speech)
    {
        speech = false;
        return lowerWord.Length >= 3 && WordKindShapes.MayContain(lowerWord) && WordKinds.TryGetValue(lowerWord, out speech);
    }

    /// <summary>Verbs with which a paragraph introduces an excerpt of a publication ("The Post reports:").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExcerptVerbs = FrozenSet.ToFrozenSet(
    [
        "reports", "reported", "writes", "wrote", "notes", "noted", "observes", "observed",
        "explains", "explained", "summarizes", "summarises", "summarized", "summarised",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First words of a paragraph that introduces an excerpt by naming where it comes from ("From Reuters:").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreditOpeners = FrozenSet.ToFrozenSet(
        ["from", "via", "per", "excerpt", "excerpts", "source", "h/t"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First-person singular words: outside quote marks, the writer's own voice.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonSingular = FrozenSet.ToFrozenSet(
        ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "i’m", "i’ve", "i’d", "i’ll"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lines that close an excerpt: credits, links and sign-offs of the outlet's own.</summary>
    static readonly string[] StopLineOpeners =
    [
        "source:", "sources:", "read more", "read the full", "read the rest", "full story", "continue reading",
        "reporting by", "additional reporting", "editing by", "writing by", "compiled by", "h/t", "hat tip", "link:",
        "more at", "more here",
    ];

    /// <summary>
    /// Resolves the quote-mark <paramref name="pairs"/> (ordered, inside the <paramref name="blocks"/>) into the
    /// quotation segments that make tokens quotation voice (ordered, not overlapping, brackets cut out) and the scare
    /// quotes that stay in the outlet's voice. <paramref name="lower"/> is the lower-cased text (word look-ups are ordinal).
    /// <paramref name="ascii"/>: the text is known to be ASCII (no curly quote mark can occur in it); false when unknown.
    /// <paramref name="marks"/>: where the text's apostrophes and colons are, when known (read instead of searching).
    /// </summary>
    internal static (List<Segment> Quotations, IReadOnlyList<TextSpan> ScareQuotes) Resolve(string s, ReadOnlySpan<char> lower,
        List<Segment> blocks, List<Segment> pairs, bool ascii = false, MarkBits marks = default)
    {
        pairs = WithSingleQuotes(s, blocks, pairs, ascii, marks);
        var unmarked = Unmarked(s, lower, blocks, pairs, marks);
        // A pooled buffer, not stackalloc: a method with one is compiled optimised at once, without the tiered profile
        // (PGO) that the rest of the pipeline gets.
        var flags = ArrayPool<bool>.Shared.Rent(2 * pairs.Count);
        var speech = flags.AsSpan(0, pairs.Count);
        var inside = flags.AsSpan(pairs.Count, pairs.Count);
        var b = 0;
        var u = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            while (b < blocks.Count && blocks[b].End <= pair.Start) b++;
            while (u < unmarked.Count && unmarked[u].End <= pair.Start) u++;
            inside[i] = u < unmarked.Count && unmarked[u].Start <= pair.Start;
            var blockStart = b < blocks.Count ? blocks[b].Start : 0;
            var blockEnd = b < blocks.Count ? blocks[b].End : s.Length;
            speech[i] = inside[i] || IsSpeech(s, lower, pairs, i, blockStart, blockEnd);
        }
        // Coordinated with speech: "“barbaric” and “inhuman,” the ministry said".
        for (var i = pairs.Count - 2; i >= 0; i--)
            if (!speech[i] && speech[i + 1] && OnlyConjunctionBetween(s, pairs[i].End, pairs[i + 1].Start)) speech[i] = true;

        // The speech pairs, in place (pairs do not overlap); the scare quotes apart.
        List<TextSpan>? scare = null;
        var kept = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (speech[i]) pairs[kept++] = pairs[i];
            else (scare ??= []).Add(new TextSpan(pairs[i].Start, pairs[i].End));
        }
        ArrayPool<bool>.Shared.Return(flags);
        pairs.RemoveRange(kept, pairs.Count - kept);
        if (unmarked.Count > 0)
        {
            pairs.AddRange(unmarked);
            pairs.Sort(static (x, y) => x.Start.CompareTo(y.Start));
            pairs = Merged(pairs);
        }
        return (WithoutBrackets(s, pairs), scare ?? NoScareQuotes);
    }

    static readonly List<TextSpan> NoScareQuotes = [];

    /// <summary>Most words inside a pair of single quote marks ('…', ‘…’); a longer stretch is no pair (apostrophes).</summary>
    const int MaxSingleQuoteWords = 40;

    /// <summary>
    /// The double-quote pairs with the pairs of single quote marks added (British and headline style: Kyiv's Izium
    /// 'atrocities' story; He said: ‘We will win.’), outside double-quote pairs. An opening mark follows white space, an
    /// opening bracket, a dash or the paragraph start and precedes a letter or digit; its closing mark follows a letter,
    /// digit or sentence punctuation and precedes white space, punctuation or the paragraph end. Apostrophes inside
    /// words ("Russia's") are neither; a mark with no closing one in its paragraph pairs with nothing.
    /// </summary>
    static List<Segment> WithSingleQuotes(string s, List<Segment> blocks, List<Segment> pairs, bool ascii, MarkBits marks)
    {
        List<Segment>? singles = null;
        var p = 0;
        var b = 0;
        // One vectorised search from opening mark to opening mark over the text (most single marks are apostrophes
        // inside words, which no opening mark is): a mark after white space, a bracket, a dash, a quote mark or a colon.
        for (var mark = NextOpeningSingle(s, 0, ascii, marks); mark >= 0; mark = NextOpeningSingle(s, mark + 1, ascii, marks))
        {
            while (b < blocks.Count && blocks[b].End <= mark) b++;
            if (b >= blocks.Count) break;
            var block = blocks[b];
            if (block.Start > mark || block.Kind is not (SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Body)) continue;
            var span = s.AsSpan(block.Start, block.Length);
            var i = mark - block.Start;
            var before = i > 0 ? span[i - 1] : ' ';
            var after = i + 1 < span.Length ? span[i + 1] : ' ';
            if (!(char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '"' or '“' or ':') || !char.IsLetterOrDigit(after)) continue;
            while (p < pairs.Count && pairs[p].End <= mark) p++;
            if (p < pairs.Count && pairs[p].Start <= mark) continue; // inside a double-quote pair
            var close = ClosingSingle(span, i + 1);
            if (close < 0) continue;
            var end = block.Start + close + 1;
            if (p < pairs.Count && pairs[p].Start < end) continue; // would overlap a double-quote pair
            (singles ??= []).Add(new Segment(SegmentKind.Quotation, mark, end));
            mark = end - 1;
        }
        if (singles is null) return pairs;
        var all = new List<Segment>(pairs.Count + singles.Count);
        all.AddRange(pairs);
        all.AddRange(singles);
        all.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return all;
    }

    /// <summary>The next single quote mark at or after <paramref name="from"/> that may open a pair, or -1. In an ASCII
    /// text (<paramref name="ascii"/>) ‘ cannot occur: the search for ' alone finds the same marks, and is a cheaper
    /// one (a packed search for one value, where ‘ is not Latin-1); with the apostrophes' bitmap known
    /// (<paramref name="marks"/>), no search at all: the next bit.</summary>
    static int NextOpeningSingle(string s, int from, bool ascii, MarkBits marks)
    {
        if (ascii && marks.Known)
        {
            for (var k = marks.Next(MarkBits.Apostrophe, from); k >= 0; k = marks.Next(MarkBits.Apostrophe, k + 1))
                if (k == 0 || OpensSingleAfter(s[k - 1])) return k;
            return -1;
        }
        for (var k = from; k < s.Length; k++)
        {
            var at = ascii ? s.AsSpan(k).IndexOf('\'') : s.AsSpan(k).IndexOfAny('\'', '‘');
            if (at < 0) return -1;
            k += at;
            if (k == 0 || OpensSingleAfter(s[k - 1])) return k;
        }
        return -1;
    }

    /// <summary>Whether a single quote mark after <paramref name="before"/> may open a pair.</summary>
    static bool OpensSingleAfter(char before) =>
        before is ' ' or '\n' or '\t' or '\u00a0' or '(' or '[' or '—' or '–' or '-' or '"' or '“' or ':';

    static int ClosingSingle(ReadOnlySpan<char> span, int from)
    {
        var words = 0;
        for (var k = from; k < span.Length; k++)
        {
            var c = span[k];
            if (char.IsWhiteSpace(c) && k > from && !char.IsWhiteSpace(span[k - 1]) && ++words > MaxSingleQuoteWords) return -1;
            if (c is not ('\'' or '’')) continue;
            var before = span[k - 1];
            var after = k + 1 < span.Length ? span[k + 1] : ' ';
            if (char.IsLetterOrDigit(after)) continue; // an apostrophe inside a word: "Russia's"
            if (!(char.IsLetterOrDigit(before) || before is '.' or ',' or '!' or '?')) continue;
            if (char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '”' or '—' or '–') return k;
        }
        return -1;
    }

    /// <summary>Rules 1–4 of the remarks for pair <paramref name="index"/>.</summary>
    static bool IsSpeech(string s, ReadOnlySpan<char> lower, List<Segment> pairs, int index, int blockStart, int blockEnd)
    {
        var pair = pairs[index];
        // Closed by a mark of its own kind: a double-quote pair left open to its paragraph's end is not closed by an
        // apostrophe or single quote there ('“attack on civilians'').
        var closed = pair.End - pair.Start >= 2 && IsQuoteMark(s[pair.End - 1]) && IsDoubleMark(s[pair.Start]) == IsDoubleMark(s[pair.End - 1])
                     && !(pair.End == blockEnd && !IsClosingMark(s, pair.End - 1));
        if (!closed) return true;
        // Cheapest first: most quotations open their sentence (dialogue) or are long.
        if (OpensSentence(s, pair.Start, blockStart)) return true;
        if (Segmenter.CountWords(s.AsSpan(pair.Start + 1, pair.End - pair.Start - 2), MaxScareWords + 1) > MaxScareWords) return true;
        return SpeechWordAfter(s, lower, pair.End, blockEnd) || SpeechWordBefore(s, lower, pairs, index, blockStart);
    }

    static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';

    static bool IsDoubleMark(char c) => c is '"' or '“' or '”';

    // A straight quote at a paragraph's end may be a closing one or an unclosed opening one: closing when attached
    // to the word before it.
    static bool IsClosingMark(string s, int at) => s[at] is '”' or '’' || (s[at] is '"' or '\'' && at > 0 && !char.IsWhiteSpace(s[at - 1]));

    /// <summary>Nothing but white space, opening brackets and closing quote marks between the paragraph start or a
    /// sentence end or colon and the opening mark.</summary>
    static bool OpensSentence(string s, int open, int blockStart)
    {
        var k = open - 1;
        while (k >= blockStart && (char.IsWhiteSpace(s[k]) || s[k] is '(' or '[' or '”' or '"' or '’' or '\'')) k--;
        if (k < blockStart) return true;
        return s[k] is '.' or '!' or '?' or ':' or '…' or ';';
    }

    /// <summary>A speech word before the opening mark in its sentence (words inside earlier pairs skipped).</summary>
    static bool SpeechWordBefore(string s, ReadOnlySpan<char> lower, List<Segment> pairs, int index, int blockStart)
    {
        var previous = index - 1;
        var k = pairs[index].Start - 1;
        var words = 0;
        // The end of the earlier pair in this block that the search may reach (or none): the pairs are looked at again
        // only when the search reaches it, not at every character.
        var previousEnd = EndInBlock(pairs, previous, blockStart);
        while (k >= blockStart && words < MaxLookBackWords)
        {
            if (previousEnd > k)
            {
                while (previous >= 0 && pairs[previous].Start >= blockStart && pairs[previous].End > k)
                {
                    if (pairs[previous].Start <= k) k = pairs[previous].Start - 1;
                    previous--;
                }
                previousEnd = EndInBlock(pairs, previous, blockStart);
                if (k < blockStart) break;
            }
            var c = s[k];
            if (IsWordChar(c))
            {
                var end = k + 1;
                while (k > blockStart && IsWordChar(s[k - 1])) k--;
                words++;
                // A speech word introduces the quotation; a subordinate clause opener ends the search: a speech word
                // before it governs another clause ("The ministry said the images were staged, when Western media
                // rushed to accuse Russia of “genocide”"). No such word is shorter than three letters.
                if (TryWordKind(lower[k..end], out var speech)) return speech;
                k--;
                continue;
            }
            if (c is '!' or '?' or '…' or ';') return false;
            if (c == '.' && k + 1 < s.Length && char.IsWhiteSpace(s[k + 1]) && !IsAbbreviationBefore(s, k, blockStart)) return false;
            k--;
        }
        return false;
    }

    /// <summary>The end of pair <paramref name="index"/> when it starts in the block, else <see cref="int.MinValue"/>.</summary>
    static int EndInBlock(List<Segment> pairs, int index, int blockStart) =>
        index >= 0 && pairs[index].Start >= blockStart ? pairs[index].End : int.MinValue;

    /// <summary>A short capitalised word or a single letter before a period ("Mr.", "Gen.", "U.S."): no sentence end.</summary>
    static bool IsAbbreviationBefore(string s, int period, int blockStart)
    {
        var a = period;
        while (a > blockStart && (char.IsLetter(s[a - 1]) || s[a - 1] == '.')) a--;
        var word = s.AsSpan(a, period - a);
        return word.Length > 0 && (word.Length <= 3 && char.IsUpper(word[0]) || word.Contains('.'));
    }

    /// <summary>A speech word among the first <see cref="MaxFollowWords"/> words after the closing mark, before any
    /// punctuation but one comma.</summary>
    static bool SpeechWordAfter(string s, ReadOnlySpan<char> lower, int close, int blockEnd)
    {
        var k = close;
        var commas = 0;
        var words = 0;
        while (k < blockEnd && words < MaxFollowWords)
        {
            var c = s[k];
            if (IsWordChar(c))
            {
                var start = k;
                while (k < blockEnd && (IsWordChar(s[k]) || (s[k] is '.' && k + 1 < blockEnd && char.IsLetter(s[k + 1])))) k++;
                words++;
                if (TryWordKind(lower[start..k], out var speech) && speech) return true;
                continue;
            }
            if (c == ',' && words == 0 && commas++ == 0)
            {
                k++;
                continue;
            }
            if (!char.IsWhiteSpace(c)) return false;
            k++;
        }
        return false;
    }

    static bool OnlyConjunctionBetween(string s, int from, int to)
    {
        var between = s.AsSpan(from, to - from).Trim(" \t,");
        return between.IsEmpty || between is "and" or "or";
    }

    /// <summary>A letter, digit, apostrophe or hyphen: part of a word (ASCII by one table look-up).</summary>
    static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c) || c == '’';

    static readonly bool[] AsciiWordChars = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) || c is '\'' or '-')];

    /// <summary>Quoted speech without quote marks: whole paragraphs after an introduction, and the rest of a sentence
    /// after "said:" (ordered, not overlapping).</summary>
    static List<Segment> Unmarked(string s, ReadOnlySpan<char> lower, List<Segment> blocks, List<Segment> pairs, MarkBits marks)
    {
        // A transcript has three speaker labels or more, each with its colon: a text with fewer colons has none.
        var firstColon = NextColon(s, 0, marks);
        var found = firstColon >= 0 && HasColons(s, firstColon, 3, marks) ? TranscriptTurns(s, lower, blocks) : null;
        // Only paragraphs with a colon can introduce anything: one vectorised search from colon to colon over the text
        // (or the colons' bitmap, when known).
        var b = 0;
        for (var at = firstColon; at >= 0 && b < blocks.Count; at = NextColon(s, at + 1, marks))
        {
            while (b < blocks.Count && blocks[b].End <= at) b++;
            if (b >= blocks.Count || blocks[b].Start > at) continue;
            var block = blocks[b];
            var text = s.AsSpan(block.Start, block.Length);
            var colon = at - block.Start;
            at = block.End - 1; // the block is done below; go on after it
            if (block.Kind is not (SegmentKind.Lead or SegmentKind.Body)) continue;
            var trimmed = text.TrimEnd();
            // Inline: "Peskov said: the claims are absurd." (each colon that is not the paragraph's last character).
            for (var c = colon; c >= 0 && c < trimmed.Length - 1; c = NextColon(text, c + 1, trimmed.Length - 1))
                if (!(c == colon && OpensWithHeading(text, lower.Slice(block.Start, block.Length)))
                    && InlineAfterColon(s, lower, block, block.Start + c) is { } inline) (found ??= []).Add(inline);
            if (trimmed.IsEmpty || trimmed[^1] != ':') continue;

            var lastSentence = LastSentence(trimmed[..^1]);
            // The verb of an introduction stands near its colon ("The report said, in part:", "Peskov told reporters on
            // Tuesday:"): its last dozen words are looked at.
            var tail = LastWords(lastSentence, 12);
            // Looked up in the lower-cased text (ordinal).
            text.Overlaps(tail, out var tailOffset);
            var lowerTail = lower.Slice(block.Start + tailOffset, tail.Length);
            var excerpt = HasWord(lowerTail, ExcerptVerbsOrdinal) || IsCredit(lastSentence);
            if (!excerpt && !HasSpeechWord(lowerTail)) continue;
            var name = excerpt ? CreditedName(lastSentence) : "";
            var first = true;
            for (var n = b + 1; n < blocks.Count && n - b <= MaxExcerptParagraphs; n++)
            {
                var next = blocks[n];
                if (next.Kind == SegmentKind.Boilerplate) continue;
                if (next.Kind is not (SegmentKind.Lead or SegmentKind.Body)) break;
                var nextText = s.AsSpan(next.Start, next.Length).Trim();
                if (!first)
                {
                    if (!excerpt && !StartsWithListMark(nextText)) break;
                    if (excerpt && (EndsExcerpt(s, next, nextText, pairs, name)
                                    || OpensOwnParagraph(nextText, lower.Slice(next.Start + LeadingSpace(s.AsSpan(next.Start, next.Length)), nextText.Length))))
                        break;
                }
                if (nextText.Length > 0 && nextText[^1] == ':' && !first) break;
                (found ??= []).Add(new Segment(SegmentKind.Quotation, next.Start, next.End));
                if (nextText.Length > 0 && nextText[^1] == ':') break; // it introduces what follows itself
                // An excerpt whose first paragraph is one quotation, marks and all, is delimited by its marks: it ends
                // there (round 12: "From the report, in our translation:" then "“…”", then the outlet again).
                if (first && excerpt && IsOneQuotation(s, next, pairs)) break;
                first = false;
            }
        }
        if (found is null) return [];
        found.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return Merged(found);
    }



    /// <summary>Whether <paramref name="s"/> holds at least <paramref name="count"/> colons, the first at
    /// <paramref name="first"/>.</summary>
    static bool HasColons(string s, int first, int count, MarkBits marks)
    {
        for (var at = first; at >= 0; at = NextColon(s, at + 1, marks))
            if (--count == 0) return true;
        return false;
    }

    /// <summary>The first colon of <paramref name="s"/> at or after <paramref name="from"/>, or -1: the next bit of the
    /// colons' bitmap when known, else a search.</summary>
    static int NextColon(string s, int from, MarkBits marks) =>
        marks.Known ? marks.Next(MarkBits.Colon, from) : from < s.Length ? s.IndexOf(':', from) : -1;

    /// <summary>Most characters of a speaker label before its colon ("PRESENTER (Andrei Kolesov):", "UA-SVIT:", "Q:").</summary>
    const int MaxLabelChars = 40;

    /// <summary>Most words of a speaker's name in a label ("MARIA LVOVA-BELOVA:").</summary>
    const int MaxLabelWords = 3;

    /// <summary>Speaker labels of the outlet's own people in a transcript: the interviewer's and the reporters' turns
    /// are the outlet's voice (tests/validation/README.md: "a TV transcript's presenter and correspondent are the outlet
    /// itself").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletLabels = FrozenSet.ToFrozenSet(
        ["q", "question", "presenter", "host", "anchor", "interviewer", "moderator", "correspondent", "reporter", "narrator"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Round 24 (claims19): the turns of an interview or broadcast transcript. A lead or body paragraph that opens with a
    /// speaker label — one to three words in capitals, optionally with a bracket after them, and a colon ("BONDAR:",
    /// "RESIDENT (Nadezhda, 58):", "A:") — is that speaker's turn. In a transcript (at least three labelled paragraphs,
    /// one label of the outlet's own people used at least twice: a role word such as PRESENTER, CORRESPONDENT, HOST or
    /// Q, or a label most of whose turns end with a question mark — the interviewer's, whatever the outlet calls it),
    /// the turns of every other label are quotations from after the colon to the paragraph's end; the interviewer's and
    /// the reporters' turns stay the outlet's. Null when the text is no transcript.
    /// </summary>
    static List<Segment>? TranscriptTurns(string s, ReadOnlySpan<char> lower, List<Segment> blocks)
    {
        List<(int Block, string Label, int Colon)>? turns = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind is not (SegmentKind.Lead or SegmentKind.Body)) continue;
            if (SpeakerLabel(s.AsSpan(block.Start, block.Length), out var nameLength, out var colon))
                (turns ??= []).Add((b, lower.Slice(block.Start + LeadingSpace(s.AsSpan(block.Start, block.Length)), nameLength).ToString(), block.Start + colon));
        }
        if (turns is null || turns.Count < 3) return null;
        var outletLabels = new HashSet<string>(StringComparer.Ordinal);
        var interviewer = false;
        foreach (var group in turns.GroupBy(t => t.Label, StringComparer.Ordinal))
        {
            var count = 0;
            var questions = 0;
            foreach (var turn in group)
            {
                count++;
                if (s.AsSpan(blocks[turn.Block].Start, blocks[turn.Block].Length).TrimEnd().EndsWith("?")) questions++;
            }
            if (!OutletLabels.Contains(FirstWord(group.Key)) && questions * 2 <= count) continue;
            outletLabels.Add(group.Key);
            interviewer |= count >= 2;
        }
        if (!interviewer) return null;
        List<Segment>? quoted = null;
        foreach (var (b, label, colon) in turns)
        {
            if (outletLabels.Contains(label)) continue;
            var start = colon + 1;
            while (start < blocks[b].End && char.IsWhiteSpace(s[start])) start++;
            if (start < blocks[b].End) (quoted ??= []).Add(new Segment(SegmentKind.Quotation, start, blocks[b].End));
        }
        return quoted;

        static ReadOnlySpan<char> FirstWord(string label) => label.IndexOf(' ') is var space and > 0 ? label.AsSpan(0, space) : label;
    }

    /// <summary>Whether a paragraph opens with a speaker label: one to <see cref="MaxLabelWords"/> words of capitals
    /// (letters, digits, hyphens, apostrophes, full stops; at least one letter and no lower-case one), optionally a
    /// bracket, then a colon and text, within <see cref="MaxLabelChars"/> characters. <paramref name="nameLength"/> is the
    /// length of the words (from the paragraph's first non-space character), <paramref name="colon"/> the colon's
    /// offset in the paragraph.</summary>
    static bool SpeakerLabel(ReadOnlySpan<char> paragraph, out int nameLength, out int colon)
    {
        nameLength = colon = 0;
        var start = LeadingSpace(paragraph);
        var limit = Math.Min(paragraph.Length, start + MaxLabelChars);
        int i = start, nameEnd = -1;
        var letter = false;
        while (i < limit)
        {
            var c = paragraph[i];
            if (c == ':') break;
            if (c == '(' && nameEnd < 0)
            {
                nameEnd = i;
                var close = paragraph[i..limit].IndexOf(')');
                if (close < 0) return false;
                i += close + 1;
                continue;
            }
            if (nameEnd >= 0) { if (!char.IsWhiteSpace(c)) return false; i++; continue; }
            if (c == ' ') { i++; continue; }
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letter = true;
            else if (!(char.IsDigit(c) || c is '-' or '\'' or '’' or '.')) return false;
            i++;
        }
        if (i >= limit || paragraph[i] != ':' || !letter) return false;
        if (nameEnd < 0) nameEnd = i;
        while (nameEnd > start && paragraph[nameEnd - 1] == ' ') nameEnd--;
        if (nameEnd <= start) return false;
        if (paragraph[start..nameEnd].Count(' ') + 1 > MaxLabelWords) return false;
        // Text after the colon, on the same paragraph.
        if (i + 1 >= paragraph.Length || !char.IsWhiteSpace(paragraph[i + 1]) || paragraph[(i + 1)..].Trim().IsEmpty) return false;
        nameLength = nameEnd - start;
        colon = i;
        return true;
    }

    static int NextColon(ReadOnlySpan<char> text, int from, int before)
    {
        if (from >= before) return -1;
        var k = text[from..before].IndexOf(':');
        return k < 0 ? -1 : from + k;
    }

    /// <summary>"X said: the rest" inside a paragraph: the rest of the sentence after the colon, when a speech word
    /// stands among the few words before it and no quote mark or digit follows.</summary>
    static Segment? InlineAfterColon(string s, ReadOnlySpan<char> lower, Segment block, int colon)
    {
        var k = colon + 1;
        if (k >= block.End || !char.IsWhiteSpace(s[k])) return null; // "10:30", "http://"
        while (k < block.End && char.IsWhiteSpace(s[k])) k++;
        if (k >= block.End || IsQuoteMark(s[k]) || s[k] is '‘' or '\'' || char.IsDigit(s[k])) return null;
        // The words just before the colon, back to a sentence end or at most six (in at most 100 characters).
        var from = Math.Max(block.Start, colon - 100);
        var before = s.AsSpan(from, colon - from);
        var sentenceStart = Math.Max(before.LastIndexOfAny('.', '!', '?'), before.LastIndexOfAny('“', '"', '”')) + 1;
        var lead = before[sentenceStart..];
        var words = 0;
        var speech = false;
        for (var e = lead.Length; e > 0 && words < 6;)
        {
            while (e > 0 && !IsWordChar(lead[e - 1])) e--;
            var a = e;
            while (a > 0 && IsWordChar(lead[a - 1])) a--;
            if (a == e) break;
            words++;
            if (TryWordKind(lower[(from + sentenceStart + a)..(from + sentenceStart + e)], out var isSpeech) && isSpeech) { speech = true; break; }
            e = a;
        }
        if (!speech) return null;
        var end = k;
        while (end < block.End)
        {
            var c = s[end];
            if (c is '.' or '!' or '?' && (end + 1 >= block.End || char.IsWhiteSpace(s[end + 1])))
            {
                end++;
                break;
            }
            end++;
        }
        return new Segment(SegmentKind.Quotation, k, end);
    }

    /// <summary>The text after the last sentence end (. ! ? followed by white space).</summary>
    static ReadOnlySpan<char> LastSentence(ReadOnlySpan<char> text)
    {
        for (var k = text.Length > 1 ? text[..^1].LastIndexOfAny('.', '!', '?') : -1; k >= 0; k = k > 0 ? text[..k].LastIndexOfAny('.', '!', '?') : -1)
            if (char.IsWhiteSpace(text[k + 1]) && !IsShortCapitalised(text, k)) return text[(k + 1)..].Trim();
        return text.Trim();
    }

    static bool IsShortCapitalised(ReadOnlySpan<char> text, int period)
    {
        var a = period;
        while (a > 0 && char.IsLetter(text[a - 1])) a--;
        return period - a is >= 1 and <= 3 && char.IsUpper(text[a]);
    }

    /// <summary>A credit: a short line that starts with a capitalised name and holds a quoted or bracketed title
    /// ("NYT (“Biden Orders …”)"), or starts with "From", "Via", "Per" ….</summary>
    static bool IsCredit(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || Segmenter.CountWords(line, MaxCreditWords + 1) > MaxCreditWords) return false;
        var firstWordEnd = 0;
        while (firstWordEnd < line.Length && !char.IsWhiteSpace(line[firstWordEnd])) firstWordEnd++;
        if (CreditOpeners.Contains(line[..firstWordEnd].TrimEnd(':')) && Segmenter.CountWords(line, 9) <= 8) return true;
        return IsCreditLine(line);
    }

    /// <summary>A publication and the title of its story, and nothing else: "NYT (“Biden Orders U.S. to Share Evidence
    /// …”)", "The Ledger, “Kremlin Denies …”": one to four capitalised words, an optional comma, an opening bracket or
    /// quote mark, and a closing one at the end.</summary>
    static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        if (line.Length < 6 || line[^1] is not (')' or '”' or '"' or '’')) return false;
        var k = 0;
        for (var words = 0; words < 4 && k < line.Length && char.IsUpper(line[k]); words++)
        {
            while (k < line.Length && (char.IsLetterOrDigit(line[k]) || line[k] is '.' or '&' or '\'' or '’' or '-')) k++;
            if (k < line.Length && line[k] == ',') k++;
            while (k < line.Length && char.IsWhiteSpace(line[k])) k++;
            if (k < line.Length && line[k] is '(' or '“' or '"' or '‘') return k > 0 && line.Length - k > 4;
        }
        return false;
    }

    /// <summary>The end of <paramref name="text"/> that holds its last <paramref name="count"/> words.</summary>
    static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int count)
    {
        var k = text.Length;
        for (var words = 0; k > 0 && words < count; words++)
        {
            while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
            while (k > 0 && !char.IsWhiteSpace(text[k - 1])) k--;
        }
        return text[k..];
    }

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExcerptVerbsOrdinal =
        ExcerptVerbs.Set.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-cased text holds a speech word.</summary>
    static bool HasSpeechWord(ReadOnlySpan<char> lowerText)
    {
        for (var k = 0; k < lowerText.Length;)
        {
            if (!IsWordChar(lowerText[k]))
            {
                k++;
                continue;
            }
            var start = k;
            while (k < lowerText.Length && IsWordChar(lowerText[k])) k++;
            if (TryWordKind(lowerText[start..k], out var speech) && speech) return true;
        }
        return false;
    }

    static bool HasWord(ReadOnlySpan<char> text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var k = 0; k < text.Length;)
        {
            if (!IsWordChar(text[k]))
            {
                k++;
                continue;
            }
            var start = k;
            while (k < text.Length && IsWordChar(text[k])) k++;
            if (words.Contains(text[start..k])) return true;
        }
        return false;
    }

    /// <summary>The credited source: the last word of the first run of capitalised words of the introduction that
    /// are not function words, its head ("NYT", "Post" of "The Washington Post", "Zakharova" of "Maria Zakharova");
    /// empty when there is none.</summary>
    static string CreditedName(ReadOnlySpan<char> line)
    {
        var head = "";
        for (var k = 0; k < line.Length;)
        {
            if (!IsWordChar(line[k]))
            {
                if (head.Length > 0 && !char.IsWhiteSpace(line[k])) return head; // the run ends at punctuation
                k++;
                continue;
            }
            var start = k;
            while (k < line.Length && IsWordChar(line[k])) k++;
            var word = line[start..k];
            if (char.IsUpper(word[0]) && !CreditOpeners.Contains(word) && !IsFunctionWord(word)) head = word.ToString();
            else if (head.Length > 0) return head;
        }
        return head;
    }

    static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase)
        || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("here", StringComparison.OrdinalIgnoreCase);

    static bool StartsWithListMark(ReadOnlySpan<char> text) =>
        text.Length > 1 && (text[0] is '•' or '·' or '*' or '-' or '–' or '—'
                            || (char.IsDigit(text[0]) && text.IndexOfAny('.', ')') is > 0 and <= 3));

    /// <summary>Whether a paragraph after an excerpt's first one is the writer's own again (see the remarks).</summary>
    static bool EndsExcerpt(string s, Segment block, ReadOnlySpan<char> text, List<Segment> pairs, string name)
    {
        if (text.IsEmpty) return false;
        if (text[0] is '(' or '[' or '—' or '–' or '-' or '|') return true;
        foreach (var opener in StopLineOpeners)
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;

        // Words outside quote marks: first person, or the credited name again.
        var p = FirstPairAtOrAfter(pairs, block.Start);
        for (var k = block.Start; k < block.End;)
        {
            if (p < pairs.Count && pairs[p].Start <= k)
            {
                k = Math.Max(k, pairs[p].End);
                p++;
                continue;
            }
            if (!IsWordChar(s[k]))
            {
                k++;
                continue;
            }
            var start = k;
            var limit = p < pairs.Count ? Math.Min(block.End, pairs[p].Start) : block.End;
            while (k < limit && IsWordChar(s[k])) k++;
            var word = s.AsSpan(start, k - start);
            // First person singular (checked by hand: most words are longer than any of them or start otherwise).
            if (word.Length <= 6 && (IsFirstPersonSingular(word) || IsFirstPersonPlural(word))) return true;
            if (name.Length > 0 && word.Length == name.Length && word.SequenceEqual(name)) return true;
        }
        return false;
    }

    /// <summary>Most words of a heading that opens a paragraph ("Why it matters:", "The Kremlin's response:").</summary>
    const int MaxHeadingWords = 4;

    /// <summary>A paragraph that is the writer's own however it follows an excerpt: one that opens with a heading
    /// (<see cref="OpensWithHeading"/>). <paramref name="text"/> is trimmed, <paramref name="lowerText"/> its lower-cased copy.</summary>
    static bool OpensOwnParagraph(ReadOnlySpan<char> text, ReadOnlySpan<char> lowerText) => OpensWithHeading(text, lowerText);

    static int LeadingSpace(ReadOnlySpan<char> text) => text.Length - text.TrimStart().Length;

    /// <summary>
    /// A paragraph that opens with a heading and a colon — the writer's own structure, not a speaker introducing
    /// speech: at most <see cref="MaxHeadingWords"/> words before its first colon, text after it, and the words either
    /// open with a question word ("Why it matters:", "What's next:", "What Russia says:") or hold no speech word ("The
    /// backstory:", "The Kremlin's response:"). "Peskov said: …" stays an introduction.
    /// </summary>
    static bool OpensWithHeading(ReadOnlySpan<char> text, ReadOnlySpan<char> lowerText)
    {
        var colon = text.Length > 60 ? text[..60].IndexOf(':') : text.IndexOf(':');
        if (colon <= 0 || text[colon..].TrimEnd().Length <= 1 || text[..colon].IndexOfAny(".?!\"“”") >= 0) return false;
        var words = 0;
        var speech = false;
        var question = false;
        for (var k = 0; k < colon;)
        {
            if (!IsWordChar(text[k]))
            {
                k++;
                continue;
            }
            var start = k;
            while (k < colon && IsWordChar(text[k])) k++;
            var word = lowerText[start..k];
            if (++words > MaxHeadingWords) return false;
            if (words == 1)
                question = word is "what" or "what's" or "what’s" or "why" or "how" or "who" or "who's" or "where" or "when";
            speech |= TryWordKind(word, out var isSpeech) && isSpeech;
        }
        return words > 0 && (question || !speech);
    }

    static bool IsFirstPersonSingular(ReadOnlySpan<char> word) =>
        word is "I" or "I'm" or "I’m" or "I've" or "I’ve" or "I'd" or "I’d" or "I'll" or "I’ll"
        || (word.Length >= 2 && (word[0] | 0x20) == 'm' && FirstPersonSingular.Contains(word));

    /// <summary>Whether a paragraph is one quotation pair from its first character to its last (the marks themselves
    /// inside or outside the pair's span).</summary>
    static bool IsOneQuotation(string s, Segment block, List<Segment> pairs)
    {
        var raw = s.AsSpan(block.Start, block.Length);
        var from = block.Start + LeadingSpace(raw);
        var to = block.Start + raw.TrimEnd().Length;
        if (to - from < 2) return false;
        var p = FirstPairAtOrAfter(pairs, from);
        return p < pairs.Count && pairs[p].Start <= from + 1 && pairs[p].Start >= from && pairs[p].End >= to - 1;
    }

    /// <summary>"we", "our", "us" (lower case: "US" is a country) and their contractions: the aggregator's own voice
    /// after an excerpt ("Our read: …", "We could not confirm …": round 12).</summary>
    static bool IsFirstPersonPlural(ReadOnlySpan<char> word) =>
        word is "we" or "We" or "our" or "Our" or "us" or "ours" or "we're" or "We're" or "we've" or "We've" or "we'll"
            or "We'll" or "we’re" or "We’re" or "we’ve" or "We’ve" or "we’ll" or "We’ll";

    static int FirstPairAtOrAfter(List<Segment> pairs, int position)
    {
        int lo = 0, hi = pairs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (pairs[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Ordered spans with overlapping or touching ones joined.</summary>
    static List<Segment> Merged(List<Segment> spans)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (kept > 0 && spans[i].Start <= spans[kept - 1].End)
            {
                if (spans[i].End > spans[kept - 1].End) spans[kept - 1] = spans[kept - 1] with { End = spans[i].End };
                continue;
            }
            spans[kept++] = spans[i];
        }
        spans.RemoveRange(kept, spans.Count - kept);
        return spans;
    }

    /// <summary>The quotations with each bracketed insertion ("[Russian]") cut out.</summary>
    static List<Segment> WithoutBrackets(string s, List<Segment> quotations)
    {
        // Most texts have no bracket inside their quotations: one search over them all settles it.
        if (quotations.Count == 0
            || s.AsSpan(quotations[0].Start, quotations[^1].End - quotations[0].Start).IndexOf('[') < 0) return quotations;
        for (var i = 0; i < quotations.Count; i++)
        {
            var q = quotations[i];
            var open = s.AsSpan(q.Start, q.Length).IndexOf('[');
            if (open < 0) continue;
            open += q.Start;
            var close = s.AsSpan(open, q.End - open).IndexOf(']');
            if (close < 0) continue;
            close += open + 1;
            // [q.Start, open) stays; [close, q.End) is looked at again as the next element.
            quotations[i] = q with { End = open };
            if (close < q.End) quotations.Insert(i + 1, q with { Start = close });
            if (quotations[i].Length == 0)
            {
                quotations.RemoveAt(i);
                i--;
            }
        }
        return quotations;
    }
}
