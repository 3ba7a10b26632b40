using System.Buffers;
using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;

namespace FramingApi.Analysis.Text;

/// <summary>Heuristic segmentation of plain article text into headline, lead, body, boilerplate and comments.</summary>
/// <remarks>
/// Every non-blank line is one block segment (trimmed; files use blank lines or single newlines between
/// paragraphs). The rules, in order:
/// <list type="number">
/// <item>Comments: the first reader-comment header ("1. steve says:", "Rick S says:",
/// "jane on May 2, 2023 at 10:14 am said:") after the first line; it and everything after it.</item>
/// <item>Boilerplate by cue: sign-up, subscribe, newsletter, share and social lines, "Related …", "Filed under:",
/// copyright (©, "(c) 2023", "All rights reserved"), "Distributed by …", "Visit example.com", bylines and
/// datelines ("by | Jul 26, 2023", "By Jane Doe"), "Follow … on Twitter", photo credits in parentheses
/// ("(… via Getty Images)", "(AP Photo/…)", "/TNS"), lines without any letter or digit.</item>
/// <item>Author bios: "About &lt;Name&gt;" followed by a paragraph that starts with the name (both), and a bare
/// "&lt;Name&gt;" line just before it; "About the author" and the paragraph after it.</item>
/// <item>Captions: a line that is a prefix of the next line when the next line is boilerplate (a caption shown
/// twice, once with its credit).</item>
/// <item>Headline: the first remaining line, when it is short (2–25 words), starts with a capital and does not end
/// like a sentence (no final period, colon or comma). Exact repeats of the headline (case and whitespace
/// ignored) anywhere before the comments are Headline too. With an explicit headline, only its repeats are.</item>
/// <item>Lead: the first remaining line of at least 12 words that ends with sentence punctuation. Lines between
/// the headline and the lead are Lead as well (a standfirst, a "NYT (…):" introduction), except captions and
/// kickers: lines that start in lower case, or have at most five words and no final punctuation.</item>
/// <item>Tail: after the last real paragraph (12 words or more, or a sentence with a verb), short lines (≤ 8 words) without a verb are
/// promotional furniture ("Our Books", "latest book lineup."), and title-like lines after a "Related …" header are
/// its list.</item>
/// <item>Everything else is Body (cross-heads included).</item>
/// </list>
/// <para>Speed: lines are spans, never substrings; each cue regex runs only on lines that pass a cheap necessary
/// check first (a comment header ends with ':', a photo credit with ')', a bio starts with "about"), so ordinary
/// prose lines cost one pass to describe them and a few vectorized searches.</para>
/// </remarks>
public static partial class Segmenter
{
    /// <summary>Lines longer than this are never matched against the cue patterns (they are prose, and it
    /// bounds the regex work on hostile input).</summary>
    const int MaxCueLength = 400;

    /// <summary>Segments <c>text[start..end)</c>; returns block segments in order (no quotation segments).</summary>
    public static List<Segment> Segment(string text, int start, int end) => Segment(text, start, end, null);

    /// <summary>
    /// Segments <c>text[start..end)</c> when the article's headline is known (sent separately): no line is detected
    /// as a headline, but lines that repeat <paramref name="knownHeadline"/> are labelled Headline.
    /// </summary>
    public static List<Segment> Segment(string text, int start, int end, string? knownHeadline) =>
        Segment(text, start, end, knownHeadline, 0);

