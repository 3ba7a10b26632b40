// A frozen copy of the text pipeline as it was before the speed work (commit f677044): the oracle that the
// equivalence tests compare the optimized implementation against. Do not optimize or "fix" it.
using System.Text.RegularExpressions;

using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Text.Reference;

static partial class ReferenceSegmenter
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
    public static List<Segment> Segment(string text, int start, int end, string? knownHeadline)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var lines = SplitLines(text, start, end);
        var result = new List<Segment>(lines.Count);
        if (lines.Count == 0) return result;

        var kinds = new SegmentKind?[lines.Count];
        string Line(int i) => text.Substring(lines[i].Start, lines[i].End - lines[i].Start);
        string? Cue(int i) => lines[i].End - lines[i].Start <= MaxCueLength ? Line(i) : null;

        // 1. Comments.
        var bodyEnd = lines.Count;
        for (var i = 1; i < lines.Count; i++)
        {
            if (Cue(i) is { } s && IsCommentHeader(s))
            {
                bodyEnd = i;
                break;
            }
        }
        for (var i = bodyEnd; i < lines.Count; i++) kinds[i] = SegmentKind.Comments;

        // 2. Boilerplate by cue.
        for (var i = 0; i < bodyEnd; i++)
        {
            if (!lines[i].HasLetterOrDigit || (Cue(i) is { } s && IsBoilerplateCue(s, lines[i].Words)))
                kinds[i] = SegmentKind.Boilerplate;
        }

        // 3. Author bios.
        for (var i = 0; i < bodyEnd; i++)
        {
            if (Cue(i) is not { } s) continue;
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
            if (!Line(i + 1).StartsWith(first, StringComparison.Ordinal)) continue;
            kinds[i] = kinds[i + 1] = SegmentKind.Boilerplate;
            if (i > 0 && Normalized(Line(i - 1)) == Normalized(name)) kinds[i - 1] = SegmentKind.Boilerplate;
        }

        // 4. A caption repeated with its credit: the first copy is a prefix of the boilerplate second one.
        for (var i = bodyEnd - 2; i >= 0; i--)
        {
            if (kinds[i] is null && kinds[i + 1] == SegmentKind.Boilerplate && lines[i].Words >= 2
                && Normalized(Line(i + 1)).StartsWith(Normalized(Line(i)), StringComparison.Ordinal))
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
            var first = Array.FindIndex(kinds, 0, bodyEnd, k => k is null);
            if (first >= 0 && Cue(first) is { } s && IsHeadlineLike(s, lines[first].Words))
                headline = Normalized(s);
        }
        if (headline is not null)
        {
            for (var i = 0; i < bodyEnd; i++)
            {
                if (kinds[i] is null && lines[i].End - lines[i].Start <= headline.Length * 2 + 8
                    && Normalized(Line(i)) == headline)
                    kinds[i] = SegmentKind.Headline;
            }
        }

        // 6. Lead: the first real paragraph, and what stands between it and the headline.
        var lead = -1;
        for (var i = 0; i < bodyEnd && lead < 0; i++)
            if (kinds[i] is null && lines[i].Words >= 12 && lines[i].EndsSentence) lead = i;
        if (lead < 0) lead = Array.FindIndex(kinds, 0, bodyEnd, k => k is null);
        if (lead >= 0)
        {
            kinds[lead] = SegmentKind.Lead;
            for (var i = 0; i < lead; i++)
            {
                if (kinds[i] is not null) continue;
                var caption = lines[i].StartsLower || (lines[i].Words <= 5 && !lines[i].EndsSentence && !lines[i].EndsColon);
                kinds[i] = caption ? SegmentKind.Boilerplate : SegmentKind.Lead;
            }
        }

        // 7. Tail furniture after the last real paragraph.
        var lastReal = -1;
        for (var i = 0; i < bodyEnd; i++)
        {
            if (kinds[i] is null or SegmentKind.Lead
                && (lines[i].Words >= 12 || (lines[i].Words >= 4 && lines[i].EndsSentence && Cue(i) is { } s && HasVerb(s))))
                lastReal = i;
        }
        var inRelatedList = false;
        for (var i = lastReal + 1; i < bodyEnd; i++)
        {
            if (kinds[i] == SegmentKind.Boilerplate)
            {
                inRelatedList = Cue(i) is { } r && RelatedHeader().IsMatch(r);
                continue;
            }
            if (kinds[i] is not null) continue;
            if (lines[i].Words <= 8 && Cue(i) is { } s && !HasVerb(s))
                kinds[i] = SegmentKind.Boilerplate;
            else if (inRelatedList && lines[i].Words <= 20 && !lines[i].EndsSentence)
                kinds[i] = SegmentKind.Boilerplate;
        }

        for (var i = 0; i < lines.Count; i++)
            result.Add(new Segment(kinds[i] ?? SegmentKind.Body, lines[i].Start, lines[i].End));
        return result;
    }

    readonly record struct LineInfo(int Start, int End, int Words, bool EndsSentence, bool EndsColon, bool StartsLower,
        bool HasLetterOrDigit);

    static List<LineInfo> SplitLines(string text, int start, int end)
    {
        var lines = new List<LineInfo>();
        var pos = start;
        while (pos < end)
        {
            var nl = text.AsSpan(pos, end - pos).IndexOf('\n');
            var lineEnd = nl < 0 ? end : pos + nl;
            var s = pos;
            var e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add(Describe(text, s, e));
            pos = lineEnd + 1;
        }
        return lines;
    }

    static LineInfo Describe(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var words = 0;
        var inWord = false;
        var hasLetterOrDigit = false;
        var startsLower = false;
        var seenLetter = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!inWord) { words++; inWord = true; }
            if (char.IsLetterOrDigit(c))
            {
                hasLetterOrDigit = true;
                if (!seenLetter) { startsLower = char.IsLower(c); seenLetter = true; }
            }
        }
        var last = span.TrimEnd("\"'”’)]»");
        var endsSentence = last.Length > 0 && last[^1] is '.' or '!' or '?' or '…';
        var endsColon = span[^1] == ':';
        return new LineInfo(start, end, words, endsSentence, endsColon, startsLower, hasLetterOrDigit);
    }

    /// <summary>Lower case, whitespace runs as one space, trimmed: how lines are compared for repeats.</summary>
    internal static string Normalized(string s)
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

    static bool IsHeadlineLike(string line, int words)
    {
        if (words is < 2 or > 25 || line.Length > 250) return false;
        var first = line.AsSpan().TrimStart("\"'“‘«([");
        if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0]))) return false;
        return line[^1] is not ('.' or ':' or ';' or ',');
    }

    internal static bool IsCommentHeader(string line) =>
        line.Length <= 160 && (NumberedCommentHeader().IsMatch(line) || DatedCommentHeader().IsMatch(line)
                               || IsPlainCommentHeader(line));

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

    internal static bool IsBoilerplateCue(string line, int words)
    {
        if (words <= 12 && ShortCue().IsMatch(line)) return true;
        if (words <= 60 && LeadingCue().IsMatch(line)) return true;
        if (words <= 40 && Copyright().IsMatch(line)) return true;
        if (words <= 12 && (Byline().IsMatch(line) || Dateline().IsMatch(line))) return true;
        if (words <= 20 && FollowOn().IsMatch(line)) return true;
        if (words <= 80 && PhotoCredit().IsMatch(line)) return true;
        return false;
    }

    static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "shall", "may", "might", "must", "say", "says", "said", "tell", "tells",
        "told", "go", "goes", "went", "make", "makes", "made", "take", "takes", "took", "get", "gets", "got", "see",
        "sees", "saw", "know", "knows", "knew", "think", "thinks", "thought", "want", "wants", "give", "gives", "gave",
        "come", "comes", "came", "seem", "seems", "become", "became", "remain", "remains", "keep", "keeps", "kept",
        "let", "lets", "begin", "began", "show", "shows", "shown", "hold", "holds", "held", "pay", "pays", "paid",
    };

    static bool HasVerb(string line)
    {
        foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(".,;:!?\"'“”‘’()[]".ToCharArray());
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
