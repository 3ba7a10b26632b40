using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using FramingApi.Analysis.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace FramingApi.Articles;

/// <summary>
/// The article's full-text search vector (<c>articles.search</c>), made here rather than by PostgreSQL's
/// <c>to_tsvector('english', text)</c>, whose parser costs ~1.5 ms per 12 KB article (measured): more than the whole
/// rest of ingestion. It is meant to be equal to it, lexemes and positions, so that
/// <c>websearch_to_tsquery('english', …)</c> finds what it would find (<c>SearchVectorTests</c> compare the two):
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>The text is split into tokens as PostgreSQL's default parser splits it (<see cref="SearchTokenizer"/>).</item>
/// <item>Tokens of 2,047 UTF-8 bytes or more are dropped without taking a position (PostgreSQL: "word is too long to
/// be indexed").</item>
/// <item>Every other token that the <c>english</c> configuration maps to a dictionary takes the next position (from 1;
/// from 16,383 on, all take 16,383); blanks, tags, entities and protocol heads take none.</item>
/// <item>Words and hyphenated words and their parts go to <c>english_stem</c>: lower-cased; longer than 1,000 bytes
/// kept as they are; a stop word of <c>english.stop</c> (db/search, PostgreSQL's copy) keeps its position but gives
/// no lexeme; else the Snowball English (Porter2) stem (Lucene.Net's port of the Snowball stemmer).</item>
/// <item>Numbers, words with digits, hosts, URLs and their paths, e-mail addresses and file paths go to
/// <c>simple</c>: lower-cased as they are.</item>
/// <item>A lexeme keeps its first 255 distinct positions (and none after 16,383); the lexemes' total stays under
/// PostgreSQL's 1 MB (where <c>to_tsvector</c> would fail, the rest is left out).</item>
/// </list>
/// The vector comes out in PostgreSQL's binary form of a tsvector (what <c>tsvectorrecv</c> reads: the lexemes sorted
/// as PostgreSQL sorts them, each with its positions), which binary COPY sends as it is: no text is built and parsed
/// again on either side. Nothing is allocated per token: a word is looked up once in a table of the
/// words seen (its lexeme, stemmed once, with its UTF-8 bytes and sort key), and the buffers are reused; a number, host,
/// URL, address or path gets its lexeme once per text instead (most are met once: the table would grow with the store).
/// </remarks>
public static class SearchVector
{
    const int MaxPosition = 16_383;
    const int MaxPositionsPerLexeme = 255;
    const int MaxTokenBytes = 2_046;
    const int MaxStemmedBytes = 1_000;
    const int MaxTotalBytes = (1 << 20) - 1;

    /// <summary>
    /// The words and lexemes remembered by the shared table (then a new table): a language's vocabulary is far smaller
    /// (the Brown texts have 41,000 distinct words), but a feed's names and typos never stop coming (its numbers, hosts
    /// and URLs are not kept here: <see cref="Builder.OneOffEntry"/>), and the table must not grow with the store. About
    /// 200 bytes an entry: at most ~40 MB.
    /// </summary>
    const int MaxRemembered = 200_000;

    /// <summary>The words a builder keeps in its own cache (then it starts over from the shared table): at most ~15 MB each.</summary>
    const int MaxCached = 100_000;

    static readonly HashSet<string> StopWords = LoadStopWords();
    /// <summary>A <c>simple</c> token with one of these is kept per text (<see cref="Builder.OneOffEntry"/>); no stemmed word has any.</summary>
    static readonly SearchValues<char> OneOffMarks = SearchValues.Create("0123456789./@");
    static readonly ThreadLocal<EnglishStemmer> Stemmer = new(() => new EnglishStemmer());
    static LexemeTable _table = new();
    static readonly ConcurrentQueue<Builder> Builders = new();

    /// <summary>
    /// The search vector of an analysed article: <c>to_tsvector('english', …)</c> of its own text
    /// (<see cref="OwnText"/>), not of the whole stored text — a page's navigation, related headlines and sign-up boxes
    /// are not what the article says, nor are its reader comments.
    /// </summary>
    public static byte[] Build(AnalyzedText text) => Build(text.Text, text.Segments);

