using System.Runtime.InteropServices;

namespace FramingApi.Analysis.Comparison;

/// <summary>
/// Numbers for terms (<see cref="ArticleFingerprint.TermCounts(Text.AnalyzedText, TermNumbers)"/>): each distinct
/// term becomes one string and one number, however many texts use it, so per-text counts are arrays of numbers and
/// summing them needs no string lookups. Numbers follow the order in which terms were first seen. Not thread-safe:
/// threads counting texts in parallel each number with their own, and <see cref="Renumber"/> maps theirs into one.
/// </summary>
public sealed class TermNumbers
{
    readonly Dictionary<string, int> _numbers;
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup; // got once: getting it checks the comparer's type
    readonly List<string> _terms = [];

    /// <summary>An empty numbering.</summary>
    public TermNumbers()
    {
        _numbers = new(StringComparer.Ordinal);
        _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of a term, given to it now if it has none.</summary>
    public int Number(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var number)) return number;
        var text = term.ToString();
        _numbers.Add(text, number = _terms.Count);
        _terms.Add(text);
        return number;
    }

    int[] _tally = [];

    /// <summary>
    /// A count per number, all zero, for at least <paramref name="size"/> numbers: the caller counts in it and sets
    /// back to zero what it counted (<see cref="ArticleFingerprint.TermCounts(Text.AnalyzedText, TermNumbers)"/>).
    /// </summary>
    internal int[] Tally(int size)
    {
        if (_tally.Length < size) Array.Resize(ref _tally, Math.Max(size, 2 * _tally.Length));
        return _tally;
    }

    /// <summary>How many terms have a number.</summary>
    public int Count => _terms.Count;

    /// <summary>The terms by number.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>For each number of <paramref name="other"/>, the number of the same term here (given now if new).</summary>
    public int[] Renumber(TermNumbers other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var map = new int[other.Count];
        for (var i = 0; i < map.Length; i++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, other._terms[i], out var known);
            if (!known) { number = _terms.Count; _terms.Add(other._terms[i]); }
            map[i] = number;
        }
        return map;
    }
}
