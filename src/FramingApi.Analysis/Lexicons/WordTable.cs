using System.Numerics;
using System.Runtime.InteropServices;

namespace FramingApi.Analysis.Lexicons;

/// <summary>
/// The exact words of a <see cref="LexiconMatcher"/>, looked up by span: open addressing over a hash of the token's
/// first and last four characters and its length (constant time whatever the length), with the hash stored beside
/// each slot so that a miss rarely compares characters. Tokens longer than the
/// longest word are rejected before hashing. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The matcher looks up every token, and most tokens are in no lexicon: this replaces a
/// <see cref="System.Collections.Frozen.FrozenDictionary{TKey,TValue}"/> alternate lookup, whose generic hashing and
/// delegate dispatch cost about twice as much per token. The mixing constants are those of xxHash64 (Collet, 2012).
/// </remarks>
sealed class WordTable
{
    readonly string[] _words;   // by id
    readonly ulong[] _slots;    // hash << 32 | (id + 1); 0 = empty: one load per probe, 16 KB for 1,000 words
    readonly int _shift;
    readonly int _maxLength;

    /// <summary>Builds the table; a word's id is its index in <paramref name="words"/> (all distinct).</summary>
    internal WordTable(IReadOnlyList<string> words)
    {
        _words = [.. words];
        var bits = 4;
        while ((1 << bits) < words.Count * 2) bits++; // load factor ≤ 1/2
        _shift = 32 - bits;
        _slots = new ulong[1 << bits];
        var mask = (1 << bits) - 1;
        for (var id = 0; id < _words.Length; id++)
        {
            var word = _words[id];
            _maxLength = Math.Max(_maxLength, word.Length);
            var hash = Hash(word);
            var slot = Slot(hash);
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    internal int Find(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength || word.Length == 0) return -1;
        var hash = Hash(word);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            var id = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && word.SequenceEqual(_words[id])) return id;
        }
    }

    int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> _shift);

    const ulong Prime1 = 0x9E3779B185EBCA87UL;
    const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>A hash of the first and last four UTF-16 code units (overlapping in short words) and the length.</summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        var bytes = MemoryMarshal.AsBytes(word);
        ulong head, tail;
        if (word.Length >= 4)
        {
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else if (word.Length >= 2)
        {
            head = MemoryMarshal.Read<uint>(bytes);
            tail = MemoryMarshal.Read<uint>(bytes[^4..]);
        }
        else
        {
            head = word.Length == 1 ? word[0] : 0UL;
            tail = 0;
        }
        var hash = (head * Prime1) ^ BitOperations.RotateLeft(tail * Prime2, 31) ^ (ulong)word.Length;
        hash ^= hash >> 29;
        hash *= Prime1;
        return (uint)(hash >> 32);
    }

    /// <summary>A hash of exactly four UTF-16 code units (the stem prefix filter of the matcher), 16 bits.</summary>
    internal static int Hash4(ReadOnlySpan<char> prefix) =>
        (int)((MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(prefix)) * Prime1) >> 48);
}