    /// <summary><see cref="Segment(string, int, int, string?)"/>, the list with room for <paramref name="spare"/>
    /// more segments (the other parts of a composed text) and starting with <paramref name="leading"/> when given (a
    /// composed text's headline, before the body: added first rather than inserted, which moved every segment).</summary>
    internal static List<Segment> Segment(string text, int start, int end, string? knownHeadline, int spare,
        Segment? leading = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        // A guess at the number of lines (a pass to count the '\n' cost more than the rare growth).
        var lineBuffer = ArrayPool<LineInfo>.Shared.Rent(Math.Max(16, (end - start) >> 6));
        SegmentKind?[]? kindBuffer = null;
        try
        {
            var lineCount = SplitLines(text, start, end, ref lineBuffer);
            var result = new List<Segment>(lineCount + spare);
            if (leading is { } first) result.Add(first);
            if (lineCount == 0) return result;
            kindBuffer = ArrayPool<SegmentKind?>.Shared.Rent(lineCount);
            var kinds = kindBuffer.AsSpan(0, lineCount);
            kinds.Clear();
            Classify(text, lineBuffer.AsSpan(0, lineCount), kinds, knownHeadline);
            for (var i = 0; i < lineCount; i++)
                result.Add(new Segment(kinds[i] ?? SegmentKind.Body, lineBuffer[i].Start, lineBuffer[i].End));
            return result;
        }
        finally
        {
            ArrayPool<LineInfo>.Shared.Return(lineBuffer);
            if (kindBuffer is not null) ArrayPool<SegmentKind?>.Shared.Return(kindBuffer);
        }
    }

