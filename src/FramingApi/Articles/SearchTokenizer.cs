using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using K = FramingApi.Articles.SearchTokenKind;

namespace FramingApi.Articles;

/// <summary>The kinds of token PostgreSQL's default text-search parser tells apart (<c>ts_token_type('default')</c>, by id).</summary>
public enum SearchTokenKind
{
    None = 0, AsciiWord, Word, NumWord, Email, Url, Host, Scientific, Version, NumPartHWord, PartHWord, AsciiPartHWord, Blank,
    Tag, Protocol, NumHWord, AsciiHWord, HWord, UrlPath, File, Decimal, SignedInt, UnsignedInt, XmlEntity,
}

/// <summary>A token of a text: its kind and where it is, in code points of the text.</summary>
public readonly record struct SearchToken(SearchTokenKind Kind, int Start, int Length);

/// <summary>
/// Splits a text into tokens as PostgreSQL's default text-search parser (<c>ts_parse('default', …)</c>) does, so that
/// <see cref="SearchVector"/> can make what <c>to_tsvector('english', …)</c> makes without asking PostgreSQL.
/// </summary>
/// <remarks>
/// <para>The parser is a backtracking state machine: in each state the rules are tried in order against the current
/// character; a rule may move on (next), remember where it is and try a longer token (push), give up and go back to
/// the last remembered place to try the next rule there (pop), forget remembered places (clear), or finish a token of
/// its kind (emit). The states and rules below follow PostgreSQL's <c>wparser_def.c</c> (unchanged in substance
/// since 8.4) so that the same text gives the same tokens: words (ASCII or not, with digits or not), hyphenated words
/// and then their parts, integers, decimals, versions, scientific numbers, hosts, e-mail addresses, URLs (the URL,
/// then its host and its path), file paths, XML tags and entities.</para>
/// <para>Characters are classified as PostgreSQL does in a UTF-8 database with a libc locale other than C (the
/// project's servers use C.UTF-8; docker's postgres image en_US.utf8): ASCII by the C rules; beyond ASCII a letter
/// (Unicode letters, letter numbers, digits of other scripts, spacing marks — glibc's alpha class) is alpha, only
/// ASCII digits are digits, and zero-width characters (non-spacing and enclosing marks) continue a
/// word without starting one (format characters such as the zero-width space or the soft hyphen
/// separate words, as in PostgreSQL). glibc's tables and .NET's differ on rare characters (some non-spacing vowel signs of
/// Indic scripts are alpha in glibc); docs/SCALING.md lists what is known to differ.</para>
/// </remarks>
public sealed class SearchTokenizer
{
    enum S
    {
        Base, InNumWord, InAsciiWord, InWord, InUnsignedInt, InSignedIntFirst, InSignedInt, InSpace, InUDecimalFirst, InUDecimal,
        InDecimalFirst, InDecimal, InVerVersion, InSVerVersion, InVersionFirst, InVersion, InMantissaFirst, InMantissaSign,
        InMantissa, InXmlEntityFirst, InXmlEntity, InXmlEntityNumFirst, InXmlEntityNum, InXmlEntityHexNumFirst, InXmlEntityHexNum,
        InXmlEntityEnd, InTagFirst, InXmlBegin, InTagCloseFirst, InTagName, InTagBeginEnd, InTag, InTagEscapeK, InTagEscapeKK,
        InTagBackslashed, InTagEnd, InCommentFirst, InCommentLast, InComment, InCloseCommentFirst, InCloseCommentLast,
        InCommentEnd, InHostFirstDomain, InHostDomainSecond, InHostDomain, InPortFirst, InPort, InHostFirstAN, InHost, InEmail,
        InFileFirst, InFileTwiddle, InPathFirst, InPathFirstFirst, InPathSecond, InFile, InFileNext, InUrlPathFirst,
        InUrlPathStart, InUrlPath, InFUrl, InProtocolFirst, InProtocolSecond, InProtocolEnd, InHyphenAsciiWordFirst,
        InHyphenAsciiWord, InHyphenWordFirst, InHyphenWord, InHyphenNumWordFirst, InHyphenNumWord, InHyphenDigitLookahead,
        InParseHyphen, InParseHyphenHyphen, InHyphenWordPart, InHyphenAsciiWordPart, InHyphenNumWordPart, InHyphenUnsignedInt,
        Stay, // "keep the state": a rule without a target
    }

    // What a rule checks about the current character (Any: always true, the state's last rule).
    enum T { Any, Eof, Is, Alpha, Alnum, NotAlnum, Digit, Space, XDigit, AsciiLetter, ZeroWidth, Host, UrlPath, StopHost, Ignore, UrlChar }

    [Flags]
    enum A { Next = 0, Emit = 1, Pop = 2, Push = 4, Rerun = 8, Clear = 16, Merge = 32, ClearAll = 64 }

    // What a rule does besides moving: go back to the token's start (to read a hyphenated word's parts, or a URL's
    // host and path), also forgetting the token (a version's dots), or switch the ignoring of <script>/<style> text.
    enum X { None, Tags, FUrl, Hyphen, VerVersion }

    readonly record struct Rule(T Test, char C, A Act, S To, SearchTokenKind Kind = SearchTokenKind.None, X Special = X.None);

    sealed class Frame
    {
        public int Pos;
        public int TokenLength;
        public S State;
        public int PushedAt = -1;
        public Frame? Prev;

