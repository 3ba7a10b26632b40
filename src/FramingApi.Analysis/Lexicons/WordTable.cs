using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The exact words of a <see cref="LexiconMatcher"/>, looked up by span: open addressing over a hash of the token's
/// first and last four characters and its length (constant time whatever the length), with the hash stored beside
/// each slot so that a miss rarely looks further. Tokens longer than the longest word are rejected before hashing.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The matcher looks up every token, and most tokens are in no lexicon: this replaces a
/// <see cref="System.Collections.Frozen.FrozenDictionary{TKey,TValue}"/> alternate lookup, whose generic hashing and
/// delegate dispatch cost about twice as much per token. The mixing constants are those of xxHash64 (Collet, 2012).</para>
/// <para>The load factor is at most 1/4. A look-up reads the home slot and the one after it and picks the entry whose
/// stored hash matches without branching, so whether a token is a lexicon word (a coin toss in running text: the
/// function words that begin phrases are lexicon words) costs no mispredicted branch; only when both slots hold other
/// words (rare at this load) does it probe further. The hit is confirmed by comparing the two 8-byte blocks the hash
/// was made of (they cover the whole of a word of at most eight characters) and the length; longer words are then
/// compared character by character.</para>
/// </remarks>
sealed class WordTable
{
    readonly string[] _words;   // by id
    readonly Key[] _keys;       // by id + 1 (0: a key that matches no word): blocks (see Blocks) and length
    readonly ulong[] _slots;    // hash << 32 | (id + 1); 0 = empty: one load per probe
    readonly int _shift;
    readonly int _maxLength;

    /// <summary>Builds the table; a word's id is its index in <paramref name="words"/> (all distinct).</summary>
    internal WordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        _keys = new Key[_words.Length + 1];
        var bits = 4;
        while ((1 << bits) < words.Count * 4) bits++; // load factor ≤ 1/4
        _shift = 32 - bits;
        _slots = new ulong[1 << bits];
        var mask = (1 << bits) - 1;
        for (var id = 0; id < _words.Length; id++)
        {
            var word = _words[id];
            _maxLength = Math.Max(_maxLength, word.Length);
            var (head, tail) = Blocks(word);
            _keys[id + 1] = new Key(head, tail, word.Length);
            var hash = Mix(head, tail, word.Length);
            var slot = Slot(hash);
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        }
    }

    /// <summary>The length of the longest word.</summary>
    internal int MaxLength => _maxLength;

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= (uint)_maxLength) return -1; // empty, or longer than every word
        var (head, tail) = Blocks(word);
        return Find(head, tail, word);
    }

    /// <summary>
    /// The id of <paramref name="word"/> (of 1 to <see cref="MaxLength"/> characters), or -1, given its blocks
    /// (<see cref="Blocks"/>, or <see cref="ReadBlocks"/>). Selects with masks, not branches (the JIT does not
    /// if-convert inside its callers' loops): the only branches are for the rare cases.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(ulong head, ulong tail, ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var hash = Mix(head, tail, length);
        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = Slot(hash);
        // slot and slot + 1 (wrapped) are in range: Slot gives fewer bits than the table has.
        ref var slot0 = ref MemoryMarshal.GetArrayDataReference(slots);
        var first = Unsafe.Add(ref slot0, slot);
        var second = Unsafe.Add(ref slot0, (slot + 1) & mask);
        var firstHit = (uint)(first >> 32) == hash;
        var secondHit = (uint)(second >> 32) == hash;
        // Both slots taken by other words: the word, if present, is further on.
        if ((first != 0) & !firstHit & (second != 0) & !secondHit) return FindFrom((slot + 2) & mask, hash, head, tail, word);
        var entry = (first & Mask(firstHit)) | (second & Mask(secondHit & !firstHit));
        var index = (int)(uint)entry; // id + 1, or 0 (the key that matches nothing)
        ref readonly var key = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), index);
        var same = (key.Head == head) & (key.Tail == tail) & (key.Length == length);
        if (same & (length > 8)) same = word.SequenceEqual(_words[index - 1]);
        // Another word with the same hash (long words alike in their first and last four characters): probe on.
        if (!same & (entry != 0)) return FindFrom(slot, hash, head, tail, word);
        return (index - 1) | (Unsafe.BitCast<bool, byte>(same) - 1); // -1 unless same
    }

    /// <summary>All ones when <paramref name="condition"/>, else zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Mask(bool condition) => (ulong)-(long)Unsafe.BitCast<bool, byte>(condition);

    int FindFrom(int slot, uint hash, ulong head, ulong tail, ReadOnlySpan<char> word)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) != hash) continue;
            var index = (int)(uint)entry;
            ref readonly var key = ref _keys[index];
            if (key.Head == head && key.Tail == tail && key.Length == word.Length
                && (word.Length <= 8 || word.SequenceEqual(_words[index - 1])))
                return index - 1;
        }
    }

    readonly record struct Key(ulong Head, ulong Tail, int Length);

    int Slot(uint hash) => (int)(hash >> _shift);

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