    /// <summary>Applies the rules (see the class remarks) to the non-blank lines; <paramref name="kinds"/> starts
    /// all null and ends null where a line is Body.</summary>
    static void Classify(string text, Span<LineInfo> lines, Span<SegmentKind?> kinds, string? knownHeadline)
    {
        ReadOnlySpan<char> Line(ReadOnlySpan<LineInfo> lines, int i) => text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
        static bool IsCue(in LineInfo line) => line.End - line.Start <= MaxCueLength;
        // A line's words are counted when a rule first asks (most prose lines: never).
        int Words(ref LineInfo line) => line.Words >= 0 ? line.Words
            : line.Words = CountWords(text.AsSpan(line.Start, line.End - line.Start), MaxWordsCompared);

        // 1. Comments.
        var bodyEnd = lines.Length;
        for (var i = 1; i < lines.Length; i++)
        {
            if (IsCue(lines[i]) && IsCommentHeader(Line(lines, i)))
            {
                bodyEnd = i;
                break;
            }
        }
        kinds[bodyEnd..].Fill(SegmentKind.Comments);

        // 2. Boilerplate by cue.
        for (var i = 0; i < bodyEnd; i++)
        {
            if (!lines[i].HasLetterOrDigit || (IsCue(lines[i]) && IsBoilerplateCue(Line(lines, i), ref lines[i].Words)))
                kinds[i] = SegmentKind.Boilerplate;
        }

        // 3. Author bios (both patterns start with "about": the regexes run on those lines only).
        for (var i = 0; i < bodyEnd; i++)
        {
            // Only 'a' and 'A' fold to 'A' (ordinal, ignoring case): most lines end at their first character.
            if ((text[lines[i].Start] | 0x20) != 'a' || !IsCue(lines[i])
                || !Line(lines, i).StartsWith("about", StringComparison.OrdinalIgnoreCase)) continue;
            var s = Line(lines, i).ToString();
            if (AboutTheAuthor().IsMatch(s))
            {
                kinds[i] = SegmentKind.Boilerplate;
                if (i + 1 < bodyEnd) kinds[i + 1] = SegmentKind.Boilerplate;
                continue;
            }
            var about = AboutName().Match(s);
            if (!about.Success || i + 1 >= bodyEnd) continue;
            var name = about.Groups["name"].Value;
            var first = name.Split(' ')[0];
            if (!Line(lines, i + 1).StartsWith(first, StringComparison.Ordinal)) continue;
            kinds[i] = kinds[i + 1] = SegmentKind.Boilerplate;
            if (i > 0 && NormalizedEquals(Line(lines, i - 1), Normalized(name))) kinds[i - 1] = SegmentKind.Boilerplate;
        }

        // 4. A caption repeated with its credit: the first copy is a prefix of the boilerplate second one.
        for (var i = bodyEnd - 2; i >= 0; i--)
        {
            if (kinds[i] is null && kinds[i + 1] == SegmentKind.Boilerplate && Words(ref lines[i]) >= 2
                && Normalized(Line(lines, i + 1)).StartsWith(Normalized(Line(lines, i)), StringComparison.Ordinal))
                kinds[i] = SegmentKind.Boilerplate;
        }

        // 5. Headline.
        string? headline = null;
        if (!string.IsNullOrWhiteSpace(knownHeadline))
        {
            headline = Normalized(knownHeadline);
        }
        else
        {
            var first = kinds[..bodyEnd].IndexOf((SegmentKind?)null);
            if (first >= 0 && IsCue(lines[first]) && IsHeadlineLike(Line(lines, first), Words(ref lines[first])))
                headline = Normalized(Line(lines, first));
        }
        if (headline is not null)
        {
            for (var i = 0; i < bodyEnd; i++)
            {
                if (kinds[i] is null && lines[i].End - lines[i].Start <= headline.Length * 2 + 8
                    && NormalizedEquals(Line(lines, i), headline))
                    kinds[i] = SegmentKind.Headline;
            }
        }

        // 6. Lead: the first real paragraph, and what stands between it and the headline.
        var lead = -1;
        for (var i = 0; i < bodyEnd && lead < 0; i++)
            if (kinds[i] is null && lines[i].EndsSentence && Words(ref lines[i]) >= 12) lead = i;
        if (lead < 0) lead = kinds[..bodyEnd].IndexOf((SegmentKind?)null);
        if (lead >= 0)
        {
            kinds[lead] = SegmentKind.Lead;
            for (var i = 0; i < lead; i++)
            {
                if (kinds[i] is not null) continue;
                var caption = lines[i].StartsLower || (!lines[i].EndsSentence && !lines[i].EndsColon && Words(ref lines[i]) <= 5);
                kinds[i] = caption ? SegmentKind.Boilerplate : SegmentKind.Lead;
            }
        }

        // 7. Tail furniture after the last real paragraph.
        // The last one, looked for from the end: the verb test runs on the tail lines only.
        var lastReal = bodyEnd - 1;
        while (lastReal >= 0 && !(kinds[lastReal] is null or SegmentKind.Lead
                   && (Words(ref lines[lastReal]) >= 12
                       || (lines[lastReal].Words >= 4 && lines[lastReal].EndsSentence && IsCue(lines[lastReal])
                           && HasVerb(Line(lines, lastReal))))))
            lastReal--;
        var inRelatedList = false;
        for (var i = lastReal + 1; i < bodyEnd; i++)
        {
            if (kinds[i] == SegmentKind.Boilerplate)
            {
                inRelatedList = IsCue(lines[i]) && RelatedHeader().IsMatch(Line(lines, i));
                continue;
            }
            if (kinds[i] is not null) continue;
            if (Words(ref lines[i]) <= 8 && IsCue(lines[i]) && !HasVerb(Line(lines, i)))
                kinds[i] = SegmentKind.Boilerplate;
            else if (inRelatedList && lines[i].Words <= 20 && !lines[i].EndsSentence)
                kinds[i] = SegmentKind.Boilerplate;
        }
    }

    /// <summary>A trimmed non-blank line. <see cref="Words"/>: its number of words (<see cref="CountWords"/> up to
    /// <see cref="MaxWordsCompared"/>), or -1 until a rule asks.</summary>
    struct LineInfo(int start, int end, bool endsSentence, bool endsColon, bool startsLower, bool hasLetterOrDigit)
    {
        public readonly int Start = start;
        public readonly int End = end;
        public readonly bool EndsSentence = endsSentence;
        public readonly bool EndsColon = endsColon;
        public readonly bool StartsLower = startsLower;
        public readonly bool HasLetterOrDigit = hasLetterOrDigit;
        public int Words = -1;
    }

