using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using FramingApi.Analysis.Lexicons;

namespace FramingApi.Analysis.Text;

/// <summary>A segmented text with its tokens, sentences and quotations: the input of every scorer.</summary>
/// <remarks>
/// <para>Tokens are runs of letters and digits. An apostrophe (' ’ ‘) or hyphen between two letters/digits stays inside
/// ("russia's", "large-scale"); "." and "," between digits stay inside numbers ("1,000", "3.5"); single letters each
/// followed by a period form one acronym token with its periods ("u.s.", "d.c.", "e.g.").</para>
/// <para>A sentence ends at . ! ? (optionally followed by closing quotes or brackets) followed by whitespace and a
/// character that is not lower case; not after abbreviations ("Mr.", "Gen.", "Jan.", "No. 5", single capital
/// initials). A line break and a segment boundary always end a sentence.</para>
/// <para>Quote marks pair up inside headline, lead and body paragraphs: pairs of straight or curly double quotes, one
/// per paragraph at most per pair: a pair still open at the end of its paragraph ends there (the standard
/// multi-paragraph quote re-opens with a quote mark at the start of the next paragraph, which starts the next
/// pair), so an unbalanced quote never runs past its paragraph. <see cref="QuotationStructure"/> then tells quoted
/// speech (<see cref="Quotations"/>, quotation voice) from scare quotes (<see cref="ScareQuotes"/>, the outlet's
/// voice), adds speech quoted without quote marks and cuts bracketed insertions out of quotations.</para>
/// <para>The lower-cased text, the tokens and the sentences live in arrays rented from
/// <see cref="ArrayPool{T}.Shared"/>, as <see cref="System.Text.Json.JsonDocument"/> does: disposing the analysed
/// text returns them. Afterwards <see cref="Tokens"/>, <see cref="Sentences"/>, <see cref="LowerText"/>,
/// <see cref="TokenText"/> and <see cref="LowerSpan"/> throw <see cref="ObjectDisposedException"/>, and spans taken
/// from them before must not be used; <see cref="Text"/>, the segments and the word counts stay readable. Disposing
/// is optional (an analysed text that is not disposed leaves its arrays to the garbage collector) and may happen more
/// than once, from any thread. Analysing many texts, disposing each saves about 3 % of the
/// pipeline's time (docs/PERFORMANCE.md).</para>
/// </remarks>
public sealed class AnalyzedText : IDisposable
{
    char[]? _lower;
    Token[]? _tokens;
    readonly int _tokenCount;
    Sentence[]? _sentences;
    readonly int _sentenceCount;
    readonly int[] _wordCounts;
    int[]? _wordIds; // every token's id in _wordTable (rented, like the tokens), when the tokenizer was given a table
    readonly WordTable? _wordTable;

    AnalyzedText(string text, char[] lower, Token[] tokens, int tokenCount, Sentence[] sentences, int sentenceCount,
        IReadOnlyList<Segment> segments, IReadOnlyList<Segment> quotations, IReadOnlyList<TextSpan> scareQuotes,
        int[] wordCounts, int[]? wordIds, WordTable? wordTable)
    {
        _wordIds = wordIds;
        _wordTable = wordTable;
        ScareQuotes = scareQuotes;
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
    public ReadOnlySpan<char> LowerText => Lower.AsSpan(0, Text.Length);

    /// <summary>Tokens in text order.</summary>
    public ReadOnlySpan<Token> Tokens => (_tokens ?? ThrowDisposed<Token>()).AsSpan(0, _tokenCount);

    /// <summary>Sentences in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => (_sentences ?? ThrowDisposed<Sentence>()).AsSpan(0, _sentenceCount);

    char[] Lower => _lower ?? ThrowDisposed<char>();

    static T[] ThrowDisposed<T>() => throw new ObjectDisposedException(nameof(AnalyzedText));

    /// <summary>Returns the rented arrays to the shared pool; afterwards its tokens, sentences and lower-cased text cannot be read (see the remarks).</summary>
    public void Dispose()
    {
        // Each array is taken once, whoever disposes: none goes back to the pool twice.
        var lower = Interlocked.Exchange(ref _lower, null);
        var tokens = Interlocked.Exchange(ref _tokens, null);
        var sentences = Interlocked.Exchange(ref _sentences, null);
        var wordIds = Interlocked.Exchange(ref _wordIds, null);
        if (wordIds is not null) ArrayPool<int>.Shared.Return(wordIds);
        if (lower is not null) ArrayPool<char>.Shared.Return(lower);
        if (tokens is not null) ArrayPool<Token>.Shared.Return(tokens);
        if (sentences is not null) ArrayPool<Sentence>.Shared.Return(sentences);
    }

    /// <summary>Block segments and quotation segments, ordered by start.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The quotation segments alone (a subset of <see cref="Segments"/>), ordered by start: quoted speech,
    /// with or without quote marks (see <see cref="QuotationStructure"/>).</summary>
    public IReadOnlyList<Segment> Quotations { get; }

    /// <summary>
    /// Scare quotes, ordered by start (quote marks included): short quoted fragments that are part of the outlet's own
    /// sentence — no speaker or speech word introduces them — and so stay in the outlet's voice (see
    /// <see cref="QuotationStructure"/>). The claim scorer reads them as a hedge.
    /// </summary>
    public IReadOnlyList<TextSpan> ScareQuotes { get; }

    /// <summary>The lower-cased form of token <paramref name="index"/> (curly apostrophes folded to ').</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        var token = Tokens[index];
        return LowerText.Slice(token.Start, token.Length);
    }