    /// <summary>
    /// <see cref="Build(string)"/> of <see cref="OwnText"/>, without making that text: the segments' code points are
    /// read into the builder's buffer one after the other, a line break between them.
    /// </summary>
    public static byte[] Build(string text, IReadOnlyList<Segment> segments)
    {
        var start = -1;
        foreach (var segment in segments)
        {
            if (!SearchedKinds.Contains(segment.Kind)) continue;
            // Out of order (not met in texts the segmenter makes): sorted as OwnText sorts them.
            if (segment.Start < start) return Build(OwnText(text, segments));
            start = segment.Start;
        }
        return Build(builder => builder.Read(text, segments));
    }

    /// <summary>The kinds of segment a search reads: the article's headline, lead and body (with the quotations in them).</summary>
    public static readonly IReadOnlySet<SegmentKind> SearchedKinds = new HashSet<SegmentKind> { SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body };

    /// <summary>
    /// What the search vector and the search snippets are made of: the headline, lead and body segments of the text, in
    /// the order they start, each followed by a line break but the last — boilerplate and reader comments left out.
    /// Migration 0040 and <see cref="SearchQuery"/> build the same text in SQL.
    /// </summary>
    public static string OwnText(string text, IEnumerable<Segment> segments) =>
        string.Join('\n', segments.Where(s => SearchedKinds.Contains(s.Kind)).OrderBy(s => s.Start).Select(s => text[s.Start..s.End]));

    /// <summary>What <c>to_tsvector('english', text)</c> gives, in PostgreSQL's binary form of a tsvector.</summary>
    public static byte[] Build(string text) => Build(builder => builder.Read(text));

    static byte[] Build(Func<Builder, int> read)
    {
        var table = _table;
        if (table.Count > MaxRemembered) Interlocked.CompareExchange(ref _table, table = new LexemeTable(), table);
        var builder = Builders.TryDequeue(out var free) ? free : new Builder();
        try
        {
            return builder.Build(read(builder), table);
        }
        finally
        {
            if (Builders.Count < 2 * Environment.ProcessorCount) Builders.Enqueue(builder);
        }
    }

    /// <summary>How many lexemes a vector made by <see cref="Build(string)"/> holds.</summary>
    public static int LexemeCount(ReadOnlySpan<byte> vector) => BinaryPrimitives.ReadInt32BigEndian(vector);

    /// <summary>A vector made by <see cref="Build(string)"/> as a tsvector literal (<c>'lexeme':1,4 …</c>), for SQL parameters.</summary>
    public static string ToText(ReadOnlySpan<byte> vector)
    {
        var text = new StringBuilder();
        var count = BinaryPrimitives.ReadInt32BigEndian(vector);
        var at = 4;
        for (var i = 0; i < count; i++)
        {
            var end = vector[at..].IndexOf((byte)0);
            var lexeme = Encoding.UTF8.GetString(vector.Slice(at, end));
            at += end + 1;
            var positions = BinaryPrimitives.ReadUInt16BigEndian(vector[at..]);
            at += 2;
            if (i > 0) text.Append(' ');
            text.Append('\'').Append(lexeme.Replace("\\", "\\\\").Replace("'", "''")).Append('\'');
            for (var p = 0; p < positions; p++, at += 2)
                text.Append(p == 0 ? ':' : ',').Append(BinaryPrimitives.ReadUInt16BigEndian(vector[at..]) & 0x3FFF);
        }
        return text.ToString();
    }