        public Frame Copy() => new() { Pos = Pos, TokenLength = TokenLength, State = State, Prev = this };
    }

    static readonly Rule[][] Rules = BuildRules();

    readonly int[] _text;
    readonly int _offset;
    readonly int _length;
    Frame _frame = new() { State = S.Base };
    bool _ignore;
    bool _wantHost;

    /// <summary>A tokenizer over a text's code points.</summary>
    public SearchTokenizer(int[] codePoints) : this(codePoints, 0, codePoints.Length) { }

    /// <summary>A tokenizer over the first <paramref name="length"/> code points of <paramref name="codePoints"/> (a pooled buffer).</summary>
    public SearchTokenizer(int[] codePoints, int length) : this(codePoints, 0, length) { }

    SearchTokenizer(int[] text, int offset, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        _text = text;
        _offset = offset;
        _length = end - offset;
    }

    /// <summary>The text's Unicode code points (a lone surrogate counts as one).</summary>
    public static int[] CodePoints(string text)
    {
        var points = new int[text.Length];
        var n = CodePoints(text, points);
        return n == points.Length ? points : points[..n];
    }

    /// <summary>Writes the text's code points into <paramref name="points"/> (at least as long as the text); returns how many.</summary>
    public static int CodePoints(string text, int[] points) => CodePoints(text.AsSpan(), points);

