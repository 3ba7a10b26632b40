using System.Buffers;
using System.Text;

namespace FramingApi.Comparisons;

/// <summary>
/// An article's term counts (<see cref="Analysis.Comparison.ArticleFingerprint.TermCounts"/>: its lower-cased words
/// as published, outlet voice and quotations) as one compact value, <c>article_stats.terms</c> (migration 0045),
/// written at ingestion so that a cold comparison reads them instead of fetching every compared article's text and
/// segmenting and tokenizing it again.
/// </summary>
/// <remarks>
/// Layout (7-bit varints): format byte (1); term count; per term in the order the article first uses it, its UTF-8
/// byte length, its bytes and its count. PostgreSQL compresses the value (lz4, like the text).
/// </remarks>
public static class PackedTerms
{
    const byte Format = 1;

    /// <summary>The counts packed, in their dictionary's order.</summary>
    public static byte[] Pack(Dictionary<string, int> counts)
    {
        var buffer = new ArrayBufferWriter<byte>(16 + 12 * counts.Count);
        buffer.GetSpan(1)[0] = Format;
        buffer.Advance(1);
        WriteInt(buffer, counts.Count);
        foreach (var (term, count) in counts)
        {
            var length = Encoding.UTF8.GetByteCount(term);
            WriteInt(buffer, length);
            Encoding.UTF8.GetBytes(term, buffer.GetSpan(length));
            buffer.Advance(length);
            WriteInt(buffer, count);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The counts of a value made by <see cref="Pack"/>, in the order they were packed.</summary>
    public static Dictionary<string, int> Unpack(ReadOnlySpan<byte> packed)
    {
        if (packed.IsEmpty || packed[0] != Format) throw new InvalidDataException($"Unknown packed terms format {(packed.IsEmpty ? -1 : packed[0])}.");
        var at = 1;
        var n = ReadInt(packed, ref at);
        var counts = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var length = ReadInt(packed, ref at);
            var term = Encoding.UTF8.GetString(packed.Slice(at, length));
            at += length;
            counts.Add(term, ReadInt(packed, ref at));
        }
        if (at != packed.Length) throw new InvalidDataException("Packed terms have bytes after their last term.");
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

    static int ReadInt(ReadOnlySpan<byte> packed, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = packed[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("A packed terms number runs past 5 bytes.");
    }
}
