using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace FramingApi.Comparisons;

/// <summary>
/// A stored shingle set (<c>article_shingle_sets.own</c>, <c>.quoted</c>, migration 0049): its hashes as one
/// <c>bytea</c>, 8 bytes each, big-endian (PostgreSQL's binary form of a bigint, what <c>int8send</c> writes), in the
/// order the article's shingles were found; an empty set is zero bytes.
/// </summary>
/// <remarks>
/// Bytes rather than a <c>bigint[]</c> because a sources comparison reads the sets of every article within a week of its
/// own (~1,800 sets, ~400,000 hashes at 100k articles): an array is sent with a length word per element
/// (<c>array_send</c>) and was decoded element by element; bytes are copied as they are and turned into hashes in one
/// pass over the span (docs/PERFORMANCE.md, "Cold comparisons at 100k, wave 13").
/// </remarks>
public static class PackedShingles
{
    /// <summary>The stored form of <paramref name="hashes"/>.</summary>
    public static byte[] Pack(ReadOnlySpan<long> hashes)
    {
        var packed = new byte[hashes.Length * sizeof(long)];
        var values = MemoryMarshal.Cast<byte, long>(packed.AsSpan());
        if (BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(hashes, values);
        else hashes.CopyTo(values);
        return packed;
    }

    /// <summary>The hashes of a stored set, in their stored order.</summary>
    public static long[] Unpack(ReadOnlySpan<byte> packed)
    {
        if (packed.Length % sizeof(long) != 0)
            throw new InvalidDataException($"A packed shingle set is {packed.Length} bytes, not a multiple of {sizeof(long)}.");
        if (packed.IsEmpty) return [];
        var hashes = new long[packed.Length / sizeof(long)];
        var values = MemoryMarshal.Cast<byte, long>(packed);
        if (BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, hashes);
        else values.CopyTo(hashes);
        return hashes;
    }
}
