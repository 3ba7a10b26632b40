// A frozen copy of the text pipeline as it was before the speed work (commit f677044): the oracle that the
// equivalence tests compare the optimized implementation against. Do not optimize or "fix" it.
using System.Globalization;

using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text.Reference;

/// <summary>A segmented text with its tokens, sentences and quotations: the input of every scorer.</summary>
/// <remarks>
/// <para>Tokens are runs of letters and digits. An apostrophe (' ’ ‘) or hyphen between two letters/digits stays inside
/// ("russia's", "large-scale"); "." and "," between digits stay inside numbers ("1,000", "3.5"); single letters each
/// followed by a period form one acronym token with its periods ("u.s.", "d.c.", "e.g.").</para>
/// <para>A sentence ends at . ! ? (optionally followed by closing quotes or brackets) followed by whitespace and a
/// character that is not lower case; not after abbreviations ("Mr.", "Gen.", "Jan.", "No. 5", single capital
/// initials). A line break and a segment boundary always end a sentence.</para>
/// <para>Quotations are pairs of straight or curly double quotes inside headline, lead and body paragraphs, one
/// quotation per paragraph: a quotation still open at the end of its paragraph ends there (the standard
/// multi-paragraph quote re-opens with a quote mark at the start of the next paragraph, which starts the next
/// quotation), so an unbalanced quote never runs past its paragraph.</para>
/// </remarks>
sealed class ReferenceAnalyzedText
{
    readonly char[] _lower;
    readonly Token[] _tokens;
    readonly int _tokenCount;
    readonly Sentence[] _sentences;
    readonly int _sentenceCount;
    readonly int[] _wordCounts;

    ReferenceAnalyzedText(string text, char[] lower, Token[] tokens, int tokenCount, Sentence[] sentences, int sentenceCount,
        IReadOnlyList<Segment> segments, IReadOnlyList<Segment> quotations, int[] wordCounts)
    {
        Text = text;
        _lower = lower;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _sentences = sentences;
        _sentenceCount = sentenceCount;
        Segments = segments;
        Quotations = quotations;
        _wordCounts = wordCounts;
    }

    /// <summary>The text all offsets point into.</summary>
    public string Text { get; }

    /// <summary>The lower-cased text (same length as <see cref="Text"/>, curly apostrophes folded to ').</summary>
    public ReadOnlySpan<char> LowerText => _lower;

    /// <summary>Tokens in text order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>Sentences in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan(0, _sentenceCount);

    /// <summary>Block segments and quotation segments, ordered by start.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The quotation segments alone (a subset of <see cref="Segments"/>), ordered by start.</summary>
    public IReadOnlyList<Segment> Quotations { get; }

