using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace FramingApi.Comparisons;

/// <summary>
/// An article's term counts (<see cref="Analysis.Comparison.ArticleFingerprint.TermCounts"/>: its lower-cased words
/// as published, outlet voice and quotations) as one compact value, <c>article_stats.terms</c> (migration 0045),
/// written at ingestion so that a cold comparison reads them instead of fetching every compared article's text and
/// segmenting and tokenizing it again.
/// </summary>
/// <remarks>
/// Layout: format byte (1), then a Deflate stream of 7-bit varints and bytes: the term count; per term in ordinal
/// order, the UTF-8 bytes it shares with the term before, the length of the rest, the rest, and its count (front
/// coding: sorted words share their beginnings). A Brown text's ~780 distinct words take ~3 KB (6.6 KB written plainly;
/// PostgreSQL's lz4 gains little on such data). Sums over articles do not depend on the terms' order.
/// </remarks>
public static class PackedTerms
{
    const byte Format = 1;

    /// <summary>The counts packed.</summary>
    public static byte[] Pack(Dictionary<string, int> counts)
    {
        var plain = new ArrayBufferWriter<byte>(16 + 10 * counts.Count);
        WriteInt(plain, counts.Count);
        var previous = Array.Empty<byte>();
        foreach (var term in counts.Keys.Order(StringComparer.Ordinal))
        {
            var bytes = Encoding.UTF8.GetBytes(term);
            var shared = bytes.AsSpan().CommonPrefixLength(previous);
            WriteInt(plain, shared);
            WriteInt(plain, bytes.Length - shared);
            plain.Write(bytes.AsSpan(shared));
            WriteInt(plain, counts[term]);
            previous = bytes;
        }
        using var packed = new MemoryStream(plain.WrittenCount / 2 + 16);
        packed.WriteByte(Format);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            deflate.Write(plain.WrittenSpan);
        return packed.ToArray();
    }

    /// <summary>The counts of a value made by <see cref="Pack"/>, in ordinal order of the terms.</summary>
    public static Dictionary<string, int> Unpack(byte[] packed)
    {
        if (packed.Length == 0 || packed[0] != Format)
            throw new InvalidDataException($"Unknown packed terms format {(packed.Length == 0 ? -1 : packed[0])}.");
        using var plain = new MemoryStream(4 * packed.Length);
        using (var deflate = new DeflateStream(new MemoryStream(packed, 1, packed.Length - 1), CompressionMode.Decompress))
            deflate.CopyTo(plain);
        var data = plain.GetBuffer().AsSpan(0, (int)plain.Length);
        var at = 0;
        var n = ReadInt(data, ref at);
        var counts = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var term = new byte[64];
        for (var i = 0; i < n; i++)
        {
            var shared = ReadInt(data, ref at);
            var rest = ReadInt(data, ref at);
            if (term.Length < shared + rest) Array.Resize(ref term, 2 * (shared + rest));
            data.Slice(at, rest).CopyTo(term.AsSpan(shared));
            at += rest;
            counts.Add(Encoding.UTF8.GetString(term, 0, shared + rest), ReadInt(data, ref at));
        }
        if (at != data.Length) throw new InvalidDataException("Packed terms have bytes after their last term.");
        return counts;
    }

    static void WriteInt(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var v = (uint)value;
        var i = 0;
        for (; v >= 0x80; v >>= 7) span[i++] = (byte)(v | 0x80);
        span[i++] = (byte)v;
        buffer.Advance(i);
    }

    static int ReadInt(ReadOnlySpan<byte> data, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= data.Length) throw new InvalidDataException("Packed terms end inside a number.");
            var b = data[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("A packed terms number runs past 5 bytes.");
    }
}