    /// <summary>The lower-cased text of <c>[start, end)</c>.</summary>
    public ReadOnlySpan<char> LowerSpan(int start, int end) => LowerText.Slice(start, end - start);

    /// <summary>Number of tokens in the given voice.</summary>
    public int WordCount(Voice voice) => (int)voice < _wordCounts.Length ? _wordCounts[(int)voice] : 0;

    /// <summary>
    /// Every token's id in <paramref name="table"/> (or -1; boilerplate tokens may hold another negative mark), when
    /// the text was analysed with that table (<see cref="Analyze(SegmentedText, WordTable)"/>); else empty. The span
    /// is the text's own (see <see cref="LexiconMatcher"/>'s internal Match, which marks boilerplate in it).
    /// </summary>
    internal Span<int> WordIds(WordTable table) =>
        _wordTable == table && _wordIds is { } ids ? ids.AsSpan(0, _tokenCount) : [];

    /// <summary>Tokenizes, splits sentences and finds quotations in a segmented text.</summary>
    public static AnalyzedText Analyze(SegmentedText text) => Analyze(text, null);

    /// <summary>
    /// <see cref="Analyze(SegmentedText)"/>, also finding every token's id in <paramref name="table"/> (when given) as
    /// each token ends, while its characters are at hand: the matcher then reads no token's characters again
    /// (<see cref="WordIds"/>).
    /// </summary>
    internal static AnalyzedText Analyze(SegmentedText text, WordTable? table)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text ?? "";
        // Lower-case the whole text once; tokens are slices of it. Four spare characters: the word table's probe reads
        // four characters at a token's start, however short the token (those past it are masked off).
        var lower = ArrayPool<char>.Shared.Rent(s.Length + 4); // its first s.Length elements are written here
        var bitCount = (s.Length >> 6) + 1; // one bit per character, and at least one clear bit after the last
        // No try/finally: the bitmaps are returned to the pool after a normal return only (an exception leaves them to
        // the collector). A protected region would make the JIT store every local the token loop changes to the stack
        // at each change (its values live past the region).
        var bits = ArrayPool<ulong>.Shared.Rent((2 + MarkBits.Kinds) * bitCount);
        var wordBits = bits.AsSpan(0, bitCount);
        var startBits = bits.AsSpan(bitCount, bitCount);
        var marks = new MarkBits(bits, 2 * bitCount, bitCount);
        // The bitmaps, and the lower-cased text of an ASCII text in the same pass (else lower-cased here).
        var ascii = CharacterBits(s, wordBits, startBits, marks, lower);
        if (!ascii) ToLowerFolded(s, lower.AsSpan(0, s.Length));

        var blocks = Blocks(text.Segments, s.Length);
        var (quotations, scareQuotes) = QuotationStructure.Resolve(s, lower.AsSpan(0, s.Length), blocks,
            FindQuotations(s, blocks, ascii, marks), ascii, marks);

