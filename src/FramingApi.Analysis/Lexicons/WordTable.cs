using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The exact words of a <see cref="LexiconMatcher"/>, looked up by span: open addressing over a hash of the token's
/// first and last four characters and its length (constant time whatever the length), each slot holding the word's
/// key itself, so that a look-up reads one place in memory. Tokens longer than the longest word are rejected before
/// hashing. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The matcher looks up every token, and most tokens are in no lexicon: this replaces a
/// <see cref="System.Collections.Frozen.FrozenDictionary{TKey,TValue}"/> alternate lookup, whose generic hashing and
/// delegate dispatch cost about twice as much per token. The mixing constants are those of xxHash64 (Collet, 2012).</para>
/// <para>A word's key is its first and last four UTF-16 code units as two 8-byte blocks (overlapping when shorter than
/// eight; see <see cref="ReadBlocks"/>) and its length: for a word of at most eight characters the key is the word.
/// Linear probing with a load factor of at most 1/4 and no wrap-around (the table has spare slots at its end). A
/// look-up compares the key with the home slot alone (<see cref="Probe"/>, <see cref="FindAll"/>) in
/// integer arithmetic, without branches: whether
/// a token is a lexicon word is a coin toss in running text (the function words that begin phrases are lexicon
/// words), and a mispredicted branch per token costs more than the comparisons. Two cases need a second look, which
/// <see cref="FindAll"/> takes after its loop: a word longer than eight characters whose key matched (its middle
/// must be compared too), and a home slot flagged as having words of its own in other slots.</para>
/// </remarks>
sealed class WordTable
{
    /// <summary>A word's key and id; an empty slot has <see cref="Length"/> 0 and id -1.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct Slot
    {
        public ulong Head;
        public ulong Tail;
        public int Length; // the word's length; with Overflow set when a word at home here lies in another slot
        public int Id;
    }

    const int Overflow = int.MinValue;
    const int Recheck = int.MinValue; // FindAll's mark for a token to look up again

    readonly string[] _words; // by id
    // The middle characters (all but the first and last four) of every word longer than eight, packed; by id, where a
    // word's middle starts in _middles (SecondLook).
    readonly char[] _middles;
    readonly int[] _middleStarts;
    // By id: the middle of a word of nine to twelve characters (its characters 4 to length - 5, one to four of them) as
    // one 8-byte block, zero-padded (0 for other words).
    readonly ulong[] _shortMiddles;
    readonly Slot[] _slots;
    readonly int _shift;
    readonly int _maxLength;