    /// <summary>Fills <paramref name="lines"/> (a rented array, replaced by a larger one when full) with the trimmed
    /// non-blank lines of <c>text[start..end)</c>; returns how many.</summary>
    static int SplitLines(string text, int start, int end, ref LineInfo[] lines)
    {
        var count = 0;
        var pos = start;
        while (pos < end)
        {
            var nl = text.AsSpan(pos, end - pos).IndexOf('\n');
            var lineEnd = nl < 0 ? end : pos + nl;
            var s = pos;
            var e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                if (count == lines.Length) Grow(ref lines);
                lines[count++] = Describe(text, s, e);
            }
            pos = lineEnd + 1;
        }
        return count;
    }

    static void Grow(ref LineInfo[] lines)
    {
        var larger = ArrayPool<LineInfo>.Shared.Rent(lines.Length * 2);
        lines.CopyTo(larger, 0);
        ArrayPool<LineInfo>.Shared.Return(lines);
        lines = larger;
    }

    static LineInfo Describe(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var firstLetterOrDigit = span.IndexOfAnyExcept(NotLetterOrDigitAscii);
        if (firstLetterOrDigit >= 0 && !char.IsAsciiLetterOrDigit(span[firstLetterOrDigit]))
        {
            // Non-ASCII: the first letter or digit may be further on, or not exist.
            while (firstLetterOrDigit < span.Length && !char.IsLetterOrDigit(span[firstLetterOrDigit]))
                firstLetterOrDigit++;
            if (firstLetterOrDigit == span.Length) firstLetterOrDigit = -1;
        }
        var hasLetterOrDigit = firstLetterOrDigit >= 0;
        var startsLower = hasLetterOrDigit && char.IsLower(span[firstLetterOrDigit]);

        var lastEnd = span.Length; // closing quotes and brackets trimmed
        while (lastEnd > 0 && span[lastEnd - 1] is '"' or '\'' or '”' or '’' or ')' or ']' or '»') lastEnd--;
        var endsSentence = lastEnd > 0 && span[lastEnd - 1] is '.' or '!' or '?' or '…';
        var endsColon = span[^1] == ':';
        return new LineInfo(start, end, endsSentence, endsColon, startsLower, hasLetterOrDigit);
    }

    /// <summary>The rules compare word counts with thresholds up to 80; counting stops above.</summary>
    const int MaxWordsCompared = 81;

    /// <summary>Number of whitespace-separated words in <paramref name="span"/>, or some number ≥ <paramref name="cap"/>
    /// when there are at least that many.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its own registers: inlined into the line loop, it kept its counters on the stack
    internal static int CountWords(ReadOnlySpan<char> span, int cap)
    {
        // A word starts at every non-space that follows a space (or the line start). ASCII blocks of 16 (or 8)
        // characters are done with one vector compare and a popcount; a block with any non-ASCII character goes char
        // by char.
        var words = 0;
        var afterSpace = true;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(span);
            for (; i + Vector256<ushort>.Count <= chars.Length && words < cap; i += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(chars.Slice(i, Vector256<ushort>.Count));
                if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x7F)))
                {
                    CountScalar(span.Slice(i, Vector256<ushort>.Count), ref words, ref afterSpace);
                    continue;
                }
                var space = Vector256.Equals(v, Vector256.Create((ushort)' '))
                            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')));
                var spaceBits = space.ExtractMostSignificantBits();
                var spaceBefore = (spaceBits << 1) | (afterSpace ? 1u : 0u);
                words += BitOperations.PopCount(~spaceBits & spaceBefore & 0xFFFFu);
                afterSpace = (spaceBits & 0x8000u) != 0;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(span);
            for (; i + Vector128<ushort>.Count <= chars.Length && words < cap; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                if (Vector128.GreaterThanAny(v, Vector128.Create((ushort)0x7F)))
                {
                    CountScalar(span.Slice(i, Vector128<ushort>.Count), ref words, ref afterSpace);
                    continue;
                }
                var space = Vector128.Equals(v, Vector128.Create((ushort)' '))
                            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
                var spaceBits = space.ExtractMostSignificantBits();
                var spaceBefore = (spaceBits << 1) | (afterSpace ? 1u : 0u);
                words += BitOperations.PopCount(~spaceBits & spaceBefore & 0xFFu);
                afterSpace = (spaceBits & 0x80u) != 0;
            }
        }
        if (words < cap) CountScalar(span[i..], ref words, ref afterSpace);
        return words;

        static void CountScalar(ReadOnlySpan<char> span, ref int words, ref bool afterSpace)
        {
            foreach (var c in span)
            {
                var space = char.IsWhiteSpace(c);
                if (afterSpace && !space) words++;
                afterSpace = space;
            }
        }
    }

    /// <summary>Every ASCII character that is not a letter or digit: a vectorized search for the first letter or
    /// digit of a line (any non-ASCII character stops it too).</summary>
    static readonly SearchValues<char> NotLetterOrDigitAscii = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c)).ToArray());

    /// <summary>Lower case, whitespace runs as one space, trimmed: how lines are compared for repeats.</summary>
    internal static string Normalized(ReadOnlySpan<char> s)
    {
        var buffer = new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) buffer[n++] = ' ';
            buffer[n++] = char.ToLowerInvariant(c);
            space = false;
        }
        return new string(buffer, 0, n);
    }

    /// <summary>Whether <c>Normalized(s) == normalized</c>, without building the normalized string.</summary>
    static bool NormalizedEquals(ReadOnlySpan<char> s, string normalized)
    {
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space && (n >= normalized.Length || normalized[n++] != ' ')) return false;
            if (n >= normalized.Length || normalized[n++] != char.ToLowerInvariant(c)) return false;
            space = false;
        }
        return n == normalized.Length;
    }

    static bool IsHeadlineLike(ReadOnlySpan<char> line, int words)
    {
        if (words is < 2 or > 25 || line.Length > 250) return false;
        var first = line.TrimStart("\"'“‘«([");
        if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0]))) return false;
        return line[^1] is not ('.' or ':' or ';' or ',');
    }

    internal static bool IsCommentHeader(ReadOnlySpan<char> line) =>
        line.Length <= 160 && EndsWithBeforeFinalNewline(line, ':') && MayEndWithSpeechVerb(line)
        && (NumberedCommentHeader().IsMatch(line) || DatedCommentHeader().IsMatch(line)
            || IsPlainCommentHeader(line.ToString()));

    /// <summary>
    /// A necessary condition for the three comment-header patterns, all of which end in a speech verb ("says",
    /// "said", "wrote", "writes"), white space and ':' (which <see cref="EndsWithBeforeFinalNewline"/> checked): the
    /// verb in ASCII letters of any case, or a non-ASCII character among the last six (case-insensitive matching has
    /// non-ASCII equivalents: the patterns decide). A prose line ending in ':' costs no pattern run.
    /// </summary>
    static bool MayEndWithSpeechVerb(ReadOnlySpan<char> line)
    {
        if (line.EndsWith('\n')) line = line[..^1];
        line = line[..^1].TrimEnd(); // the ':'
        var tail = line[^Math.Min(6, line.Length)..];
        return tail.ContainsAnyExceptInRange('\0', '\x7F')
               || tail.EndsWith("says", StringComparison.OrdinalIgnoreCase) || tail.EndsWith("said", StringComparison.OrdinalIgnoreCase)
               || tail.EndsWith("wrote", StringComparison.OrdinalIgnoreCase) || tail.EndsWith("writes", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a pattern ending in <c>c\s*$</c> can match, cheaply (<c>$</c> also matches before a final
    /// '\n').</summary>
    static bool EndsWithBeforeFinalNewline(ReadOnlySpan<char> line, char c)
    {
        if (line.EndsWith('\n')) line = line[..^1];
        return line.EndsWith(c);
    }

    static bool IsPlainCommentHeader(string line)
    {
        var m = PlainCommentHeader().Match(line);
        if (!m.Success) return false;
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (NotAName.Contains(words[0].ToLowerInvariant())) return false;
        // "Rick S says:" or a handle ("OzarkHillbilly says:"); not "the spokesperson says:".
        return words.Length == 1 || words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w[0] == '@');
    }

    static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which", "one",
        "someone", "everyone", "nobody", "everybody", "his", "her", "their", "our", "my", "report", "statement",
        "spokesperson", "spokesman", "spokeswoman", "official", "officials",
    };

    internal static bool IsBoilerplateCue(ReadOnlySpan<char> line, int words) => IsBoilerplateCue(line, ref words);

    /// <summary><see cref="IsBoilerplateCue(ReadOnlySpan{char}, int)"/>, <paramref name="words"/> -1 until a check
    /// needs the line's word count (then counted and kept): each cheap necessary condition is asked first.</summary>
    static bool IsBoilerplateCue(ReadOnlySpan<char> line, ref int words)
    {
        if (MayStartCue(line))
        {
            if (words < 0) words = CountWords(line, MaxWordsCompared);
            if (words <= 12 && ShortCue().IsMatch(line)) return true;
            if (words <= 60 && LeadingCue().IsMatch(line)) return true;
            if (words <= 12 && (Byline().IsMatch(line) || Dateline().IsMatch(line))) return true;
            if (words <= 20 && FollowOn().IsMatch(line)) return true;
        }
        if (MayBeCopyright(line) && (words >= 0 ? words : words = CountWords(line, MaxWordsCompared)) <= 40
            && Copyright().IsMatch(line)) return true;
        if (PhotoCreditStart(line) is var open and >= 0 && (words >= 0 ? words : words = CountWords(line, MaxWordsCompared)) <= 80
            && PhotoCredit().IsMatch(line[open..])) return true;
        return false;
    }

    /// <summary>
    /// A necessary condition for the cues anchored at the line start (<see cref="ShortCue"/>, <see cref="LeadingCue"/>,
    /// <see cref="Byline"/>, <see cref="Dateline"/>, <see cref="FollowOn"/>): the line starts with a digit, or its
    /// first word (a run of ASCII letters, any case) is one those patterns can start with, or it starts with a
    /// non-ASCII character (case-insensitive matching has non-ASCII equivalents: the patterns decide). Most prose
    /// lines ("The jury said …") are settled by one set look-up instead of five pattern runs.
    /// </summary>
    internal static bool MayStartCue(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return false;
        var c = line[0];
        if (c >= 128 || char.IsAsciiDigit(c)) return true;
        if (!char.IsAsciiLetter(c)) return false;
        var n = 1;
        while (n < line.Length && char.IsAsciiLetter(line[n])) n++;
        if (n < line.Length && line[n] >= 128) return true;
        if (n >= MaxCueFirstWordLength || !CueFirstWordShapes[Shape(n, line[0], line[n - 1])]) return false;
        return CueFirstWords.Contains(line[..n]);
    }

    /// <summary>Every first word of the anchored cue patterns (each alternative's first run of letters; a month or
    /// day with each spelling the pattern allows). Keep in step with the patterns; SegmenterTests checks one line per
    /// alternative.</summary>
    static readonly string[] CueFirstWordList =
    [
        // ShortCue
        "subscribe", "sign", "click", "read", "see", "more", "follow", "leave", "join", "skip", "listen", "get",
        "related", "share", "tweet", "print", "e", "email", "facebook", "twitter", "linkedin", "whatsapp", "reddit",
        "pinterest", "advertisement", "sponsored", "trending", "recommended", "most", "comment", "comments", "our",
        "newsletter", "newsletters", "register", "log", "login", "menu", "home", "search", "back", "tag", "tags",
        "topic", "topics",
        // LeadingCue
        "filed", "posted", "categories", "distributed", "copyright", "photo", "image", "picture", "photograph",
        "credit", "visit",
        // Byline
        "by", "written",
        // Dateline
        "published", "updated", "last", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
        "july", "aug", "august", "sep", "sept", "sepember", "september", "oct", "october", "nov", "november", "dec",
        "december",
    ];

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueFirstWords =
        CueFirstWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A first word this long or longer is none of <see cref="CueFirstWordList"/>.</summary>
    const int MaxCueFirstWordLength = 16;

    /// <summary>
    /// The length, first and last letter of every word of <see cref="CueFirstWordList"/> (<see cref="Shape"/>): a
    /// necessary condition checked before the set look-up, which most first words of prose ("The", "He", "But")
    /// fail. The words and the first words looked up are ASCII letters, which fold case by one bit.
    /// </summary>
    static readonly System.Collections.BitArray CueFirstWordShapes = ShapesOf(CueFirstWordList);

    static int Shape(int length, char first, char last) => (length * 32 + (first | 0x20) - 'a') * 32 + (last | 0x20) - 'a';

    static System.Collections.BitArray ShapesOf(string[] words)
    {
        var shapes = new System.Collections.BitArray(MaxCueFirstWordLength * 32 * 32);
        foreach (var word in words)
        {
            if (word.Length >= MaxCueFirstWordLength || !word.All(char.IsAsciiLetter))
                throw new InvalidOperationException($"Cue first word '{word}': ASCII letters, shorter than {MaxCueFirstWordLength}.");
            shapes[Shape(word.Length, word[0], word[^1])] = true;
        }
        return shapes;
    }

    /// <summary>
    /// A necessary condition for <see cref="PhotoCredit"/>: the line ends with ')' (and white space), the bracket
    /// that opens it is the last one before (the pattern allows no bracket inside), and what is inside has one of the
    /// pattern's words in ASCII letters of any case, or a non-ASCII character (case-insensitive matching has non-ASCII
    /// equivalents: the pattern decides). Prose lines that end in a bracket cost one search instead of a pattern run
    /// from every '('. Returns where that bracket is, or -1: a match can only start there, so the pattern runs from it
    /// (run on the whole line, the regex tried other starts too: 250 µs on one Brown line, 42 µs from the bracket).
    /// </summary>
    static int PhotoCreditStart(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.EndsWith(')')) return -1;
        var open = trimmed[..^1].LastIndexOfAny('(', ')');
        if (open < 0 || trimmed[open] != '(') return -1;
        var inside = trimmed[(open + 1)..^1];
        return inside.ContainsAnyExceptInRange('\0', '\x7F') || inside.ContainsAny(PhotoCreditWords) ? open : -1;
    }

    /// <summary>Every word of <see cref="PhotoCredit"/>'s alternatives ("ap photo" has "photo").</summary>
    static readonly SearchValues<string> PhotoCreditWords = SearchValues.Create(
        ["via", "getty images", "photo", "reuters", "afp", "/tns", "courtesy", "credit", "shutterstock", "epa", "/ap"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A necessary condition for <see cref="Copyright"/>: two vectorized searches instead of the regex
    /// stopping at every 'a'. "(c)" and "erved" have no case-insensitive equivalents outside ASCII (unlike 's' or
    /// 'k'). "(c)" rather than any '(' (speed29): a line with a bracket, common in prose, ran the pattern.</summary>
    static bool MayBeCopyright(ReadOnlySpan<char> line) =>
        line.Contains('©') || line.IndexOfAny(CopyrightWords) >= 0;

    static readonly SearchValues<string> CopyrightWords = SearchValues.Create(["(c)", "erved"], StringComparison.OrdinalIgnoreCase);

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "shall", "may", "might", "must", "say", "says", "said", "tell", "tells",
        "told", "go", "goes", "went", "make", "makes", "made", "take", "takes", "took", "get", "gets", "got", "see",
        "sees", "saw", "know", "knows", "knew", "think", "thinks", "thought", "want", "wants", "give", "gives", "gave",
        "come", "comes", "came", "seem", "seems", "become", "became", "remain", "remains", "keep", "keeps", "kept",
        "let", "lets", "begin", "began", "show", "shows", "shown", "hold", "holds", "held", "pay", "pays", "paid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static bool HasVerb(ReadOnlySpan<char> line)
    {
        foreach (var range in line.Split(' '))
        {
            var w = line[range].Trim(".,;:!?\"'“”‘’()[]");
            if (w.Length == 0) continue;
            if (Verbs.Contains(w)) return true;
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return true;
            if (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\d{1,4}[.)]?\s+\S.{0,60}?\s+(says|said|wrote|writes)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedCommentHeader();

    [GeneratedRegex(@"^\S.{0,60}?\s+(on\s+)?(\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(,?\s+(at\s+)?\d{1,2}:\d{2}\s*([ap]\.?m\.?)?)?\s+(says|said|wrote)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedCommentHeader();

    [GeneratedRegex(@"^(?<name>[\p{L}\p{N}_@.'-]+(\s+[\p{L}\p{N}_@.'-]+){0,3})\s+says\s*:$")]
    private static partial Regex PlainCommentHeader();

    [GeneratedRegex(@"^((subscribe|sign (up|in)|click (here|to)|read more|see also|more from|follow us|leave a (reply|comment)|join the (conversation|discussion)|skip to|listen to (this|the) (article|story)|get (our|the)\b.*newsletter)\b.*|related(\s+(articles?|stories|story|posts?|links?|coverage|content|reading|news|topics))?\s*(:.*)?|(share|tweet|print|e-?mail|facebook|twitter|linkedin|whatsapp|reddit|pinterest|advertisement|sponsored( content)?|trending( now)?|recommended( for you)?|most (read|popular|viewed)|\d*\s*comments?|our books|newsletters?|register|log ?in|menu|home|search|back to top)(\s+(this|on \w+|article|story|post|page))*\s*:?|tags?\s*:.*|topics?\s*:.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortCue();

    [GeneratedRegex(@"^(sign up\b|subscribe\b|filed under\s*:|posted in\s*:|categories\s*:|tags\s*:|distributed by\b|copyright\b|related (articles?|stories|story|posts?|links?|coverage|content|reading)\s*:|read more\s*:|see also\s*:|(photo|image|picture|photograph) (by|credit|courtesy)\b|(photo|image|credit)\s*:|visit\s+(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?\s*\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCue();

    [GeneratedRegex(@"©|\(c\)\s*\d{4}|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?i:by|posted by|written by)\s*(\||$)|^(?i:by)\s+\p{Lu}[\p{L}.'-]*(\s+(\p{Lu}[\p{L}.'-]*|and|&))*(,\s*\p{Lu}\p{L}*(\s+\p{Lu}\p{L}*)*|\s*\|.*)?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^((published|updated|posted|last updated)\s*:?\s*)?(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^follow\b.{0,80}\bon (twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowOn();

    [GeneratedRegex(@"\([^()]{0,150}?(\bvia\b|getty images|ap photo|\breuters\b|\bafp\b|/tns\b|\bphoto\b|\bcourtesy\b|\bcredit\b|shutterstock|\bepa\b|/ap\b)[^()]{0,150}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^About\s+(?<name>\p{Lu}[\p{L}'.-]*(\s+\p{Lu}[\p{L}'.-]*){0,3})$")]
    private static partial Regex AboutName();

    [GeneratedRegex(@"^about the authors?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheAuthor();

    [GeneratedRegex(@"^(related|more from|see also|recommended|read more|more stories)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeader();
}
