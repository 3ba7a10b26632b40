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
/// <para>The load factor is at most 1/4, so that a miss nearly always ends at the first or second slot. A hit on a
/// word of at most eight characters is confirmed by comparing the two 8-byte blocks the hash was made of (they cover
/// the whole word) and the length; longer words are compared character by character.</para>
/// </remarks>
sealed class WordTable
{
    readonly string[] _words;   // by id
    readonly Key[] _keys;       // by id: the word's two blocks (see Blocks) and length, in one cache line or two
    readonly ulong[] _slots;    // hash << 32 | (id + 1); 0 = empty: one load per probe
    readonly int _shift;
    readonly int _maxLength;

    /// <summary>Builds the table; a word's id is its index in <paramref name="words"/> (all distinct).</summary>
    internal WordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        _keys = new Key[_words.Length];
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
            _keys[id] = new Key(head, tail, word.Length);
            var hash = Mix(head, tail, word.Length);
            var slot = Slot(hash);
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= (uint)_maxLength) return -1; // empty, or longer than every word
        var (head, tail) = Blocks(word);
        var hash = Mix(head, tail, word.Length);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) != hash) continue;
            var id = (int)(uint)entry - 1;
            ref readonly var key = ref _keys[id];
            if (key.Head == head && key.Tail == tail && key.Length == word.Length
                && (word.Length <= 8 || word.SequenceEqual(_words[id])))
                return id;
        }
    }

    readonly record struct Key(ulong Head, ulong Tail, int Length);

    int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

    const ulong Prime1 = 0x9E3779B185EBCA87UL;
    const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>A hash of the first and last four UTF-16 code units (overlapping in short words) and the length.</summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        var (head, tail) = Blocks(word);
        return Mix(head, tail, word.Length);
    }

    /// <summary>
    /// The first and the last four UTF-16 code units as two 8-byte blocks (overlapping when shorter than eight; for
    /// two or three characters the first and last two, for one character the character and 0). Together with the
    /// length they determine a word of at most eight characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (ulong Head, ulong Tail) Blocks(ReadOnlySpan<char> word)
    {
        ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        var bytes = word.Length * 2;
        if (word.Length >= 4)
            return (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, bytes - 8)));
        if (word.Length >= 2)
            return (Unsafe.ReadUnaligned<uint>(ref first), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, bytes - 4)));
        return (word.Length == 1 ? word[0] : 0UL, 0UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Mix(ulong head, ulong tail, int length)
    {
        var hash = (head * Prime1) ^ BitOperations.RotateLeft(tail * Prime2, 31) ^ (ulong)length;
        hash ^= hash >> 29;
        hash *= Prime1;
        return (uint)(hash >> 32);
    }

    /// <summary>A hash of exactly four UTF-16 code units (the stem prefix filter of the matcher), 16 bits.</summary>
    internal static int Hash4(ReadOnlySpan<char> prefix) =>
        (int)((MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(prefix)) * Prime1) >> 48);
}