    /// <summary>Builds the table; a word's id is its index in <paramref name="words"/> (all distinct).</summary>
    internal WordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        _middleStarts = new int[_words.Length];
        var middles = new List<char>();
        for (var id = 0; id < _words.Length; id++)
        {
            _middleStarts[id] = middles.Count;
            if (_words[id].Length > 8) middles.AddRange(_words[id].AsSpan(4, _words[id].Length - 8));
        }
        _middles = [.. middles];
        // The middles of the words of nine to twelve characters (one to four), as one 8-byte block each: SecondLook
        // compares such a word's middle with one read.
        _shortMiddles = new ulong[_words.Length];
        for (var id = 0; id < _words.Length; id++)
            if (_words[id].Length is > 8 and <= 12)
                for (var k = _words[id].Length - 5; k >= 4; k--) _shortMiddles[id] = (_shortMiddles[id] << 16) | _words[id][k];
        var bits = 4;
        while ((1 << bits) < words.Count * 4) bits++; // load factor ≤ 1/4
        _shift = 32 - bits;
        var slots = new Slot[(1 << bits) + 8];
        slots.AsSpan().Fill(new Slot { Id = -1 });
        // Shorter words first, so that they take their home slots: the words of running text that the tokenizer's
        // one-slot probe (Probe) finds at home are mostly the short function words; a word that another took its home
        // from is found by a second look (Find).
        foreach (var id in Enumerable.Range(0, _words.Length).OrderBy(id => _words[id].Length))
        {
            var word = _words[id];
            _maxLength = Math.Max(_maxLength, word.Length);
            var (head, tail) = Blocks(word);
            var home = Home(Mix(head, tail, word.Length));
            var slot = home;
            while (slots[slot].Length != 0)
                if (++slot == slots.Length) Array.Resize(ref slots, slots.Length * 2); // the spare slots ran out
            slots[slot] = new Slot { Head = head, Tail = tail, Length = word.Length, Id = id };
            if (slot != home) slots[home].Length |= Overflow;
        }
        // A slot that stays empty (the last one; a slot more when the spare slots ran full), and a bit per home slot
        // that holds a word (ProbeAt).
        if (slots[^1].Length != 0)
        {
            Array.Resize(ref slots, slots.Length + 1);
            slots[^1] = new Slot { Id = -1 };
        }
        _emptySlot = slots.Length - 1;
        _homeBits = new ulong[((1 << bits) + 63) / 64];
        for (var home = 0; home < 1 << bits; home++)
            if (slots[home].Length != 0) _homeBits[home >> 6] |= 1UL << home;
        _slots = slots;
    }

    // A bit per home slot (2 KB for 16,384 slots): set when the slot holds a word (its own or one placed there from
    // another home; a home flagged Overflow always holds one). ProbeAt reads it before the slot: a token whose home
    // is empty (most tokens that are no word) reads the empty slot _emptySlot, in the L1 cache, instead of its home
    // anywhere in the table.
    readonly ulong[] _homeBits;
    readonly int _emptySlot;

    /// <summary>The first element of the home bits, for <see cref="ProbeAt"/>.</summary>
    internal ref ulong HomeBitsStart => ref MemoryMarshal.GetArrayDataReference(_homeBits);

    /// <summary>A slot that is always empty, for <see cref="ProbeAt"/>.</summary>
    internal int EmptySlot => _emptySlot;

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    internal int Find(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= (uint)_maxLength) return -1; // empty, or longer than every word
        var (head, tail) = Blocks(word);
        var slots = _slots;
        for (var slot = Home(Mix(head, tail, word.Length)); slot < slots.Length; slot++)
        {
            ref readonly var s = ref slots[slot];
            if (s.Length == 0) return -1;
            if (s.Head == head && s.Tail == tail && (s.Length & ~Overflow) == word.Length
                && (word.Length <= 8 || word.SequenceEqual(_words[s.Id])))
                return s.Id;
        }
        return -1;
    }

    /// <summary>
    /// The ids of every token's word (or -1) into <paramref name="ids"/>, token <c>i</c>'s word being
    /// <c>text.Slice(tokens[i].Start, tokens[i].Length)</c>: the same answers as <see cref="Find"/> token by token, in
    /// a loop with no branch on the outcome and no call in it (the JIT keeps such a loop in registers). The tokens
    /// that need a second look are marked and looked up again with <see cref="Find"/> after the loop.
    /// </summary>
    internal void FindAll(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        if (ids.Length < tokens.Length) throw new ArgumentException("One id per token is needed.", nameof(ids));
        var i = 0;
        var again = 0;
        ref var chars = ref MemoryMarshal.GetReference(text);
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var id0 = ref MemoryMarshal.GetReference(ids);
        var maxLength = (uint)_maxLength;
        var limit = text.Length - 4; // tokens whose first four characters lie inside the text: all but the last few
        for (; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var length = t.Length;
            if ((uint)t.Start > (uint)limit || (uint)length > (uint)(text.Length - t.Start)) break;
            ref var first = ref Unsafe.Add(ref chars, t.Start);
            var (head, tail) = ReadBlocks(ref first, length, Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref first)));
            // The home slot alone, as Probe: the common words sit at home (shorter words were placed first).
            ref var a = ref Unsafe.Add(ref slot0, Home(Mix(head, tail, length)));
            var miss = Differs((a.Head ^ head) | (a.Tail ^ tail) | (uint)((a.Length & ~Overflow) ^ length));
            var id = a.Id | miss; // an empty slot's id is -1
            // A second look: a long word whose key matched, or no match where a word at home here lies elsewhere.
            var inRange = (int)((uint)(length - 1) - maxLength) >> 31; // all ones when 1 ≤ length ≤ the longest word
            var recheck = (((8 - length) & ~miss) | (a.Length & miss)) & inRange;
            Unsafe.Add(ref id0, i) = recheck < 0 ? Recheck : id | ~inRange;
            again |= recheck;
        }
        for (; i < tokens.Length; i++)
        {
            var t = tokens[i];
            ids[i] = Find(text.Slice(t.Start, t.Length));
        }
        if (again >= 0) return;
        for (var k = 0; k < tokens.Length; k++)
        {
            var next = ids[k..tokens.Length].IndexOf(Recheck);
            if (next < 0) break;
            k += next;
            ids[k] = Find(text.Slice(tokens[k].Start, tokens[k].Length));
        }
    }

    /// <summary>
    /// <see cref="Find"/> of the <paramref name="length"/> (≥ 1) characters at <paramref name="first"/>, for a caller
    /// that has the word's place at hand (the tokenizer, as it ends each token): a branch-free comparison with the
    /// home slot alone (shorter words are placed first, so the common words sit at home), and <see cref="Find"/> for
    /// the rare second look (a word whose home slot another word took; a token whose home slot is flagged). The four characters at <paramref name="first"/> must
    /// be readable (a word shorter than four is followed by characters that are masked off here).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Probe(ref char first, int length) => ProbeAt(this, ref SlotsStart, _shift, ref HomeBitsStart, _emptySlot, ref first, length);

    /// <summary>
    /// <see cref="Probe"/> given the table's first slot (<see cref="SlotsStart"/>), its home bits
    /// (<see cref="HomeBitsStart"/>), its always-empty slot (<see cref="EmptySlot"/>) and
    /// <see cref="Shift"/>, which a loop that probes every token reads once before it: read through the table, they
    /// are two dependent loads (and a null check) in front of every probe's slot address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ProbeAt(WordTable table, ref byte slots, int shift, ref ulong homeBits, int emptySlot, ref char first, int length)
    {
        var (head, tail) = ReadBlocks(ref first, length, Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref first)));
        // The home slot alone. No length-range test: a token longer than every word matches no slot's length.
        // The home's bit first (a 2 KB bitmap that stays in the L1 cache): an empty home is read as the always-empty
        // slot (same answer: no word, nothing to look at again), without a branch. Only the tokens whose home holds a
        // word read the 384 KB table (docs/PERFORMANCE.md, "Speed work, wave 21").
        var home = (int)(Mix(head, tail, length) >> shift);
        var held = -(int)((Unsafe.Add(ref homeBits, home >> 6) >> home) & 1); // all ones when the home holds a word
        ref var a = ref Unsafe.Add(ref Unsafe.As<byte, Slot>(ref slots), emptySlot + ((home - emptySlot) & held));
        var miss = Differs((a.Head ^ head) | (a.Tail ^ tail) | (uint)((a.Length & ~Overflow) ^ length));
        var id = a.Id | miss; // an empty slot's id is -1
        // A second look: a long word whose key matched, or no match where a word at home here lies elsewhere.
        var recheck = ((8 - length) & ~miss) | (a.Length & miss);
        return recheck < 0 ? table.SecondLook(ref first, length, id) : id;
    }

    /// <summary>The first slot, for <see cref="ProbeAt"/>.</summary>
    internal ref byte SlotsStart => ref Unsafe.As<Slot, byte>(ref MemoryMarshal.GetArrayDataReference(_slots));

    /// <summary>The shift that turns a hash into a home slot, for <see cref="ProbeAt"/>.</summary>
    internal int Shift => _shift;

    /// <summary>
    /// <see cref="Probe"/>'s second look: a long word whose key (its first and last four characters and its length)
    /// matched the word <paramref name="id"/> is that word when its middle characters are the same (read from one
    /// packed array, not the word's string); else, and when no slot matched (-1: the home slot has overflowed),
    /// <see cref="Find"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    int SecondLook(ref char first, int length, int id)
    {
        // A word of nine to twelve characters whose key matched (most long words of running text that are lexicon
        // words: "government", "president") is that word when its middle, one to four characters, is the same: one
        // read and a compare.
        if (id >= 0 && length <= 12
            && (Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, 4))) & (ulong.MaxValue >> (16 * (12 - length))))
               == _shortMiddles[id])
            return id;
        var word = MemoryMarshal.CreateReadOnlySpan(ref first, length);
        if (id >= 0 && word[4..^4].SequenceEqual(_middles.AsSpan(_middleStarts[id], length - 8))) return id;
        return Find(word);
    }

    /// <summary>All ones when <paramref name="difference"/> is not zero, else zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Differs(ulong difference) => (int)((long)(difference | (0 - difference)) >> 63);

    int Home(uint hash) => (int)(hash >> _shift);

    const ulong Prime1 = 0x9E3779B185EBCA87UL;
    const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>A hash of the first and last four UTF-16 code units (overlapping in short words) and the length.</summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        var (head, tail) = Blocks(word);
        return Mix(head, tail, word.Length);
    }

    /// <summary>
    /// The first and the last four UTF-16 code units as two 8-byte blocks (overlapping when shorter than eight); a
    /// word of one to three characters is its characters zero-padded, twice. Together with the length they determine
    /// a word of at most eight characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (ulong Head, ulong Tail) Blocks(ReadOnlySpan<char> word)
    {
        if (word.Length >= 4)
        {
            ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
            return (Unsafe.ReadUnaligned<ulong>(ref first),
                Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, word.Length * 2 - 8)));
        }
        var block = 0UL;
        for (var k = word.Length - 1; k >= 0; k--) block = (block << 16) | word[k];
        return (block, block);
    }

    /// <summary>
    /// <see cref="Blocks"/> of the word of <paramref name="length"/> (≥ 1) characters at <paramref name="first"/>
    /// without a branch on its length, given the four characters at its start (<paramref name="firstFour"/>: a word
    /// shorter than four is followed by characters that are masked off here).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong Head, ulong Tail) ReadBlocks(ref char first, int length, ulong firstFour)
    {
        // Without branches: beyond4 = length - 4; min(length, 4) = 4 + min(beyond4, 0); max(beyond4, 0).
        var beyond4 = length - 4;
        var negative = beyond4 >> 31;
        var mask = ulong.MaxValue >> (-16 * (beyond4 & negative)); // the first min(length, 4) characters
        var last = Unsafe.ReadUnaligned<ulong>(
            ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, beyond4 & ~negative)));
        return (firstFour & mask, last & mask);
    }

    /// <summary>
    /// The upper halves of two multiplicative (Fibonacci) hashes, added: every bit of the blocks and the length reaches
    /// the upper 32 bits of the products, which are the hash; its top bits pick the slot.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Mix(ulong head, ulong tail, int length) =>
        (uint)(((head ^ (ulong)length) * Prime1 + tail * Prime2) >> 32);

    /// <summary>A hash of exactly four UTF-16 code units (the stem prefix filter of the matcher), 16 bits.</summary>
    internal static int Hash4(ReadOnlySpan<char> prefix) => Hash4(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(prefix)));

    /// <summary><see cref="Hash4(ReadOnlySpan{char})"/> of four characters read as one block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Hash4(ulong block) => (int)((block * Prime1) >> 48);
}