    /// <summary>The lower-cased form of token <paramref name="index"/> (curly apostrophes folded to ').</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        var token = Tokens[index];
        return _lower.AsSpan(token.Start, token.Length);
    }

    /// <summary>The lower-cased text of <c>[start, end)</c>.</summary>
    public ReadOnlySpan<char> LowerSpan(int start, int end) => _lower.AsSpan(start, end - start);

    /// <summary>Number of tokens in the given voice.</summary>
    public int WordCount(Voice voice) => (int)voice < _wordCounts.Length ? _wordCounts[(int)voice] : 0;

    /// <summary>Tokenizes, splits sentences and finds quotations in a segmented text.</summary>
    public static ReferenceAnalyzedText Analyze(SegmentedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text ?? "";
        var lower = new char[s.Length];
        s.AsSpan().ToLowerInvariant(lower);
        for (var i = 0; i < lower.Length; i++)
            if (lower[i] is '’' or '‘') lower[i] = '\'';

        var blocks = Blocks(text.Segments, s.Length);
        // Which quote-mark pairs are speech, and speech without marks, is decided by the production rules (they are not
        // part of the speed work this copy is an oracle for; QuotationStructureTests test them).
        var quotations = QuotationStructure.Resolve(s, lower, blocks, FindQuotations(s, blocks)).Quotations;

        var tokens = new Token[Math.Max(16, s.Length / 5)];
        var tokenCount = 0;
        var sentences = new Sentence[Math.Max(4, s.Length / 80)];
        var sentenceCount = 0;
        var wordCounts = new int[4];

        var block = 0;      // current block segment
        var quote = 0;      // first quotation that may contain the current position
        var sentenceStartToken = 0;
        var sentenceBlock = -2;

        var pos = 0;
        while (pos < s.Length)
        {
            if (!char.IsLetterOrDigit(s[pos]))
            {
                pos++;
                continue;
            }
            var start = pos;
            var end = ScanToken(s, start);
            pos = end;

            while (block < blocks.Count && blocks[block].End <= start) block++;
            var inBlock = block < blocks.Count && blocks[block].Start <= start;
            var kind = inBlock ? blocks[block].Kind : SegmentKind.Body;
            var blockId = inBlock ? block : -1 - block; // tokens between blocks form their own run

            while (quote < quotations.Count && quotations[quote].End <= start) quote++;
            var quoted = quote < quotations.Count && quotations[quote].Start <= start;
            var voice = kind switch
            {
                SegmentKind.Comments => Voice.Comments,
                SegmentKind.Boilerplate => Voice.None,
                _ => quoted ? Voice.Quotation : Voice.Outlet,
            };

            // Does a new sentence start at this token?
            if (tokenCount == 0 || blockId != sentenceBlock || EndsSentence(s, tokens[tokenCount - 1], start))
            {
                if (tokenCount > 0 && tokenCount > sentenceStartToken)
                    AddSentence(ref sentences, ref sentenceCount, s, tokens, sentenceStartToken, tokenCount);
                sentenceStartToken = tokenCount;
                sentenceBlock = blockId;
            }

            if (tokenCount == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[tokenCount++] = new Token(start, end - start, sentenceCount, kind, voice, Flags(s, start, end));
            wordCounts[(int)voice]++;
        }
        if (tokenCount > sentenceStartToken)
            AddSentence(ref sentences, ref sentenceCount, s, tokens, sentenceStartToken, tokenCount);

        var segments = new List<Segment>(blocks.Count + quotations.Count);
        segments.AddRange(blocks);
        segments.AddRange(quotations);
        segments.Sort(static (a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c != 0) return c;
            c = (a.Kind == SegmentKind.Quotation).CompareTo(b.Kind == SegmentKind.Quotation);
            return c != 0 ? c : b.End.CompareTo(a.End);
        });
        return new ReferenceAnalyzedText(s, lower, tokens, tokenCount, sentences, sentenceCount, segments, quotations,
            wordCounts);
    }

    /// <summary>Valid block segments (no quotations, clipped to the text, non-overlapping), ordered by start.</summary>
    static List<Segment> Blocks(IReadOnlyList<Segment>? segments, int length)
    {
        var blocks = new List<Segment>(segments?.Count ?? 0);
        if (segments is null) return blocks;
        foreach (var segment in segments)
        {
            if (segment.Kind == SegmentKind.Quotation) continue;
            var start = Math.Clamp(segment.Start, 0, length);
            var end = Math.Clamp(segment.End, start, length);
            if (end > start) blocks.Add(segment with { Start = start, End = end });
        }
        blocks.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (kept > 0 && blocks[i].Start < blocks[kept - 1].End)
            {
                if (blocks[i].End <= blocks[kept - 1].End) continue;
                blocks[i] = blocks[i] with { Start = blocks[kept - 1].End };
            }
            blocks[kept++] = blocks[i];
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
        return blocks;
    }

    /// <summary>End of the token starting at <paramref name="start"/> (a letter or digit).</summary>
    static int ScanToken(string s, int start)
    {
        // Acronym: single letters each followed by a period, at least two ("U.S.", "D.C.", "e.g.").
        var j = start;
        var units = 0;
        while (j + 1 < s.Length && char.IsLetter(s[j]) && s[j + 1] == '.')
        {
            units++;
            j += 2;
        }
        if (units >= 2 && (j >= s.Length || !char.IsLetterOrDigit(s[j]))) return j;

        var end = start + 1;
        while (end < s.Length)
        {
            var c = s[end];
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                end++;
                continue;
            }
            var next = end + 1 < s.Length ? s[end + 1] : '\0';
            var prev = s[end - 1];
            if (c is '\'' or '’' or '‘' or '-' or '\u2010' or '\u2011'
                && char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))
            {
                end += 2;
                continue;
            }
            if (c is '.' or ',' && char.IsDigit(prev) && char.IsDigit(next) && IsNumberSoFar(s, start, end))
            {
                end += 2;
                continue;
            }
            break;
        }
        return end;
    }

    static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // "1,000" and "3.5" but not "abc1.5": only tokens that are numbers so far keep . and ,
    static bool IsNumberSoFar(string s, int start, int end)
    {
        if (!char.IsDigit(s[start])) return false;
        for (var i = start; i < end; i++)
            if (!(char.IsDigit(s[i]) || s[i] is '.' or ',')) return false;
        return true;
    }

    static TokenFlags Flags(string s, int start, int end)
    {
        var flags = TokenFlags.None;
        if (char.IsUpper(s[start])) flags |= TokenFlags.Capitalized;
        if (char.IsDigit(s[start])) flags |= TokenFlags.Numeric;
        var letters = 0;
        var allUpper = true;
        for (var i = start; i < end && allUpper; i++)
        {
            var c = s[i];
            if (!char.IsLetter(c)) continue;
            letters++;
            allUpper = char.IsUpper(c);
        }
        if (allUpper && letters >= 2) flags |= TokenFlags.AllCaps;
        return flags;
    }

    /// <summary>Whether the gap between <paramref name="previous"/> and the token at <paramref name="nextStart"/>
    /// ends a sentence.</summary>
    static bool EndsSentence(string s, Token previous, int nextStart)
    {
        var gap = s.AsSpan(previous.End, nextStart - previous.End);
        if (gap.IndexOfAny('\n', '\r', '\u2029') >= 0 || gap.IndexOf('\u2028') >= 0) return true;

        var p = gap.IndexOfAny(".!?…");
        if (p < 0) return false;
        var terminal = gap[p];
        var i = p + 1;
        while (i < gap.Length && gap[i] is '.' or '!' or '?' or '…' or '"' or '\'' or '”' or '’' or ')' or ']' or '»') i++;
        if (i >= gap.Length || !char.IsWhiteSpace(gap[i])) return false;
        while (i < gap.Length && char.IsWhiteSpace(gap[i])) i++;
        var following = i < gap.Length ? gap[i] : s[nextStart];
        if (char.IsLower(following)) return false;

        if (terminal == '.' && p == 0 && IsAbbreviation(s, previous, nextStart)) return false;
        return true;
    }

    static bool IsAbbreviation(string s, Token previous, int nextStart)
    {
        var word = s.AsSpan(previous.Start, previous.Length);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "George W. Bush"
        Span<char> lower = stackalloc char[8];
        if (word.Length > lower.Length) return false;
        lower = lower[..word.ToLowerInvariant(lower)];
        if (lower is "no") return char.IsDigit(s[nextStart]); // "No. 5", not "said no."
        return lower is "mr" or "mrs" or "ms" or "dr" or "sen" or "sens" or "rep" or "reps" or "gen" or "gov" or "st"
            or "lt" or "col" or "sgt" or "capt" or "adm" or "maj" or "cmdr" or "prof" or "jr" or "sr" or "rev" or "hon"
            or "pres" or "amb" or "supt" or "det" or "insp" or "jan" or "feb" or "apr" or "jun" or "jul" or "aug"
            or "sep" or "sept" or "oct" or "nov" or "dec" or "vs" or "mt" or "ft" or "approx" or "dept" or "univ"
            or "fig" or "cf" or "al";
    }

    static void AddSentence(ref Sentence[] sentences, ref int count, string s, Token[] tokens, int first, int end)
    {
        var start = tokens[first].Start;
        while (start > 0 && s[start - 1] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«') start--;
        var stop = tokens[end - 1].End;
        while (stop < s.Length && s[stop] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ']' or '»')
            stop++;
        if (count == sentences.Length) Array.Resize(ref sentences, sentences.Length * 2);
        var voices = 0;
        for (var t = first; t < end; t++)
            if (tokens[t].Voice != Voice.None) voices |= 1 << (int)tokens[t].Voice;
        sentences[count++] = new Sentence(start, stop, first, end - first, tokens[first].Segment, (byte)voices);
    }

    /// <summary>Quotation spans (marks included) inside headline, lead and body blocks, one per paragraph at most
    /// per pair of marks.</summary>
    static List<Segment> FindQuotations(string s, List<Segment> blocks)
    {
        var quotations = new List<Segment>();
        foreach (var block in blocks)
        {
            if (block.Kind is not (SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Body)) continue;
            var span = s.AsSpan(block.Start, block.Length);
            var open = -1;
            var offset = 0;
            while (true)
            {
                var k = span[offset..].IndexOfAny('"', '“', '”');
                if (k < 0) break;
                var i = offset + k;
                offset = i + 1;
                var c = span[i];
                var before = i > 0 ? span[i - 1] : ' ';
                var after = i + 1 < span.Length ? span[i + 1] : ' ';
                // Closing-like: attached to the word before it and not to a word after it.
                var closingLike = !char.IsWhiteSpace(before) && before is not ('(' or '[' or '—' or '–')
                                  && !char.IsLetterOrDigit(after);
                if (open < 0)
                {
                    // A lone closing mark cannot open a quotation (”, or a straight quote after a word).
                    if (c == '”' && closingLike) continue;
                    if (c == '"' && closingLike && i > 0) continue;
                    open = i;
                }
                else if (c != '“' || closingLike)
                {
                    // “ while open closes only when it sits where a closing mark would (file typos: “…“).
                    Add(quotations, block.Start + open, block.Start + i + 1);
                    open = -1;
                }
                // else: a second opening mark inside an open quotation, kept open.
            }
            if (open >= 0) Add(quotations, block.Start + open, block.End);
        }
        return quotations;

        static void Add(List<Segment> list, int start, int end)
        {
            if (end - start > 2) list.Add(new Segment(SegmentKind.Quotation, start, end));
        }
    }
}