    /// <summary>Writes the text's code points into <paramref name="points"/> (at least as long as the text); returns how many.</summary>
    public static int CodePoints(ReadOnlySpan<char> text, Span<int> points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points.Length, text.Length);
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                points[n++] = char.ConvertToUtf32(c, text[++i]);
            else points[n++] = c;
        }
        return n;
    }

    /// <summary>Every token of the text, blanks and tags included, in order.</summary>
    public static IEnumerable<SearchToken> Tokens(int[] codePoints)
    {
        var tokenizer = new SearchTokenizer(codePoints);
        while (tokenizer.Next() is { } token) yield return token;
    }

    /// <summary>The next token, or null at the end.</summary>
    public SearchToken? Next()
    {
        var start = _frame.Pos;
        if (_frame.Prev is null && _frame.State == S.Base && !_ignore && start < _length && Plain(start) is { } plain) return plain;
        return Get(out var kind, out var length) ? new SearchToken(kind, _offset + start, length) : null;
    }

    /// <summary>
    /// The two tokens that make most of a text, read without the state machine (it is ~5 × slower on them): a word of
    /// ASCII letters followed by none of the characters that could make it something longer, and a run of blanks.
    /// Null when the token at <paramref name="start"/> is anything else.
    /// </summary>
    SearchToken? Plain(int start)
    {
        var c = _text[_offset + start];
        var end = start + 1;
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
        {
            end = LettersEnd(_text, _offset + end, _offset + _length) - _offset;
            if (end < _length)
            {
                var d = _text[_offset + end];
                var after = end + 1 < _length ? _text[_offset + end + 1] : -1;
                // A word then '.', ':', '-' or '_' is only a word when what follows cannot make a host, file, protocol
                // or hyphenated word of it (e.g. a sentence's last word).
                var longer = d switch
                {
                    '.' => after is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' || IsDigit(after),
                    ':' => after == '/',
                    '-' => after >= 0 && (IsAlpha(after) || IsDigit(after)),
                    '_' => after is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || IsDigit(after),
                    '@' or '/' => true,
                    _ => IsDigit(d) || IsAlpha(d) || (d >= 0x80 && IsZeroWidth(d)),
                };
                if (longer) return null;
            }
            _frame.Pos = end;
            return new SearchToken(SearchTokenKind.AsciiWord, _offset + start, end - start);
        }
        // A '.' not followed by '.' or '/' is no path: a blank, like any other punctuation.
        var dot = c == '.' && !(start + 1 < _length && _text[_offset + start + 1] is '.' or '/');
        if (c is '<' or '-' or '+' or '&' or '~' or '/' || (c == '.' && !dot) || IsDigit(c) || IsAlpha(c)) return null;
        end = BlankEnd(_text, _offset + end, _offset + _length) - _offset;
        _frame.Pos = end;
        return new SearchToken(SearchTokenKind.Blank, _offset + start, end - start);
    }

    // The ends of plain words and blanks are found eight code points at a time: a word's or a blank's length varies
    // from token to token, and a loop over its characters mispredicted its exit once per token (the tokenizer was
    // ~40 % of the search vector's time).

    /// <summary>The first index from <paramref name="from"/> (below <paramref name="limit"/>) that is not an ASCII letter, else the limit.</summary>
    static int LettersEnd(int[] text, int from, int limit)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetArrayDataReference(text);
            for (; from + Vector256<int>.Count <= limit; from += Vector256<int>.Count)
            {
                var points = Vector256.LoadUnsafe(ref first, (nuint)from);
                var others = ~AsciiLetters(points).ExtractMostSignificantBits() & 0xFF;
                if (others != 0) return from + BitOperations.TrailingZeroCount(others);
            }
        }
        while (from < limit && text[from] is >= 'a' and <= 'z' or >= 'A' and <= 'Z') from++;
        return from;
    }

    /// <summary>
    /// The end of a blank from <paramref name="from"/> (below <paramref name="limit"/>): the first letter (any alpha),
    /// digit, '&lt;', '-', '+', '&amp;' or '/', else the limit.
    /// </summary>
    static int BlankEnd(int[] text, int from, int limit)
    {
        while (true)
        {
            from = AsciiBlankEnd(text, from, limit);
            if (from >= limit) return limit;
            var c = text[from];
            if (c < 0x80 || IsAlpha(c)) return from;
            from++; // beyond ASCII, what is not alpha continues the blank
        }
    }

    /// <summary><see cref="BlankEnd"/>, stopping also at any code point beyond ASCII.</summary>
    static int AsciiBlankEnd(int[] text, int from, int limit)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetArrayDataReference(text);
            for (; from + Vector256<int>.Count <= limit; from += Vector256<int>.Count)
            {
                var points = Vector256.LoadUnsafe(ref first, (nuint)from);
                var stops = AsciiLetters(points)
                    | Vector256.LessThanOrEqual((points - Vector256.Create((int)'0')).AsUInt32(), Vector256.Create(9u)).AsInt32()
                    | Vector256.GreaterThan(points.AsUInt32(), Vector256.Create(0x7Fu)).AsInt32()
                    | Vector256.Equals(points, Vector256.Create((int)'<')) | Vector256.Equals(points, Vector256.Create((int)'-'))
                    | Vector256.Equals(points, Vector256.Create((int)'+')) | Vector256.Equals(points, Vector256.Create((int)'&'))
                    | Vector256.Equals(points, Vector256.Create((int)'/'));
                var bits = stops.ExtractMostSignificantBits();
                if (bits != 0) return from + BitOperations.TrailingZeroCount(bits);
            }
        }
        while (from < limit && text[from] is var c && c < 0x80 && c is not ('<' or '-' or '+' or '&' or '/') && !IsDigit(c) && !IsAlpha(c)) from++;
        return from;
    }

    /// <summary>All bits set in the lanes that hold an ASCII letter: (c | 0x20) - 'a' is at most 25 only for them.</summary>
    static Vector256<int> AsciiLetters(Vector256<int> points) =>
        Vector256.LessThanOrEqual(((points | Vector256.Create(0x20)) - Vector256.Create((int)'a')).AsUInt32(), Vector256.Create(25u)).AsInt32();

    int Char => _frame.Pos < _length ? _text[_offset + _frame.Pos] : -1;

    bool Get(out SearchTokenKind kind, out int length)
    {
        kind = SearchTokenKind.None;
        length = 0;
        if (_frame.Pos >= _length) return false;
        _frame.PushedAt = -1;
        var emitted = false;
        while (_frame.Pos <= _length)
        {
            var rules = Rules[(int)_frame.State];
            var index = _frame.PushedAt >= 0 ? _frame.PushedAt + 1 : 0;
            _frame.PushedAt = -1;
            while (rules[index].Test != T.Any && !Matches(rules[index])) index++;
            var rule = rules[index];

            RunSpecial(rule.Special, start: _frame.Pos - _frame.TokenLength);
            emitted = (rule.Act & A.Emit) != 0;
            if (emitted)
            {
                length = _frame.TokenLength;
                _frame.TokenLength = 0;
                kind = rule.Kind;
            }
            if ((rule.Act & A.Pop) != 0) _frame = _frame.Prev!;
            else if ((rule.Act & A.Push) != 0)
            {
                _frame.PushedAt = index;
                _frame = _frame.Copy();
            }
            else if ((rule.Act & A.Clear) != 0) _frame.Prev = _frame.Prev!.Prev;
            else if ((rule.Act & A.ClearAll) != 0) _frame.Prev = null;
            else if ((rule.Act & A.Merge) != 0)
            {
                var inner = _frame;
                _frame = inner.Prev!;
                _frame.Pos = inner.Pos;
                _frame.TokenLength = inner.TokenLength;
            }
            if (rule.To != S.Stay) _frame.State = rule.To;

            if (emitted || (_frame.Pos >= _length && (rule.Act & A.Rerun) == 0)) break;
            if ((rule.Act & (A.Rerun | A.Pop)) != 0) continue;
            if (_frame.Pos < _length)
            {
                _frame.Pos++;
                _frame.TokenLength++;
            }
        }
        return emitted;
    }

    void RunSpecial(X special, int start)
    {
        switch (special)
        {
            case X.Tags:
                var name = TokenText(start, _frame.TokenLength);
                if (name.Equals("</script", StringComparison.OrdinalIgnoreCase) || name.Equals("</style", StringComparison.OrdinalIgnoreCase))
                    _ignore = false;
                else if (name.Equals("<script", StringComparison.OrdinalIgnoreCase) || name.Equals("<style", StringComparison.OrdinalIgnoreCase))
                    _ignore = true;
                break;
            case X.FUrl:
                _wantHost = true;
                _frame.Pos -= _frame.TokenLength;
                break;
            case X.Hyphen:
                _frame.Pos -= _frame.TokenLength;
                break;
            case X.VerVersion:
                _frame.Pos -= _frame.TokenLength;
                _frame.TokenLength = 0;
                break;
        }
    }

    string TokenText(int start, int length)
    {
        if (length > 8) return "";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append(_text[_offset + start + i] < 0x80 ? (char)_text[_offset + start + i] : '\uFFFD');
        return builder.ToString();
    }

    bool Matches(Rule rule)
    {
        var c = Char;
        return rule.Test switch
        {
            T.Eof => c < 0,
            T.Is => c == rule.C,
            T.Alpha => c >= 0 && IsAlpha(c),
            T.Alnum => c >= 0 && (IsAlpha(c) || IsDigit(c)),
            T.NotAlnum => c < 0 || !(IsAlpha(c) || IsDigit(c)),
            T.Digit => IsDigit(c),
            T.Space => c >= 0 && IsSpace(c),
            T.XDigit => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F',
            T.AsciiLetter => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z',
            T.ZeroWidth => c >= 0x80 && IsZeroWidth(c),
            T.Host => ReadsHost(),
            T.UrlPath => ReadsUrlPath(),
            T.StopHost => StopHost(),
            T.Ignore => _ignore,
            T.UrlChar => c is > 0x20 and < 0x7F and not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}'),
            _ => true,
        };
    }

    static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>glibc's alpha class: letters, letter numbers, other scripts' digits and spacing marks.</summary>
    static bool IsAlpha(int c)
    {
        if (c < 0x80) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        if (c > 0x10FFFF || c is >= 0xD800 and <= 0xDFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    /// <summary>Characters PostgreSQL gives no display width: they continue a word but do not start one.</summary>
    static bool IsZeroWidth(int c)
    {
        if (c > 0x10FFFF || c is >= 0xD800 and <= 0xDFFF) return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>glibc's space class: ASCII white space and Unicode's, less the no-break spaces.</summary>
    static bool IsSpace(int c)
    {
        if (c < 0x80) return c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
        if (c is 0xA0 or 0x2007 or 0x202F || c > 0xFFFF) return false;
        return char.IsWhiteSpace((char)c);
    }

    bool StopHost()
    {
        if (!_wantHost) return false;
        _wantHost = false;
        return true;
    }

    // An e-mail address's part after '@' must be a host: read one from here with a tokenizer of its own.
    bool ReadsHost()
    {
        var inner = new SearchTokenizer(_text, _offset + _frame.Pos, _offset + _length) { _wantHost = true };
        if (!inner.Get(out var kind, out var length) || kind != SearchTokenKind.Host) return false;
        _frame.Pos += length;
        _frame.TokenLength += length;
        return true;
    }

    // After a host and '/', a URL's path.
    bool ReadsUrlPath()
    {
        var inner = new SearchTokenizer(_text, _offset + _frame.Pos, _offset + _length);
        inner._frame = new Frame { State = S.InUrlPathFirst, Prev = inner._frame };
        if (!inner.Get(out var kind, out var length) || kind != SearchTokenKind.UrlPath) return false;
        _frame.Pos += length;
        _frame.TokenLength += length;
        return true;
    }

    static Rule R(T test, A act, S to, SearchTokenKind kind = SearchTokenKind.None, X special = X.None) => new(test, '\0', act, to, kind, special);

    static Rule C(char c, A act, S to, SearchTokenKind kind = SearchTokenKind.None, X special = X.None) => new(T.Is, c, act, to, kind, special);

    const A EmitAll = A.Emit | A.ClearAll;

    static Rule[][] BuildRules()
    {
        var rules = new Rule[(int)S.Stay][];
        void Set(S state, Rule[] list) => rules[(int)state] = list;
        WordAndNumberRules(Set);
        MarkupRules(Set);
        HostAndFileRules(Set);
        HyphenRules(Set);
        return rules;
    }

    /// <summary>Words, blanks, integers, decimals, versions and scientific numbers.</summary>
    static void WordAndNumberRules(Action<S, Rule[]> set)
    {
        set(S.Base, [R(T.Eof, A.Next, S.Stay), C('<', A.Push, S.InTagFirst), R(T.Ignore, A.Next, S.InSpace),
            R(T.AsciiLetter, A.Next, S.InAsciiWord), R(T.Alpha, A.Next, S.InWord), R(T.Digit, A.Next, S.InUnsignedInt),
            C('-', A.Push, S.InSignedIntFirst), C('+', A.Push, S.InSignedIntFirst), C('&', A.Push, S.InXmlEntityFirst),
            C('~', A.Push, S.InFileTwiddle), C('/', A.Push, S.InFileFirst), C('.', A.Push, S.InPathFirstFirst),
            R(T.Any, A.Next, S.InSpace)]);
        set(S.InNumWord, [R(T.Eof, A.Emit, S.Base, K.NumWord), R(T.Alnum, A.Next, S.InNumWord), R(T.ZeroWidth, A.Next, S.InNumWord),
            C('@', A.Push, S.InEmail), C('/', A.Push, S.InFileFirst), C('.', A.Push, S.InFileNext),
            C('-', A.Push, S.InHyphenNumWordFirst), R(T.Any, A.Emit, S.Base, K.NumWord)]);
        set(S.InAsciiWord, [R(T.Eof, A.Emit, S.Base, K.AsciiWord), R(T.AsciiLetter, A.Next, S.Stay),
            C('.', A.Push, S.InHostFirstDomain), C('.', A.Push, S.InFileNext), C('-', A.Push, S.InHostFirstAN),
            C('-', A.Push, S.InHyphenAsciiWordFirst), C('_', A.Push, S.InHostFirstAN), C('@', A.Push, S.InEmail),
            C(':', A.Push, S.InProtocolFirst), C('/', A.Push, S.InFileFirst), R(T.Digit, A.Push, S.InHost),
            R(T.Digit, A.Next, S.InNumWord), R(T.Alpha, A.Next, S.InWord), R(T.ZeroWidth, A.Next, S.InWord),
            R(T.Any, A.Emit, S.Base, K.AsciiWord)]);
        set(S.InWord, [R(T.Eof, A.Emit, S.Base, K.Word), R(T.Alpha, A.Next, S.Stay), R(T.ZeroWidth, A.Next, S.Stay),
            R(T.Digit, A.Next, S.InNumWord), C('-', A.Push, S.InHyphenWordFirst), R(T.Any, A.Emit, S.Base, K.Word)]);
        set(S.InUnsignedInt, [R(T.Eof, A.Emit, S.Base, K.UnsignedInt), R(T.Digit, A.Next, S.Stay),
            C('.', A.Push, S.InHostFirstDomain), C('.', A.Push, S.InUDecimalFirst), C('e', A.Push, S.InMantissaFirst),
            C('E', A.Push, S.InMantissaFirst), C('-', A.Push, S.InHostFirstAN), C('_', A.Push, S.InHostFirstAN),
            C('@', A.Push, S.InEmail), R(T.AsciiLetter, A.Push, S.InHost), R(T.Alpha, A.Next, S.InNumWord),
            R(T.ZeroWidth, A.Next, S.InNumWord), C('/', A.Push, S.InFileFirst), R(T.Any, A.Emit, S.Base, K.UnsignedInt)]);
        set(S.InSignedIntFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next | A.Clear, S.InSignedInt), R(T.Any, A.Pop, S.Stay)]);
        set(S.InSignedInt, [R(T.Eof, A.Emit, S.Base, K.SignedInt), R(T.Digit, A.Next, S.Stay),
            C('.', A.Push, S.InDecimalFirst), C('e', A.Push, S.InMantissaFirst), C('E', A.Push, S.InMantissaFirst),
            R(T.Any, A.Emit, S.Base, K.SignedInt)]);
        set(S.InSpace, [R(T.Eof, A.Emit, S.Base, K.Blank), C('<', A.Emit, S.Base, K.Blank), R(T.Ignore, A.Next, S.Stay),
            C('-', A.Emit, S.Base, K.Blank), C('+', A.Emit, S.Base, K.Blank), C('&', A.Emit, S.Base, K.Blank), C('/', A.Emit, S.Base, K.Blank),
            R(T.NotAlnum, A.Next, S.InSpace), R(T.Any, A.Emit, S.Base, K.Blank)]);
        set(S.InUDecimalFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Clear, S.InUDecimal), R(T.Any, A.Pop, S.Stay)]);
        set(S.InUDecimal, [R(T.Eof, A.Emit, S.Base, K.Decimal), R(T.Digit, A.Next, S.InUDecimal), C('.', A.Push, S.InVersionFirst),
            C('e', A.Push, S.InMantissaFirst), C('E', A.Push, S.InMantissaFirst), R(T.Any, A.Emit, S.Base, K.Decimal)]);
        set(S.InDecimalFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Clear, S.InDecimal), R(T.Any, A.Pop, S.Stay)]);
        set(S.InDecimal, [R(T.Eof, A.Emit, S.Base, K.Decimal), R(T.Digit, A.Next, S.InDecimal), C('.', A.Push, S.InVerVersion),
            C('e', A.Push, S.InMantissaFirst), C('E', A.Push, S.InMantissaFirst), R(T.Any, A.Emit, S.Base, K.Decimal)]);
        set(S.InVerVersion, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Rerun, S.InSVerVersion, special: X.VerVersion), R(T.Any, A.Pop, S.Stay)]);
        set(S.InSVerVersion, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Emit | A.ClearAll, S.InUnsignedInt, K.Blank), R(T.Any, A.Next, S.Stay)]);
        set(S.InVersionFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Clear, S.InVersion), R(T.Any, A.Pop, S.Stay)]);
        set(S.InVersion, [R(T.Eof, A.Emit, S.Base, K.Version), R(T.Digit, A.Next, S.InVersion),
            C('.', A.Push, S.InVersionFirst), R(T.Any, A.Emit, S.Base, K.Version)]);
        set(S.InMantissaFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Clear, S.InMantissa), C('+', A.Next, S.InMantissaSign),
            C('-', A.Next, S.InMantissaSign), R(T.Any, A.Pop, S.Stay)]);
        set(S.InMantissaSign, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Clear, S.InMantissa), R(T.Any, A.Pop, S.Stay)]);
        set(S.InMantissa, [R(T.Eof, A.Emit, S.Base, K.Scientific), R(T.Digit, A.Next, S.InMantissa),
            R(T.Any, A.Emit, S.Base, K.Scientific)]);
    }

    /// <summary>XML entities, tags and comments.</summary>
    static void MarkupRules(Action<S, Rule[]> set)
    {
        set(S.InXmlEntityFirst, [R(T.Eof, A.Pop, S.Stay), C('#', A.Next, S.InXmlEntityNumFirst), R(T.AsciiLetter, A.Next, S.InXmlEntity),
            C(':', A.Next, S.InXmlEntity), C('_', A.Next, S.InXmlEntity), R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntity, [R(T.Eof, A.Pop, S.Stay), R(T.Alnum, A.Next, S.InXmlEntity), C(':', A.Next, S.InXmlEntity),
            C('_', A.Next, S.InXmlEntity), C('.', A.Next, S.InXmlEntity), C('-', A.Next, S.InXmlEntity),
            C(';', A.Next, S.InXmlEntityEnd), R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntityNumFirst, [R(T.Eof, A.Pop, S.Stay), C('x', A.Next, S.InXmlEntityHexNumFirst),
            C('X', A.Next, S.InXmlEntityHexNumFirst), R(T.Digit, A.Next, S.InXmlEntityNum), R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntityHexNumFirst, [R(T.Eof, A.Pop, S.Stay), R(T.XDigit, A.Next, S.InXmlEntityHexNum), R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntityNum, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.InXmlEntityNum), C(';', A.Next, S.InXmlEntityEnd),
            R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntityHexNum, [R(T.Eof, A.Pop, S.Stay), R(T.XDigit, A.Next, S.InXmlEntityHexNum), C(';', A.Next, S.InXmlEntityEnd),
            R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlEntityEnd, [R(T.Any, A.Emit | A.Clear, S.Base, K.XmlEntity)]);
        set(S.InTagFirst, [R(T.Eof, A.Pop, S.Stay), C('/', A.Push, S.InTagCloseFirst), C('!', A.Push, S.InCommentFirst),
            C('?', A.Push, S.InXmlBegin), R(T.AsciiLetter, A.Push, S.InTagName), C(':', A.Push, S.InTagName),
            C('_', A.Push, S.InTagName), R(T.Any, A.Pop, S.Stay)]);
        set(S.InXmlBegin, [R(T.Eof, A.Pop, S.Stay), C('x', A.Next, S.InTag), R(T.Any, A.Pop, S.Stay)]);
        set(S.InTagCloseFirst, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InTagName), R(T.Any, A.Pop, S.Stay)]);
        set(S.InTagName, [R(T.Eof, A.Pop, S.Stay), C('/', A.Next, S.InTagBeginEnd), C('>', A.Next, S.InTagEnd, special: X.Tags),
            R(T.Space, A.Next, S.InTag, special: X.Tags), R(T.Alnum, A.Next, S.Stay), C(':', A.Next, S.Stay), C('_', A.Next, S.Stay),
            C('.', A.Next, S.Stay), C('-', A.Next, S.Stay), R(T.Any, A.Pop, S.Stay)]);
        set(S.InTagBeginEnd, [R(T.Eof, A.Pop, S.Stay), C('>', A.Next, S.InTagEnd), R(T.Any, A.Pop, S.Stay)]);
        set(S.InTag, [R(T.Eof, A.Pop, S.Stay), C('>', A.Next, S.InTagEnd, special: X.Tags), C('\'', A.Next, S.InTagEscapeK),
            C('"', A.Next, S.InTagEscapeKK), R(T.AsciiLetter, A.Next, S.Stay), R(T.Digit, A.Next, S.Stay),
            C('=', A.Next, S.Stay), C('-', A.Next, S.Stay), C('_', A.Next, S.Stay), C('#', A.Next, S.Stay), C('/', A.Next, S.Stay),
            C(':', A.Next, S.Stay), C('.', A.Next, S.Stay), C('&', A.Next, S.Stay), C('?', A.Next, S.Stay), C('%', A.Next, S.Stay),
            C('~', A.Next, S.Stay), R(T.Space, A.Next, S.Stay, special: X.Tags), R(T.Any, A.Pop, S.Stay)]);
        set(S.InTagEscapeK, [R(T.Eof, A.Pop, S.Stay), C('\\', A.Push, S.InTagBackslashed), C('\'', A.Next, S.InTag),
            R(T.Any, A.Next, S.InTagEscapeK)]);
        set(S.InTagEscapeKK, [R(T.Eof, A.Pop, S.Stay), C('\\', A.Push, S.InTagBackslashed), C('"', A.Next, S.InTag),
            R(T.Any, A.Next, S.InTagEscapeKK)]);
        set(S.InTagBackslashed, [R(T.Eof, A.Pop, S.Stay), R(T.Any, A.Merge, S.Stay)]);
        set(S.InTagEnd, [R(T.Any, EmitAll, S.Base, K.Tag)]);
        set(S.InCommentFirst, [R(T.Eof, A.Pop, S.Stay), C('-', A.Next, S.InCommentLast), C('D', A.Next, S.InTag),
            C('d', A.Next, S.InTag), R(T.Any, A.Pop, S.Stay)]);
        set(S.InCommentLast, [R(T.Eof, A.Pop, S.Stay), C('-', A.Next, S.InComment), R(T.Any, A.Pop, S.Stay)]);
        set(S.InComment, [R(T.Eof, A.Pop, S.Stay), C('-', A.Next, S.InCloseCommentFirst), R(T.Any, A.Next, S.Stay)]);
        set(S.InCloseCommentFirst, [R(T.Eof, A.Pop, S.Stay), C('-', A.Next, S.InCloseCommentLast), R(T.Any, A.Next, S.InComment)]);
        set(S.InCloseCommentLast, [R(T.Eof, A.Pop, S.Stay), C('-', A.Next, S.Stay), C('>', A.Next, S.InCommentEnd),
            R(T.Any, A.Next, S.InComment)]);
        set(S.InCommentEnd, [R(T.Any, EmitAll, S.Base, K.Tag)]);
    }

    /// <summary>Hosts, ports, e-mail addresses, file paths, URLs and their paths, protocol heads.</summary>
    static void HostAndFileRules(Action<S, Rule[]> set)
    {
        set(S.InHostFirstDomain, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InHostDomainSecond), R(T.Digit, A.Next, S.InHost),
            R(T.Any, A.Pop, S.Stay)]);
        set(S.InHostDomainSecond, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InHostDomain), R(T.Digit, A.Push, S.InHost),
            C('-', A.Push, S.InHostFirstAN), C('_', A.Push, S.InHostFirstAN), C('.', A.Push, S.InHostFirstDomain),
            C('@', A.Push, S.InEmail), R(T.Any, A.Pop, S.Stay)]);
        set(S.InHostDomain, [R(T.Eof, EmitAll, S.Base, K.Host), R(T.AsciiLetter, A.Next, S.InHostDomain), R(T.Digit, A.Push, S.InHost),
            C(':', A.Push, S.InPortFirst), C('-', A.Push, S.InHostFirstAN), C('_', A.Push, S.InHostFirstAN),
            C('.', A.Push, S.InHostFirstDomain), C('@', A.Push, S.InEmail), R(T.Digit, A.Pop, S.Stay),
            R(T.StopHost, EmitAll, S.InUrlPathStart, K.Host), C('/', A.Push, S.InFUrl), R(T.Any, EmitAll, S.Base, K.Host)]);
        set(S.InPortFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.InPort), R(T.Any, A.Pop, S.Stay)]);
        set(S.InPort, [R(T.Eof, EmitAll, S.Base, K.Host), R(T.Digit, A.Next, S.InPort), R(T.StopHost, EmitAll, S.InUrlPathStart, K.Host),
            C('/', A.Push, S.InFUrl), R(T.Any, EmitAll, S.Base, K.Host)]);
        set(S.InHostFirstAN, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.InHost), R(T.AsciiLetter, A.Next, S.InHost),
            R(T.Any, A.Pop, S.Stay)]);
        set(S.InHost, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.InHost), R(T.AsciiLetter, A.Next, S.InHost),
            C('@', A.Push, S.InEmail), C('.', A.Push, S.InHostFirstDomain), C('-', A.Push, S.InHostFirstAN),
            C('_', A.Push, S.InHostFirstAN), R(T.Any, A.Pop, S.Stay)]);
        set(S.InEmail, [R(T.StopHost, A.Pop, S.Stay), R(T.Host, EmitAll, S.Base, K.Email), R(T.Any, A.Pop, S.Stay)]);
        set(S.InFileFirst, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InFile), R(T.Digit, A.Next, S.InFile),
            C('.', A.Next, S.InPathFirst), C('_', A.Next, S.InFile), C('~', A.Push, S.InFileTwiddle), R(T.Any, A.Pop, S.Stay)]);
        set(S.InFileTwiddle, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InFile), R(T.Digit, A.Next, S.InFile),
            C('_', A.Next, S.InFile), C('/', A.Next, S.InFileFirst), R(T.Any, A.Pop, S.Stay)]);
        set(S.InPathFirst, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InFile), R(T.Digit, A.Next, S.InFile),
            C('_', A.Next, S.InFile), C('.', A.Next, S.InPathSecond), C('/', A.Next, S.InFileFirst), R(T.Any, A.Pop, S.Stay)]);
        set(S.InPathFirstFirst, [R(T.Eof, A.Pop, S.Stay), C('.', A.Next, S.InPathSecond), C('/', A.Next, S.InFileFirst),
            R(T.Any, A.Pop, S.Stay)]);
        set(S.InPathSecond, [R(T.Eof, A.Emit | A.Clear, S.Base, K.File), C('/', A.Push, S.InFileFirst),
            C('/', A.Emit | A.Clear, S.Base, K.File), R(T.Space, A.Emit | A.Clear, S.Base, K.File), R(T.Any, A.Pop, S.Stay)]);
        set(S.InFile, [R(T.Eof, A.Emit, S.Base, K.File), R(T.AsciiLetter, A.Next, S.InFile), R(T.Digit, A.Next, S.InFile),
            C('.', A.Push, S.InFileNext), C('_', A.Next, S.InFile), C('-', A.Next, S.InFile), C('/', A.Push, S.InFileFirst),
            R(T.Any, A.Emit, S.Base, K.File)]);
        set(S.InFileNext, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Clear, S.InFile), R(T.Digit, A.Clear, S.InFile),
            C('_', A.Clear, S.InFile), R(T.Any, A.Pop, S.Stay)]);
        set(S.InUrlPathFirst, [R(T.Eof, A.Pop, S.Stay), R(T.UrlChar, A.Next, S.InUrlPath), R(T.Any, A.Pop, S.Stay)]);
        set(S.InUrlPathStart, [R(T.Any, A.Next, S.InUrlPath)]);
        set(S.InUrlPath, [R(T.Eof, A.Emit, S.Base, K.UrlPath), R(T.UrlChar, A.Next, S.InUrlPath),
            R(T.Any, A.Emit, S.Base, K.UrlPath)]);
        set(S.InFUrl, [R(T.Eof, A.Pop, S.Stay), R(T.UrlPath, EmitAll, S.Base, K.Url, X.FUrl), R(T.Any, A.Pop, S.Stay)]);
        set(S.InProtocolFirst, [R(T.Eof, A.Pop, S.Stay), C('/', A.Next, S.InProtocolSecond), R(T.Any, A.Pop, S.Stay)]);
        set(S.InProtocolSecond, [R(T.Eof, A.Pop, S.Stay), C('/', A.Next, S.InProtocolEnd), R(T.Any, A.Pop, S.Stay)]);
        set(S.InProtocolEnd, [R(T.Any, EmitAll, S.Base, K.Protocol)]);
    }

    /// <summary>Hyphenated words, whole, then their parts (the whole is read again from its start).</summary>
    static void HyphenRules(Action<S, Rule[]> set)
    {
        const SearchTokenKind asciiHWord = SearchTokenKind.AsciiHWord, hWord = SearchTokenKind.HWord, numHWord = SearchTokenKind.NumHWord,
            part = SearchTokenKind.PartHWord, asciiPart = SearchTokenKind.AsciiPartHWord, numPart = SearchTokenKind.NumPartHWord;
        set(S.InHyphenAsciiWordFirst, [R(T.Eof, A.Pop, S.Stay), R(T.AsciiLetter, A.Next, S.InHyphenAsciiWord),
            R(T.Alpha, A.Next, S.InHyphenWord), R(T.Digit, A.Next, S.InHyphenDigitLookahead), R(T.Any, A.Pop, S.Stay)]);
        set(S.InHyphenAsciiWord, [R(T.Eof, EmitAll, S.InParseHyphen, asciiHWord, X.Hyphen), R(T.AsciiLetter, A.Next, S.InHyphenAsciiWord),
            R(T.Alpha, A.Next, S.InHyphenWord), R(T.ZeroWidth, A.Next, S.InHyphenWord), R(T.Digit, A.Next, S.InHyphenNumWord),
            C('-', A.Push, S.InHyphenAsciiWordFirst), R(T.Any, EmitAll, S.InParseHyphen, asciiHWord, X.Hyphen)]);
        set(S.InHyphenWordFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Alpha, A.Next, S.InHyphenWord),
            R(T.Digit, A.Next, S.InHyphenDigitLookahead), R(T.Any, A.Pop, S.Stay)]);
        set(S.InHyphenWord, [R(T.Eof, EmitAll, S.InParseHyphen, hWord, X.Hyphen), R(T.Alpha, A.Next, S.InHyphenWord),
            R(T.ZeroWidth, A.Next, S.InHyphenWord), R(T.Digit, A.Next, S.InHyphenNumWord), C('-', A.Push, S.InHyphenWordFirst),
            R(T.Any, EmitAll, S.InParseHyphen, hWord, X.Hyphen)]);
        set(S.InHyphenNumWordFirst, [R(T.Eof, A.Pop, S.Stay), R(T.Alpha, A.Next, S.InHyphenNumWord),
            R(T.Digit, A.Next, S.InHyphenDigitLookahead), R(T.Any, A.Pop, S.Stay)]);
        set(S.InHyphenNumWord, [R(T.Eof, EmitAll, S.InParseHyphen, numHWord, X.Hyphen), R(T.Alnum, A.Next, S.InHyphenNumWord),
            R(T.ZeroWidth, A.Next, S.InHyphenNumWord), C('-', A.Push, S.InHyphenNumWordFirst),
            R(T.Any, EmitAll, S.InParseHyphen, numHWord, X.Hyphen)]);
        set(S.InHyphenDigitLookahead, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.InHyphenDigitLookahead),
            R(T.Alpha, A.Next, S.InHyphenNumWord), R(T.ZeroWidth, A.Next, S.InHyphenNumWord), R(T.Any, A.Pop, S.Stay)]);
        set(S.InParseHyphen, [R(T.Eof, A.Rerun, S.Base), R(T.AsciiLetter, A.Next, S.InHyphenAsciiWordPart),
            R(T.Alpha, A.Next, S.InHyphenWordPart), R(T.Digit, A.Push, S.InHyphenUnsignedInt), C('-', A.Push, S.InParseHyphenHyphen),
            R(T.Any, A.Rerun, S.Base)]);
        set(S.InParseHyphenHyphen, [R(T.Eof, A.Pop, S.Stay), R(T.Alnum, A.Emit | A.Clear, S.InParseHyphen, SearchTokenKind.Blank),
            R(T.ZeroWidth, A.Emit | A.Clear, S.InParseHyphen, SearchTokenKind.Blank), R(T.Any, A.Pop, S.Stay)]);
        set(S.InHyphenWordPart, [R(T.Eof, A.Emit, S.Base, part), R(T.Alpha, A.Next, S.InHyphenWordPart),
            R(T.ZeroWidth, A.Next, S.InHyphenWordPart), R(T.Digit, A.Next, S.InHyphenNumWordPart), R(T.Any, A.Emit, S.InParseHyphen, part)]);
        set(S.InHyphenAsciiWordPart, [R(T.Eof, A.Emit, S.Base, asciiPart), R(T.AsciiLetter, A.Next, S.InHyphenAsciiWordPart),
            R(T.Alpha, A.Next, S.InHyphenWordPart), R(T.ZeroWidth, A.Next, S.InHyphenWordPart), R(T.Digit, A.Next, S.InHyphenNumWordPart),
            R(T.Any, A.Emit, S.InParseHyphen, asciiPart)]);
        set(S.InHyphenNumWordPart, [R(T.Eof, A.Emit, S.Base, numPart), R(T.Alnum, A.Next, S.InHyphenNumWordPart),
            R(T.ZeroWidth, A.Next, S.InHyphenNumWordPart), R(T.Any, A.Emit, S.InParseHyphen, numPart)]);
        set(S.InHyphenUnsignedInt, [R(T.Eof, A.Pop, S.Stay), R(T.Digit, A.Next, S.Stay), R(T.Alpha, A.Clear, S.InHyphenNumWordPart),
            R(T.ZeroWidth, A.Clear, S.InHyphenNumWordPart), R(T.Any, A.Pop, S.Stay)]);
    }
}
