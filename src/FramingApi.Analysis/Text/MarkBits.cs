using System.Numerics;

namespace FramingApi.Analysis.Text;

/// <summary>
/// Where a text's straight quote marks ('"'), apostrophes ('\'') and colons (':') are: a bitmap per mark, one bit per
/// character (bit <c>i &amp; 63</c> of element <c>i &gt;&gt; 6</c>; clear past the text's end), filled by
/// <see cref="AnalyzedText"/>'s character pass alongside its word bitmaps. The quotation finders read the next mark
/// from them instead of calling a search for every mark (an apostrophe every hundred characters or so).
/// </summary>
/// <remarks>A default value knows no marks (<see cref="Known"/> false): its users search the text instead.</remarks>
internal readonly struct MarkBits
{
    /// <summary>The number of marks kept.</summary>
    internal const int Kinds = 3;

    /// <summary>'"'.</summary>
    internal const int Quote = 0;

    /// <summary>'\''.</summary>
    internal const int Apostrophe = 1;

    /// <summary>':'.</summary>
    internal const int Colon = 2;

    readonly ulong[]? _bits;
    readonly int _offset;
    readonly int _count;

    /// <summary>The bitmaps in <paramref name="bits"/> from <paramref name="offset"/>: <see cref="Kinds"/> of
    /// <paramref name="count"/> elements each, in the order of the constants.</summary>
    internal MarkBits(ulong[] bits, int offset, int count)
    {
        _bits = bits;
        _offset = offset;
        _count = count;
    }

    /// <summary>Whether the bitmaps were filled.</summary>
    internal bool Known => _bits is not null;

    /// <summary>The bitmap of mark <paramref name="kind"/>, to fill.</summary>
    internal Span<ulong> Of(int kind) => _bits.AsSpan(_offset + kind * _count, _count);

    /// <summary>The first position at or after <paramref name="from"/> that holds mark <paramref name="kind"/>, or -1.</summary>
    internal int Next(int kind, int from)
    {
        var map = new ReadOnlySpan<ulong>(_bits, _offset + kind * _count, _count);
        var k = from >> 6;
        if ((uint)k >= (uint)map.Length) return -1;
        var word = map[k] & (ulong.MaxValue << (from & 63));
        while (word == 0)
        {
            if (++k == map.Length) return -1;
            word = map[k];
        }
        return (k << 6) + BitOperations.TrailingZeroCount(word);
    }
}