        // Only the first tokenCount (sentenceCount) elements are ever read.
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, s.Length / 5));
        var sentences = ArrayPool<Sentence>.Shared.Rent(Math.Max(4, s.Length / 80));
        var wordIds = table is null ? null : ArrayPool<int>.Shared.Rent(tokens.Length);
        var wordCounts = new int[4];
        var (tokenCount, sentenceCount) = Tokenize(s, wordBits, startBits, CollectionsMarshal.AsSpan(blocks),
            CollectionsMarshal.AsSpan(quotations), ref tokens, ref sentences, wordCounts, lower, table, ref wordIds);
        ArrayPool<ulong>.Shared.Return(bits);

        // Blocks and quotations, ordered by start (a block before a quotation starting at the same place): both
        // lists are ordered and neither overlaps itself, so one merge orders them.
        var segments = new List<Segment>(blocks.Count + quotations.Count);
        var q = 0;
        foreach (var block in blocks)
        {
            while (q < quotations.Count && quotations[q].Start < block.Start) segments.Add(quotations[q++]);
            segments.Add(block);
        }
        while (q < quotations.Count) segments.Add(quotations[q++]);
        return new AnalyzedText(s, lower, tokens, tokenCount, sentences, sentenceCount, segments, quotations,
            scareQuotes, wordCounts, wordIds, table);
    }

    /// <summary>The token loop: tokens with their block, voice and sentence; sentences; word counts by voice.</summary>
    /// <remarks>A method of its own for reading; the JIT may inline it back (forbidding that measured slower).</remarks>
    /// <remarks>
    /// Token boundaries come from the bitmaps of <see cref="CharacterBits"/>: the next token starts at the next set bit
    /// of <paramref name="startBits"/>, and a plain one ends at the next clear bit of <paramref name="wordBits"/>.
    /// Reading characters one by one, each token's end would wait for the loads of the previous token's characters;
    /// bit searches in two small arrays do not.
    /// </remarks>
    static (int Tokens, int Sentences) Tokenize(string s, ReadOnlySpan<ulong> wordBits, ReadOnlySpan<ulong> startBits,
        ReadOnlySpan<Segment> blockSpan, ReadOnlySpan<Segment> quoteSpan,
        ref Token[] tokensOut, ref Sentence[] sentencesOut, int[] wordCounts, char[] lower, WordTable? table, ref int[]? wordIdsOut)
    {
        // The arrays in locals, written back at the end: a local whose address is taken is kept in memory.
        var tokens = tokensOut;
        var sentences = sentencesOut;
        var wordIds = wordIdsOut;
        var tokenCount = 0;
        var sentenceCount = 0;

        // The run of text the tokens are in (same block and voice) changes only at nextChange: most tokens test one
        // position, and the loop keeps few values live.
        var runs = new Runs(blockSpan, quoteSpan);
        var nextChange = 0;
        var kind = SegmentKind.Body;
        var voice = Voice.Outlet;
        var sentenceStartToken = 0;
        // The voices of the sentence's tokens before the current run (Sentence.Voices): the run's own voice is added
        // when the run or the sentence ends (SentenceVoices), not token by token.
        var sentenceVoices = 0;
        var voiceBit = 0; // the current run's bit for Sentence.Voices
        var sentenceBlock = int.MinValue;
        var previousEnd = -1;
        var runStartToken = 0; // the first token of the current run: word counts are added per run, not per token
        // The word table's slots, shift, home bits and empty slot, read once here rather than through the table at every
        // token.
        ref var slots = ref table is null ? ref Unsafe.NullRef<byte>() : ref table.SlotsStart;
        var shift = table?.Shift ?? 0;
        ref var homeBits = ref table is null ? ref Unsafe.NullRef<ulong>() : ref table.HomeBitsStart;
        var emptySlot = table?.EmptySlot ?? 0;

        var chars = s.AsSpan();
        // The lower-cased text's and the word ids' first elements, taken once (the ids' again when they grow): taken
        // from the arrays at every token, each cost a reload and a null check.
        ref var lowerStart = ref MemoryMarshal.GetArrayDataReference(lower);
        ref var idsStart = ref wordIds is null ? ref Unsafe.NullRef<int>() : ref MemoryMarshal.GetArrayDataReference(wordIds);
        // The block of 64 characters being read (k), its token starts not yet passed (pending) and its clear word bits
        // (ends): a token's start and a plain token's end are bit scans of values held in registers. The starts are
        // those of runs (CharacterBits), so that the next token's start does not depend on this token's end: a plain
        // token (ASCII letters and digits up to a character that does not continue it) holds no run start after its
        // first character, and the next run start is the next token's. Only a token that goes on (an apostrophe, a
        // non-ASCII letter: ScanTokenFully) or starts with a non-ASCII letter passes the run starts up to its end.
        var k = 0;
        var pending = startBits[0];
        var ends = ~wordBits[0];
        while (true)
        {
            while (pending == 0)
            {
                if (++k == startBits.Length) goto Done;
                pending = startBits[k];
                ends = ~wordBits[k];
            }
            var start = (k << 6) + BitOperations.TrailingZeroCount(pending);
            if (start >= chars.Length) break; // no bit is set past the text: a guard only
            pending &= pending - 1;
            var first = chars[start];
            // The first clear word bit after the start, in this block if there is one there (two shifts: the count
            // may be 64).
            var after = (ends >> (start & 63)) >> 1;
            var end = after != 0 ? start + 1 + BitOperations.TrailingZeroCount(after) : NextClear(wordBits, (k + 1) << 6);
            if (first >= 128 || (end < chars.Length && MayContinue(s, start, end)))
            {
                if (first >= 128 && !char.IsLetterOrDigit(first)) continue; // a non-ASCII character that starts no token (a curly quote, a dash)
                if (end < chars.Length && MayContinue(s, start, end)) end = ScanTokenFully(s, start);
                // Pass the run starts inside the token: in this block, or in the block where the token ends.
                if (end >> 6 != k)
                {
                    k = end >> 6; // end ≤ the text's length: there is a block for it
                    pending = startBits[k];
                    ends = ~wordBits[k];
                }
                pending &= ulong.MaxValue << (end & 63);
            }

            var newBlock = false;
            if (start >= nextChange)
            {
                sentenceVoices = SentenceVoices(sentenceVoices, voiceBit, tokenCount, sentenceStartToken, runStartToken);
                wordCounts[(int)voice] += tokenCount - runStartToken;
                runStartToken = tokenCount;
                nextChange = runs.MoveTo(start);
                kind = runs.Kind;
                voice = runs.Voice;
                voiceBit = (1 << (int)voice) & Sentence.ScoredVoices;
                newBlock = runs.BlockId != sentenceBlock;
                sentenceBlock = runs.BlockId;
            }

            // Does a new sentence start at this token? (A single space between two tokens never ends one.)
            if (newBlock || ((start != previousEnd + 1 || Unsafe.Add(ref MemoryMarshal.GetReference(chars), previousEnd) != ' ') && EndsSentence(s, tokens[tokenCount - 1], start)))
            {
                if (tokenCount > sentenceStartToken)
                    sentences = AddSentence(sentences, sentenceCount++, s, tokens, sentenceStartToken, tokenCount,
                        SentenceVoices(sentenceVoices, voiceBit, tokenCount, sentenceStartToken, runStartToken));
                sentenceStartToken = tokenCount;
                sentenceVoices = 0;
            }

            if (tokenCount == tokens.Length)
            {
                tokens = Grown(tokens);
                if (wordIds is not null)
                {
                    wordIds = Grown(wordIds, tokens.Length);
                    idsStart = ref MemoryMarshal.GetArrayDataReference(wordIds);
                }
            }
            // Unchecked: the arrays hold tokens.Length elements or more (Grown), lower s.Length + 4.
            if (table is not null)
            {
                // The id first, then the address it goes to: an assignment's target is evaluated first, and the JIT
                // kept that address on the stack across the probe.
                var id = WordTable.ProbeAt(table, ref slots, shift, ref homeBits, emptySlot, ref Unsafe.Add(ref lowerStart, start), end - start);
                Unsafe.Add(ref idsStart, tokenCount) = id;
            }
            // A lower-case ASCII start (most tokens) settles all three flags; a capital followed by a lower-case
            // ASCII letter ("The", "Moscow": most of the rest) is Capitalized alone, without Flags' call.
            var flags = char.IsAsciiLetterLower(first) ? TokenFlags.None
                : char.IsAsciiLetterUpper(first) && end > start + 1 && char.IsAsciiLetterLower(chars[start + 1]) ? TokenFlags.Capitalized
                : Flags(s, start, end);
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tokens), tokenCount++)
                = new Token(start, end - start, sentenceCount, kind, voice, flags);
            previousEnd = end;
        }
        Done:
        if (tokenCount > sentenceStartToken)
            sentences = AddSentence(sentences, sentenceCount++, s, tokens, sentenceStartToken, tokenCount,
                SentenceVoices(sentenceVoices, voiceBit, tokenCount, sentenceStartToken, runStartToken));
        wordCounts[(int)voice] += tokenCount - runStartToken;
        tokensOut = tokens;
        sentencesOut = sentences;
        wordIdsOut = wordIds;
        return (tokenCount, sentenceCount);
    }

    /// <summary>The <see cref="Sentence.Voices"/> of the sentence's tokens so far: those before the current run
    /// (<paramref name="before"/>), and the run's voice when the sentence has tokens in it.</summary>
    static int SentenceVoices(int before, int voiceBit, int tokenCount, int sentenceStartToken, int runStartToken) =>
        tokenCount > Math.Max(sentenceStartToken, runStartToken) ? before | voiceBit : before;

    /// <summary>
    /// Where a position lies: its block (or the gap before a block) and whether in a quotation, for positions that
    /// only move forward. A run is a stretch in which neither changes.
    /// </summary>
    ref struct Runs(ReadOnlySpan<Segment> blocks, ReadOnlySpan<Segment> quotations)
    {
        readonly ReadOnlySpan<Segment> _blocks = blocks;
        readonly ReadOnlySpan<Segment> _quotations = quotations;
        int _block; // the block containing the position, or the first one after it
        int _quote; // the first quotation that ends after the position

        /// <summary>The segment kind of the run (Body between blocks).</summary>
        public SegmentKind Kind { get; private set; }

        /// <summary>The voice of the run.</summary>
        public Voice Voice { get; private set; }

        /// <summary>The run's block index, or <c>-1 - b</c> in the gap before block <c>b</c>: tokens between blocks form
        /// runs of their own.</summary>
        public int BlockId { get; private set; }

        /// <summary>Moves to <paramref name="position"/> (not before the previous one); returns where its run ends.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public int MoveTo(int position)
        {
            while (_block < _blocks.Length && _blocks[_block].End <= position) _block++;
            while (_quote < _quotations.Length && _quotations[_quote].End <= position) _quote++;
            var inBlock = _block < _blocks.Length && _blocks[_block].Start <= position;
            var inQuote = _quote < _quotations.Length && _quotations[_quote].Start <= position;
            Kind = inBlock ? _blocks[_block].Kind : SegmentKind.Body;
            BlockId = inBlock ? _block : -1 - _block;
            Voice = Kind switch
            {
                SegmentKind.Comments => Voice.Comments,
                SegmentKind.Boilerplate => Voice.None,
                _ => inQuote ? Voice.Quotation : Voice.Outlet,
            };
            var blockChange = inBlock ? _blocks[_block].End : _block < _blocks.Length ? _blocks[_block].Start : int.MaxValue;
            var quoteChange = inQuote ? _quotations[_quote].End
                : _quote < _quotations.Length ? _quotations[_quote].Start : int.MaxValue;
            return Math.Min(blockChange, quoteChange);
        }
    }

    /// <summary>A rented array twice as large as a full one (or at least <paramref name="atLeast"/>), with the same
    /// elements first; the full one goes back to the pool.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the token loop (its registers)
    static T[] Grown<T>(T[] array, int atLeast = 0)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(array.Length * 2, atLeast));
        array.CopyTo(larger, 0);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant"/>, but fast: with InvariantGlobalization that method maps char
    /// by char through the Unicode tables, about 20 times slower than the vectorized ASCII conversion used here for
    /// ASCII runs. Non-ASCII runs (surrogate pairs stay inside them) still go through the full mapping, and in them
    /// the curly apostrophes ’ and ‘ are folded to '.
    /// </summary>
    static void ToLowerFolded(ReadOnlySpan<char> source, Span<char> destination)
    {
        while (Ascii.ToLower(source, destination, out var written) != OperationStatus.Done)
        {
            source = source[written..];
            destination = destination[written..];
            var run = source.IndexOfAnyInRange('\0', '\x7f');
            if (run < 0) run = source.Length;
            source[..run].ToLowerInvariant(destination);
            // Curly apostrophes are not ASCII: only these runs can hold them.
            destination[..run].Replace('’', '\'');
            destination[..run].Replace('‘', '\'');
            source = source[run..];
            destination = destination[run..];
        }
    }

    /// <summary>Valid block segments (no quotations, clipped to the text, non-overlapping), ordered by start.</summary>
    static List<Segment> Blocks(IReadOnlyList<Segment>? segments, int length)
    {
        var blocks = new List<Segment>(segments?.Count ?? 0);
        if (segments is null) return blocks;
        // The composer's list read as a span (no enumerator, no interface call per segment).
        var span = segments is List<Segment> list ? CollectionsMarshal.AsSpan(list) : [.. segments];
        foreach (var segment in span)
        {
            if (segment.Kind == SegmentKind.Quotation) continue;
            var start = Math.Clamp(segment.Start, 0, length);
            var end = Math.Clamp(segment.End, start, length);
            if (end > start) blocks.Add(segment with { Start = start, End = end });
        }
        if (!IsOrderedByStart(blocks)) blocks.Sort(static (a, b) => a.Start.CompareTo(b.Start)); // usually they are
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

    static bool IsOrderedByStart(List<Segment> segments)
    {
        for (var i = 1; i < segments.Count; i++)
            if (segments[i].Start < segments[i - 1].Start) return false;
        return true;
    }

    /// <summary>
    /// Fills the two bitmaps (bit <c>i &amp; 63</c> of element <c>i &gt;&gt; 6</c> for character <c>i</c>; clear past the
    /// end): <paramref name="wordBits"/>, the ASCII letters and digits; <paramref name="startBits"/>, the run starts:
    /// those and every non-ASCII character (where a token may start) that do not follow an ASCII letter or digit.
    /// Sixty-four characters per step, with two 512-bit, four 256-bit or eight 128-bit vectors. With 512-bit or
    /// 256-bit vectors, also writes the text lower-cased into <paramref name="lower"/> (as <see cref="ToLowerFolded"/>:
    /// A–Z to a–z, nothing else changes in ASCII) when the whole text is ASCII, saving a pass over it.
    /// </summary>
    /// <returns>Whether <paramref name="lower"/> holds the lower-cased text (else it is to be written).</returns>
    static bool CharacterBits(string s, Span<ulong> wordBits, Span<ulong> startBits, MarkBits marks, char[] lower)
    {
        var quoteBits = marks.Of(MarkBits.Quote);
        var apostropheBits = marks.Of(MarkBits.Apostrophe);
        var colonBits = marks.Of(MarkBits.Colon);
        var k = 0;
        var i = 0;
        var lowered = false;
        if (Vector512.IsHardwareAccelerated)
        {
            // Two vectors of 32 characters per block: the same tests in a quarter of the steps.
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s.AsSpan()));
            ref var lowerChars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(lower)); // s.Length + 4 elements
            var nonAscii = Vector512<ushort>.Zero;
            for (; i + 64 <= s.Length; i += 64, k++)
            {
                var v0 = Vector512.LoadUnsafe(ref chars, (nuint)i);
                var v1 = Vector512.LoadUnsafe(ref chars, (nuint)(i + 32));
                var (word0, start0) = WordAndStartBits(v0);
                var (word1, start1) = WordAndStartBits(v1);
                wordBits[k] = word0 | (word1 << 32);
                startBits[k] = start0 | (start1 << 32);
                quoteBits[k] = Equal(v0, '"') | (Equal(v1, '"') << 32);
                apostropheBits[k] = Equal(v0, '\'') | (Equal(v1, '\'') << 32);
                colonBits[k] = Equal(v0, ':') | (Equal(v1, ':') << 32);
                nonAscii |= v0 | v1;
                ToLowerAscii(v0).StoreUnsafe(ref lowerChars, (nuint)i);
                ToLowerAscii(v1).StoreUnsafe(ref lowerChars, (nuint)(i + 32));
            }
            if (Vector512.LessThanAll(nonAscii, Vector512.Create((ushort)128))) lowered = LowerAsciiRest(s, i, lower);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            // Four vectors of 16 characters per block, narrowed to two of 32 bytes for the tests: a character above
            // 255 becomes 255 first (Min), so that every byte is its character when ASCII and 128 or more when not,
            // and a byte test is the character's test (no non-ASCII character reads as a letter, a digit or a mark).
            // The lower-cased characters, the bitmaps and whether the text is ASCII come from the same loads, as
            // with 512-bit vectors: on a machine without them (AVX2 alone), the eight 128-bit vectors below cost a
            // second pass to lower-case the text, and the quotation finders a search per mark (speed30).
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s.AsSpan()));
            ref var lowerChars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(lower)); // s.Length + 4 elements
            var nonAscii = Vector256<ushort>.Zero;
            var latin1 = Vector256.Create((ushort)255);
            for (; i + 64 <= s.Length; i += 64, k++)
            {
                var v0 = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var v1 = Vector256.LoadUnsafe(ref chars, (nuint)(i + 16));
                var v2 = Vector256.LoadUnsafe(ref chars, (nuint)(i + 32));
                var v3 = Vector256.LoadUnsafe(ref chars, (nuint)(i + 48));
                var b0 = Vector256.Narrow(Vector256.Min(v0, latin1), Vector256.Min(v1, latin1));
                var b1 = Vector256.Narrow(Vector256.Min(v2, latin1), Vector256.Min(v3, latin1));
                var (word0, start0) = WordAndStartBits(b0);
                var (word1, start1) = WordAndStartBits(b1);
                wordBits[k] = word0 | (word1 << 32);
                startBits[k] = start0 | (start1 << 32);
                quoteBits[k] = Equal(b0, '"') | (Equal(b1, '"') << 32);
                apostropheBits[k] = Equal(b0, '\'') | (Equal(b1, '\'') << 32);
                colonBits[k] = Equal(b0, ':') | (Equal(b1, ':') << 32);
                nonAscii |= (v0 | v1) | (v2 | v3);
                ToLowerAscii(v0).StoreUnsafe(ref lowerChars, (nuint)i);
                ToLowerAscii(v1).StoreUnsafe(ref lowerChars, (nuint)(i + 16));
                ToLowerAscii(v2).StoreUnsafe(ref lowerChars, (nuint)(i + 32));
                ToLowerAscii(v3).StoreUnsafe(ref lowerChars, (nuint)(i + 48));
            }
            if (Vector256.LessThanAll(nonAscii, Vector256.Create((ushort)128))) lowered = LowerAsciiRest(s, i, lower);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s.AsSpan()));
            for (; i + 64 <= s.Length; i += 64, k++)
            {
                ulong word = 0, start = 0, quote = 0, apostrophe = 0, colon = 0;
                for (var j = 0; j < 64; j += Vector128<ushort>.Count)
                {
                    var v = Vector128.LoadUnsafe(ref chars, (nuint)(i + j));
                    quote |= (ulong)Vector128.Equals(v, Vector128.Create((ushort)'"')).ExtractMostSignificantBits() << j;
                    apostrophe |= (ulong)Vector128.Equals(v, Vector128.Create((ushort)'\'')).ExtractMostSignificantBits() << j;
                    colon |= (ulong)Vector128.Equals(v, Vector128.Create((ushort)':')).ExtractMostSignificantBits() << j;
                    // Unsigned range tests: c - '0' < 10, and (c | 0x20) - 'a' < 26 (sets only the case bit).
                    var isWord = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))
                                 | Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
                                     Vector128.Create((ushort)26));
                    var nonAscii = Vector128.GreaterThan(v, Vector128.Create((ushort)127));
                    word |= (ulong)isWord.ExtractMostSignificantBits() << j;
                    start |= (ulong)(isWord | nonAscii).ExtractMostSignificantBits() << j;
                }
                wordBits[k] = word;
                startBits[k] = start;
                quoteBits[k] = quote;
                apostropheBits[k] = apostrophe;
                colonBits[k] = colon;
            }
        }
        for (; k < wordBits.Length; k++, i += 64)
        {
            ulong word = 0, start = 0, quote = 0, apostrophe = 0, colon = 0;
            for (var j = 0; j < 64 && i + j < s.Length; j++)
            {
                var c = s[i + j];
                if (char.IsAsciiLetterOrDigit(c)) word |= 1UL << j;
                if (c >= 128 || char.IsAsciiLetterOrDigit(c)) start |= 1UL << j;
                if (c == '"') quote |= 1UL << j;
                else if (c == '\'') apostrophe |= 1UL << j;
                else if (c == ':') colon |= 1UL << j;
            }
            wordBits[k] = word;
            startBits[k] = start;
            quoteBits[k] = quote;
            apostropheBits[k] = apostrophe;
            colonBits[k] = colon;
        }
        // Run starts: a start bit whose character does not follow an ASCII letter or digit.
        var carry = 0UL;
        for (k = 0; k < wordBits.Length; k++)
        {
            var word = wordBits[k];
            startBits[k] &= ~((word << 1) | carry);
            carry = word >> 63;
        }
        return lowered;
    }

    /// <summary>
    /// The rest of an ASCII text (from <paramref name="i"/>: fewer than 64 characters) lower-cased one by one into
    /// <paramref name="lower"/>; false at a non-ASCII character there (the whole text is then lower-cased again).
    /// </summary>
    static bool LowerAsciiRest(string s, int i, char[] lower)
    {
        for (var j = i; j < s.Length; j++)
        {
            var c = s[j];
            if (c >= 128) return false;
            lower[j] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return true;
    }

    /// <summary>The positions of <paramref name="c"/> among 32 characters narrowed to bytes, as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Equal(Vector256<byte> v, char c) => Vector256.Equals(v, Vector256.Create((byte)c)).ExtractMostSignificantBits();

    /// <summary>ASCII characters lower-cased: A–Z to a–z, every other character as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<ushort> ToLowerAscii(Vector256<ushort> v) =>
        v | (Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26)) & Vector256.Create((ushort)0x20));

    /// <summary>The two tests of <see cref="CharacterBits"/> on 32 characters narrowed to bytes (non-ASCII ones to 128
    /// or more): ASCII letters and digits; those and non-ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (ulong Word, ulong Start) WordAndStartBits(Vector256<byte> v)
    {
        // Unsigned range tests: c - '0' < 10, and (c | 0x20) - 'a' < 26 (sets only the case bit; a byte of 128 or
        // more stays 128 or more, and 128 - 'a' is 31).
        var isWord = Vector256.LessThan(v - Vector256.Create((byte)'0'), Vector256.Create((byte)10))
                     | Vector256.LessThan((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'),
                         Vector256.Create((byte)26));
        var word = isWord.ExtractMostSignificantBits();
        return (word, word | v.ExtractMostSignificantBits()); // the byte's top bit: a non-ASCII character
    }

    /// <summary>The positions of <paramref name="c"/> among 32 characters, as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Equal(Vector512<ushort> v, char c) => Vector512.Equals(v, Vector512.Create((ushort)c)).ExtractMostSignificantBits();

    /// <summary>ASCII characters lower-cased: A–Z to a–z, every other character as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector512<ushort> ToLowerAscii(Vector512<ushort> v) =>
        v | (Vector512.LessThan(v - Vector512.Create((ushort)'A'), Vector512.Create((ushort)26)) & Vector512.Create((ushort)0x20));

    /// <summary>The two tests of <see cref="CharacterBits"/> on 32 characters: ASCII letters and digits; those and
    /// non-ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (ulong Word, ulong Start) WordAndStartBits(Vector512<ushort> v)
    {
        // Unsigned range tests: c - '0' < 10, and (c | 0x20) - 'a' < 26 (sets only the case bit).
        var isWord = Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10))
                     | Vector512.LessThan((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'),
                         Vector512.Create((ushort)26));
        var nonAscii = Vector512.GreaterThan(v, Vector512.Create((ushort)127));
        return (isWord.ExtractMostSignificantBits(), (isWord | nonAscii).ExtractMostSignificantBits());
    }

    /// <summary>The first index at or after <paramref name="i"/> (at most one past the text) whose bit is clear.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int NextClear(ReadOnlySpan<ulong> bits, int i)
    {
        var k = i >> 6;
        var word = ~bits[k] >> i; // the bits beyond the text are clear, and one element lies beyond its last character
        if (word != 0) return i + BitOperations.TrailingZeroCount(word);
        while (~bits[++k] == 0) { }
        return (k << 6) + BitOperations.TrailingZeroCount(~bits[k]);
    }

    /// <summary>
    /// Whether the token starting at <paramref name="start"/>, a run of ASCII letters and digits up to
    /// <paramref name="end"/>, may go on (an apostrophe, a hyphen, a number's "." or ",", an acronym's period,
    /// non-ASCII): then <see cref="ScanTokenFully"/> finds its end. Most tokens end at a space or a punctuation mark.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool MayContinue(string s, int start, int end)
    {
        var c = s[end];
        // The four marks below 64 as bits of one mask: the usual end (a space, a letter-free mark) is two tests.
        const ulong Marks = (1UL << '\'') | (1UL << ',') | (1UL << '-') | (1UL << '.');
        if (c >= 64) return c >= 128;
        if (((Marks >> c) & 1) == 0) return false;
        return c is '\'' or '-' || end == start + 1 || char.IsAsciiDigit(s[end - 1]);
    }

    /// <summary>The end of the token starting at <paramref name="start"/> (a letter or digit), for every kind of
    /// token.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the token loop (its registers)
    static int ScanTokenFully(string s, int start)
    {
        // Acronym: single letters each followed by a period, at least two ("U.S.", "D.C.", "e.g.").
        var j = start;
        var units = 0;
        while (j + 1 < s.Length && s[j + 1] == '.' && char.IsLetter(s[j]))
        {
            units++;
            j += 2;
        }
        if (units >= 2 && (j >= s.Length || !IsLetterOrDigit(s[j]))) return j;

        var end = start + 1;
        while (end < s.Length)
        {
            // The common case, a run of ASCII letters and digits.
            end = AsciiWordRunEnd(s, end);
            if (end == s.Length) break;
            var c = s[end];
            if (c < 128)
            {
                // Not an ASCII letter or digit: most tokens end here, at a space or a punctuation mark.
                if (c is not ('\'' or '-' or '.' or ',')) break;
            }
            else if (char.IsLetterOrDigit(c) || (c >= FirstMark && IsMark(c)))
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

    /// <summary>
    /// The first index at or after <paramref name="i"/> that is not an ASCII letter or digit (or the length), eight
    /// characters per step with two vector range compares. Most words end within the first step; this is inlined,
    /// where <see cref="MemoryExtensions.IndexOfAnyExcept{T}(ReadOnlySpan{T}, SearchValues{T})"/> costs a few calls
    /// per token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int AsciiWordRunEnd(string s, int i)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s.AsSpan()));
            while (i + Vector128<ushort>.Count <= s.Length)
            {
                var v = Vector128.LoadUnsafe(ref chars, (nuint)i);
                // Unsigned range tests: c - '0' < 10, and (c | 0x20) - 'a' < 26 (sets only the case bit).
                var word = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))
                           | Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
                               Vector128.Create((ushort)26));
                var others = ~word.ExtractMostSignificantBits() & 0xFFu;
                if (others != 0) return i + BitOperations.TrailingZeroCount(others);
                i += Vector128<ushort>.Count;
            }
        }
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i])) i++;
        return i;
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/> with the ASCII case inlined: most text is ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>No combining mark comes before U+0300, so most characters skip the Unicode category lookup.</summary>
    const char FirstMark = '\u0300';

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

    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the token loop (its registers)
    static TokenFlags Flags(string s, int start, int end)
    {
        var first = s[start];
        // A lower-case ASCII start (most tokens) settles all three flags.
        if (char.IsAsciiLetterLower(first)) return TokenFlags.None;
        var flags = TokenFlags.None;
        if (char.IsUpper(first)) flags |= TokenFlags.Capitalized;
        if (char.IsDigit(first)) flags |= TokenFlags.Numeric;
        var letters = 0;
        var allUpper = true;
        for (var i = start; i < end && allUpper; i++)
        {
            var c = s[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterUpper(c)) letters++;
                else allUpper = !char.IsAsciiLetterLower(c);
                continue;
            }
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
        if (gap is " ") return false; // the usual gap
        // One pass over the gap (gaps are short; vectorized searches cost more to start than they save here).
        var p = -1;
        for (var k = 0; k < gap.Length; k++)
        {
            var c = gap[k];
            if (c is '\n' or '\r' or '\u2028' or '\u2029') return true;
            if (p < 0 && c is '.' or '!' or '?' or '…') p = k;
        }
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

    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the token loop (its registers)
    static bool IsAbbreviation(string s, Token previous, int nextStart)
    {
        var word = s.AsSpan(previous.Start, previous.Length);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "George W. Bush"
        if (word.Length > 6) return false; // the longest abbreviation has six letters ("approx")
        // The word as one number, a lower-case ASCII letter per byte (Abbreviations holds them so): anything else
        // (digits, apostrophes, non-ASCII) is no abbreviation.
        var key = 0UL;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c)) return false;
            key = (key << 8) | (uint)(c | 0x20);
        }
        if (key == (('n' << 8) | 'o')) return char.IsDigit(s[nextStart]); // "No. 5", not "said no."
        // Open addressing in a table four times the list's size (most probes end at the home slot, empty or the word).
        for (var slot = AbbreviationSlot(key); ; slot = (slot + 1) & (AbbreviationSlots.Length - 1))
        {
            var held = AbbreviationSlots[slot];
            if (held == key) return true;
            if (held == 0) return false;
        }
    }

    /// <summary>Words that a period after them does not end a sentence with (titles, months, "vs", "approx"…), as
    /// <see cref="IsAbbreviation"/> packs them.</summary>
    static readonly ulong[] Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gen", "gov", "st", "lt", "col", "sgt", "capt", "adm",
        "maj", "cmdr", "prof", "jr", "sr", "rev", "hon", "pres", "amb", "supt", "det", "insp", "jan", "feb", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "mt", "ft", "approx", "dept", "univ", "fig",
        "cf", "al",
    }.Select(w => w.Aggregate(0UL, (key, c) => (key << 8) | c)).ToArray();

    /// <summary><see cref="Abbreviations"/> as an open-addressing table of 256 slots (0: empty; no word is 0), probed
    /// from <see cref="AbbreviationSlot"/>: a multiplication and a load or two, where the frozen set it replaces cost
    /// a call through its base class.</summary>
    static readonly ulong[] AbbreviationSlots = AbbreviationTable(Abbreviations);

    static int AbbreviationSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 56);

    static ulong[] AbbreviationTable(ulong[] keys)
    {
        var slots = new ulong[256];
        foreach (var key in keys)
        {
            var slot = AbbreviationSlot(key);
            while (slots[slot] != 0 && slots[slot] != key) slot = (slot + 1) & (slots.Length - 1);
            slots[slot] = key;
        }
        return slots;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // cold: kept out of the token loop (its registers)
    static Sentence[] AddSentence(Sentence[] sentences, int count, string s, Token[] tokens, int first, int end, int voices)
    {
        var start = tokens[first].Start;
        while (start > 0 && s[start - 1] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«') start--;
        var stop = tokens[end - 1].End;
        while (stop < s.Length && s[stop] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ']' or '»')
            stop++;
        if (count == sentences.Length) sentences = Grown(sentences);
        sentences[count] = new Sentence(start, stop, first, end - first, tokens[first].Segment, (byte)voices);
        return sentences;
    }

    /// <summary>Pairs of quote marks (marks included) inside headline, lead and body blocks, one per paragraph at most
    /// per pair of marks; <see cref="QuotationStructure"/> tells speech from scare quotes.</summary>
    /// <remarks>In a text known to be ASCII (<paramref name="ascii"/>) the curly marks cannot occur: the search for the
    /// straight one alone is the same search, and a cheaper one (a packed search for one value).</remarks>
    static List<Segment> FindQuotations(string s, List<Segment> blocks, bool ascii, MarkBits marks)
    {
        var quotations = new List<Segment>();
        // One search over the text from the first block on, handing each mark to the block it lies in: a search call
        // per mark, not per block and mark (most blocks hold no mark). Marks between blocks, or in blocks of other
        // kinds, are passed over; a quotation still open when its block ends ends there.
        var text = s.AsSpan();
        var b = 0;
        var open = -1; // the open mark's position, in block b
        var position = blocks.Count > 0 ? blocks[0].Start : s.Length;
        while (position < text.Length)
        {
            // In an ASCII text, the next straight quote's bit (no search call per mark).
            int i;
            if (ascii && marks.Known) i = marks.Next(MarkBits.Quote, position);
            else i = text[position..].IndexOfAny('"', '“', '”') is var k and >= 0 ? position + k : -1;
            if (i < 0) break;
            position = i + 1;
            while (b < blocks.Count && blocks[b].End <= i)
            {
                if (open >= 0) Add(quotations, open, blocks[b].End);
                open = -1;
                b++;
            }
            if (b == blocks.Count) break;
            var block = blocks[b];
            if (i < block.Start || block.Kind is not (SegmentKind.Headline or SegmentKind.Lead or SegmentKind.Body)) continue;
            var c = text[i];
            var before = i > block.Start ? text[i - 1] : ' ';
            var after = i + 1 < block.End ? text[i + 1] : ' ';
            // Closing-like: attached to the word before it and not to a word after it.
            var closingLike = !char.IsWhiteSpace(before) && before is not ('(' or '[' or '—' or '–')
                              && !char.IsLetterOrDigit(after);
            if (open < 0)
            {
                // A lone closing mark cannot open a quotation (”, or a straight quote after a word).
                if (c == '”' && closingLike) continue;
                if (c == '"' && closingLike && i > block.Start) continue;
                open = i;
            }
            else if (c != '“' || closingLike)
            {
                // “ while open closes only when it sits where a closing mark would (file typos: “…“).
                Add(quotations, open, i + 1);
                open = -1;
            }
            // else: a second opening mark inside an open quotation, kept open.
        }
        if (open >= 0) Add(quotations, open, blocks[b].End);
        return quotations;

        static void Add(List<Segment> list, int start, int end)
        {
            if (end - start > 2) list.Add(new Segment(SegmentKind.Quotation, start, end));
        }
    }
}