    /// <summary>A token lower-cased into <paramref name="buffer"/> (grown as needed): its length there and its UTF-8 bytes.</summary>
    static (int Length, int Bytes) Lower(ReadOnlySpan<int> codePoints, ref char[] buffer)
    {
        if (buffer.Length < 2 * codePoints.Length) buffer = new char[2 * codePoints.Length];
        var length = 0;
        for (var i = 0; i < codePoints.Length; i++)
        {
            var c = codePoints[i];
            if (c >= 0x80) return LowerRest(codePoints, i, buffer, length);
            buffer[length++] = (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
        }
        return (length, length);
    }

    /// <summary><see cref="Lower"/> from the first character beyond ASCII on (rare: out of the hot loop).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static (int Length, int Bytes) LowerRest(ReadOnlySpan<int> codePoints, int from, char[] buffer, int length)
    {
        var bytes = length;
        for (var i = from; i < codePoints.Length; i++)
        {
            var c = codePoints[i];
            if (c < 0x80)
            {
                buffer[length++] = (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
                bytes++;
                continue;
            }
            var rune = Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
            bytes += rune.Utf8SequenceLength;
            // glibc lower-cases by Unicode's simple mapping; .NET's invariant casing leaves the Turkish dotted I alone.
            var lower = c == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);
            length += lower.EncodeToUtf16(buffer.AsSpan(length));
        }
        return (length, bytes);
    }

    /// <summary>
    /// A lexeme, once per table: its text, UTF-8 bytes, sort key (its first 8 bytes as a big-endian number, so that
    /// numbers sort as PostgreSQL's <c>tsCompareString</c> sorts lexemes: by their bytes, a prefix first) and a
    /// number that indexes a builder's per-lexeme arrays.
    /// </summary>
    sealed class Lexeme
    {
        public Lexeme(string text, int id)
        {
            Text = text;
            Id = id;
            Utf8 = Encoding.UTF8.GetBytes(text);
            for (var k = 0; k < 8; k++) Key = Key << 8 | (k < Utf8.Length ? Utf8[k] : 0UL);
        }

        public string Text { get; }
        public int Id { get; }
        public byte[] Utf8 { get; }
        public ulong Key { get; }
    }

    /// <summary>
    /// A lexeme as a build uses it, copied into the slots that find it: its id (-1 for a stop word's none), byte count
    /// and sort key; the object itself is only read for a lexeme new to a text that is longer than its key.
    /// </summary>
    readonly record struct Found(Lexeme? Lexeme, int Id, int Bytes, ulong Key)
    {
        public static Found Of(Lexeme? lexeme) => lexeme is null ? new(null, -1, 0, 0) : new(lexeme, lexeme.Id, lexeme.Utf8.Length, lexeme.Key);
    }

    /// <summary>
    /// The words seen, each with its lexeme (null for a stop word), and the lexemes; shared by every thread. When it
    /// holds too many a new one replaces it; a vector being built keeps the table it started with.
    /// </summary>
    sealed class LexemeTable
    {
        readonly ConcurrentDictionary<string, Lexeme?> _words = new(StringComparer.Ordinal);
        readonly ConcurrentDictionary<string, Lexeme?>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
        readonly ConcurrentDictionary<string, Lexeme> _lexemes = new(StringComparer.Ordinal);
        readonly ConcurrentDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> _lexemesBySpan;
        int _nextId;

        public LexemeTable()
        {
            _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            _lexemesBySpan = _lexemes.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int Count => _nextId + _words.Count;

        /// <summary>Lexemes so far: every <see cref="Lexeme.Id"/> is below it.</summary>
        public int Ids => Volatile.Read(ref _nextId);

        /// <summary>A lower-cased word's lexeme: its Snowball stem; null for a stop word.</summary>
        public Lexeme? Word(ReadOnlySpan<char> word)
        {
            if (_wordsBySpan.TryGetValue(word, out var lexeme)) return lexeme;
            var key = word.ToString();
            if (!StopWords.Contains(key))
            {
                var stemmer = Stemmer.Value!;
                stemmer.SetCurrent(key);
                stemmer.Stem();
                lexeme = Of(stemmer.Current.Length > 0 ? stemmer.Current : key);
            }
            return _words.GetOrAdd(key, lexeme);
        }

        /// <summary>The lexeme of this text.</summary>
        public Lexeme Of(ReadOnlySpan<char> text)
        {
            if (_lexemesBySpan.TryGetValue(text, out var lexeme)) return lexeme;
            var key = text.ToString();
            return _lexemes.GetOrAdd(key, k => new Lexeme(k, Interlocked.Increment(ref _nextId) - 1));
        }
    }

    /// <summary>
    /// A builder's own copy of the words of a <see cref="LexemeTable"/> it has met, looked up first: open addressing
    /// over a flat array of 24-byte slots, each holding a word's key — its first sixteen characters as bytes, exact for
    /// a word of ASCII characters up to sixteen long (nearly all words) — its length and its lexeme's id, so that a
    /// look-up reads one slot. What a build needs of a lexeme besides its id (sort key, byte count) is kept by id, read
    /// only when a text meets the lexeme first. The shared table's <see cref="ConcurrentDictionary{TKey,TValue}"/> reads
    /// a bucket, a node and the key string, three dependent loads that miss the cache once its vocabulary is large
    /// (three quarters of the builder's time went there); the slots were 56 bytes before (7 MB for the Brown texts'
    /// 41,000 words, beyond the core's cache: the slot's load was the builder's most sampled instruction).
    /// Used by one thread at a time, like its builder.
    /// </summary>
    sealed class WordCache
    {
        struct Slot
        {
            public ulong Head; // characters 0-7 as bytes (zero-padded)
            public ulong Tail; // characters 8-15 as bytes (zero-padded)
            public int Length; // 0: empty; with Checked set when the key is not the word (compare _words[slot])
            public int Id; // the lexeme's id; -1 for a stop word
        }

        const int Checked = 1 << 30;

        Slot[] _slots = new Slot[1024];
        string?[] _words = new string?[1024]; // by slot: the word, when its key is not the word
        Found[] _byId = new Found[1024];
        int _count;

        public void Clear()
        {
            Array.Clear(_slots);
            Array.Clear(_words);
            _count = 0;
        }

        /// <summary>What a build needs of the lexeme with this id (one this cache has returned).</summary>
        public ref readonly Found Lexeme(int id) => ref _byId[id];

        /// <summary>
        /// The lexeme id of <see cref="LexemeTable.Word"/> of a non-empty lower-cased word, the first
        /// <paramref name="length"/> characters of <paramref name="buffer"/> (at least 16 long); -1 for a stop word.
        /// </summary>
        public int Word(char[] buffer, int length, LexemeTable table)
        {
            var (head, tail, key) = Key(buffer, length);
            var mask = _slots.Length - 1;
            for (var slot = Home(head, tail, key, mask); ; slot = (slot + 1) & mask)
            {
                ref var s = ref _slots[slot];
                if (s.Length == key && s.Head == head && s.Tail == tail
                    && ((key & Checked) == 0 || buffer.AsSpan(0, length).SequenceEqual(_words[slot])))
                    return s.Id;
                if (s.Length == 0) break;
            }
            return Miss(buffer.AsSpan(0, length), head, tail, key, table);
        }

        /// <summary>A word this cache has not met: the shared table's lexeme, remembered here. Kept out of the hot loop
        /// (<see cref="Builder.Build"/>), whose registers the shared table's inlined look-up and locks spilled to the stack.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        int Miss(ReadOnlySpan<char> word, ulong head, ulong tail, int key, LexemeTable table)
        {
            var found = Found.Of(table.Word(word));
            if (_count >= MaxCached) Clear();
            if (2 * (_count + 1) > _slots.Length) Grow();
            if (found.Id >= _byId.Length) Array.Resize(ref _byId, Math.Max(found.Id + 1, 2 * _byId.Length));
            if (found.Id >= 0) _byId[found.Id] = found;
            Add(new Slot { Head = head, Tail = tail, Length = key, Id = found.Id }, (key & Checked) != 0 ? word.ToString() : null);
            return found.Id;
        }

        void Add(Slot entry, string? word)
        {
            var mask = _slots.Length - 1;
            var slot = Home(entry.Head, entry.Tail, entry.Length, mask);
            while (_slots[slot].Length != 0) slot = (slot + 1) & mask;
            _slots[slot] = entry;
            _words[slot] = word;
            _count++;
        }

        void Grow()
        {
            var (slots, words) = (_slots, _words);
            _slots = new Slot[2 * slots.Length];
            _words = new string?[2 * slots.Length];
            _count = 0;
            for (var i = 0; i < slots.Length; i++)
                if (slots[i].Length != 0) Add(slots[i], words[i]);
        }

        static int Home(ulong head, ulong tail, int key, int mask) =>
            (int)((((head ^ (ulong)key) * 0x9E3779B185EBCA87UL) + tail * 0xC2B2AE3D27D4EB4FUL) >> 32) & mask;

        /// <summary>
        /// The word's first sixteen characters as bytes (the low byte of each, zero-padded) and its length, with
        /// <see cref="Checked"/> set when that is not the word: a character beyond ASCII or more than sixteen.
        /// </summary>
        static (ulong Head, ulong Tail, int Key) Key(char[] buffer, int length)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer));
            var lanes = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);
            var size = Vector128.Create((ushort)Math.Min(length, 16));
            var low = Vector128.LoadUnsafe(ref first) & Vector128.LessThan(lanes, size);
            var high = Vector128.LoadUnsafe(ref first, 8) & Vector128.LessThan(lanes + Vector128.Create((ushort)8), size);
            var bytes = Vector128.Narrow(low & Vector128.Create((ushort)0xFF), high & Vector128.Create((ushort)0xFF)).AsUInt64();
            var plain = length <= 16 && ((low | high) & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;
            return (bytes.GetElement(0), bytes.GetElement(1), plain ? length : length | Checked);
        }
    }

    /// <summary>The buffers of one build at a time: the text's code points, the lexemes found and each one's positions.</summary>
    sealed class Builder
    {
        int[] _codePoints = new int[16 * 1024];
        readonly WordCache _words = new();
        char[] _word = new char[64];
        // By lexeme id, for the table of _table: the build (stamp) that last met it (high half) and its entry there (low).
        LexemeTable? _table;
        long[] _seen = new long[1024];
        int _stamp;
        // Per entry (a lexeme of this text): the lexeme, its sort key and byte count, positions kept and the last one.
        Lexeme[] _lexemes = new Lexeme[1024];
        ulong[] _entryKeys = new ulong[1024];
        int[] _bytes = new int[1024];
        int[] _counts = new int[1024];
        int[] _last = new int[1024];
        // Every position kept, with its entry, in text order.
        int[] _pairEntry = new int[4096];
        int[] _pairPosition = new int[4096];
        // Encoding: sort keys, the entries in order, where each one's positions start, the positions by entry.
        ulong[] _keys = new ulong[1024];
        int[] _order = new int[1024];
        int[] _firstPair = new int[1025];
        int[] _next = new int[1024];
        ushort[] _positions = new ushort[4096];
        int _lexemeCount;
        int _pairCount;
        int _totalBytes;
        // This text's numbers, hosts, URLs, addresses and paths, by their entry (OneOffEntry).
        readonly Dictionary<string, int> _oneOffs = new(StringComparer.Ordinal);
        readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _oneOffsBySpan;

        public Builder() => _oneOffsBySpan = _oneOffs.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Reads the text's code points into the buffer; returns how many.</summary>
        public int Read(string text)
        {
            if (_codePoints.Length < text.Length) _codePoints = new int[Math.Max(text.Length, 2 * _codePoints.Length)];
            return SearchTokenizer.CodePoints(text, _codePoints);
        }

        /// <summary>Reads the code points of the searched segments (in order), a line break between two; returns how many.</summary>
        public int Read(string text, IReadOnlyList<Segment> segments)
        {
            var length = 0;
            foreach (var segment in segments)
                if (SearchedKinds.Contains(segment.Kind)) length += segment.Length + 1;
            if (_codePoints.Length < length) _codePoints = new int[Math.Max(length, 2 * _codePoints.Length)];
            var n = 0;
            foreach (var segment in segments)
            {
                if (!SearchedKinds.Contains(segment.Kind)) continue;
                if (n > 0) _codePoints[n++] = '\n';
                n += SearchTokenizer.CodePoints(text.AsSpan(segment.Start, segment.Length), _codePoints.AsSpan(n));
            }
            return n;
        }

        public byte[] Build(int codePoints, LexemeTable table)
        {
            if (_table != table)
            {
                _table = table;
                Array.Clear(_seen);
                _words.Clear();
            }
            if (++_stamp == int.MaxValue)
            {
                _stamp = 1;
                Array.Clear(_seen);
            }
            _lexemeCount = _pairCount = _totalBytes = 0;
            _oneOffs.Clear();
            var tokenizer = new SearchTokenizer(_codePoints, codePoints);
            var position = 0;
            while (tokenizer.Next() is { } token)
            {
                var stemmed = token.Kind switch
                {
                    SearchTokenKind.AsciiWord or SearchTokenKind.Word or SearchTokenKind.AsciiHWord or SearchTokenKind.HWord
                        or SearchTokenKind.AsciiPartHWord or SearchTokenKind.PartHWord => true,
                    SearchTokenKind.Blank or SearchTokenKind.Tag or SearchTokenKind.XmlEntity or SearchTokenKind.Protocol => (bool?)null,
                    _ => false,
                };
                if (stemmed is null) continue;
                var (length, bytes) = Lower(_codePoints.AsSpan(token.Start, token.Length), ref _word);
                if (bytes > MaxTokenBytes) continue;
                position = Math.Min(position + 1, MaxPosition);
                var word = _word.AsSpan(0, length);
                int entry;
                if (stemmed.Value && bytes <= MaxStemmedBytes)
                {
                    if (length == 0) continue;
                    var id = _words.Word(_word, length, table);
                    if (id < 0) continue; // a stop word keeps its position
                    entry = WordEntry(id);
                }
                else entry = SimpleEntry(word, table);
                if (entry < 0) continue;
                var count = _counts[entry];
                if (count >= MaxPositionsPerLexeme || (count > 0 && _last[entry] == position)) continue;
                _counts[entry] = count + 1;
                _last[entry] = position;
                if (_pairCount == _pairEntry.Length) GrowPairs();
                _pairEntry[_pairCount] = entry;
                _pairPosition[_pairCount++] = position;
            }
            return Encode();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        void GrowPairs()
        {
            Array.Resize(ref _pairEntry, 2 * _pairCount);
            Array.Resize(ref _pairPosition, 2 * _pairCount);
        }

        /// <summary>The entry of a token the <c>simple</c> dictionary takes (not met in most texts: out of the hot loop).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        int SimpleEntry(ReadOnlySpan<char> word, LexemeTable table) =>
            word.ContainsAny(OneOffMarks) ? OneOffEntry(word) : Entry(Found.Of(table.Of(word)));

        /// <summary><see cref="Entry"/> of a word's lexeme, by its id in the word cache.</summary>
        int WordEntry(int id)
        {
            if (id >= _seen.Length) GrowSeen(id);
            var seen = _seen[id];
            return (int)(seen >> 32) == _stamp ? (int)seen : FirstEntry(_words.Lexeme(id));
        }

        /// <summary>The lexeme's entry in this text, added when new; -1 when the lexemes would pass PostgreSQL's 1 MB.</summary>
        int Entry(in Found lexeme)
        {
            var id = lexeme.Id;
            if (id >= _seen.Length) GrowSeen(id);
            var seen = _seen[id];
            return (int)(seen >> 32) == _stamp ? (int)seen : FirstEntry(lexeme);
        }

        /// <summary><see cref="Entry"/> of a lexeme this text meets for the first time.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        int FirstEntry(in Found lexeme)
        {
            var entry = NewEntry(lexeme);
            if (entry >= 0) _seen[lexeme.Id] = (long)_stamp << 32 | (uint)entry;
            return entry;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        void GrowSeen(int id) => Array.Resize(ref _seen, Math.Max(id + 1, 2 * _seen.Length));

        /// <summary>
        /// The entry in this text of a number, host, URL, e-mail address or path (a <c>simple</c> lexeme with a digit,
        /// '.', '/' or '@'): remembered for this text only, not in the shared table — a feed's numbers and links are
        /// mostly met once, and would grow the table with the store. It cannot be a second entry of a lexeme the table
        /// gave this text: those are a stemmed word's (made of letters, marks and hyphens, and Snowball only drops or
        /// replaces letters) or a <c>simple</c> token's without these characters.
        /// </summary>
        int OneOffEntry(ReadOnlySpan<char> word)
        {
            if (_oneOffsBySpan.TryGetValue(word, out var entry)) return entry;
            var lexeme = new Lexeme(word.ToString(), -1);
            entry = NewEntry(Found.Of(lexeme));
            if (entry >= 0) _oneOffs.Add(lexeme.Text, entry);
            return entry;
        }

        /// <summary>A new entry for a lexeme not yet in this text; -1 when the lexemes would pass PostgreSQL's 1 MB.</summary>
        int NewEntry(in Found lexeme)
        {
            if (_totalBytes + lexeme.Bytes > MaxTotalBytes) return -1;
            _totalBytes += lexeme.Bytes;
            if (_lexemeCount == _lexemes.Length)
            {
                Array.Resize(ref _lexemes, 2 * _lexemeCount);
                Array.Resize(ref _entryKeys, 2 * _lexemeCount);
                Array.Resize(ref _bytes, 2 * _lexemeCount);
                Array.Resize(ref _counts, 2 * _lexemeCount);
                Array.Resize(ref _last, 2 * _lexemeCount);
            }
            var entry = _lexemeCount++;
            _lexemes[entry] = lexeme.Lexeme!;
            _entryKeys[entry] = lexeme.Key;
            _bytes[entry] = lexeme.Bytes;
            _counts[entry] = 0;
            return entry;
        }

        /// <summary>
        /// tsvectorrecv's input: the lexeme count (int32), then per lexeme in PostgreSQL's order (<c>tsCompareString</c>:
        /// by their UTF-8 bytes, a prefix first) its UTF-8 bytes, a zero byte, its position count (uint16) and positions
        /// (uint16, weight D: the top two bits zero); big-endian. The lexemes are sorted by their first 8 bytes as one
        /// number, then the rare runs that share them by all their bytes.
        /// </summary>
        byte[] Encode()
        {
            var n = _lexemeCount;
            if (_order.Length < n) (_order, _keys, _next, _firstPair) = (new int[2 * n], new ulong[2 * n], new int[2 * n], new int[2 * n + 1]);
            var size = 4;
            for (var e = 0; e < n; e++)
            {
                _keys[e] = _entryKeys[e];
                _order[e] = e;
                _firstPair[e + 1] = _firstPair[e] + _counts[e];
                _next[e] = _firstPair[e];
                size += _bytes[e] + 3 + 2 * _counts[e];
            }
            var order = _order.AsSpan(0, n);
            _keys.AsSpan(0, n).Sort(order);
            for (var i = 0; i < n;)
            {
                var j = i + 1;
                while (j < n && _keys[j] == _keys[i]) j++;
                if (j - i > 1) order[i..j].Sort(CompareBytes);
                i = j;
            }
            if (_positions.Length < _pairCount) _positions = new ushort[Math.Max(_pairCount, 2 * _positions.Length)];
            for (var p = 0; p < _pairCount; p++) _positions[_next[_pairEntry[p]]++] = (ushort)_pairPosition[p];

            var vector = new byte[size];
            BinaryPrimitives.WriteInt32BigEndian(vector, n);
            var at = 4;
            foreach (var e in order)
            {
                var length = _bytes[e];
                if (length <= 8)
                {
                    // The key is the lexeme's bytes, zero-padded: no need to read the lexeme.
                    var key = _entryKeys[e];
                    for (var k = 0; k < length; k++) vector[at + k] = (byte)(key >> (56 - 8 * k));
                }
                else _lexemes[e].Utf8.CopyTo(vector, at);
                at += length;
                vector[at++] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(vector.AsSpan(at), (ushort)_counts[e]);
                at += 2;
                for (var p = _firstPair[e]; p < _firstPair[e + 1]; p++, at += 2)
                    BinaryPrimitives.WriteUInt16BigEndian(vector.AsSpan(at), _positions[p]);
            }
            return vector;
        }

        int CompareBytes(int a, int b) => _lexemes[a].Utf8.AsSpan().SequenceCompareTo(_lexemes[b].Utf8);
    }

    static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(SearchVector).Assembly.GetManifestResourceStream("search/english.stop")
            ?? throw new InvalidOperationException("The English stop words (db/search/english.stop) are not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
    }
}
