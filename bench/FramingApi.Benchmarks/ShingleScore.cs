using System.Text;

namespace FramingApi.Benchmarks;

/// <summary>One page's shingle counts, normalised: tp + fp + fn = 1 (all 0 when both texts have no tokens).</summary>
public readonly record struct ShingleCounts(double Tp, double Fp, double Fn)
{
    /// <summary>The page's precision (1 when fp = fn = 0).</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp + Fp == 0 ? 0 : Tp / (Tp + Fp);

    /// <summary>The page's recall (1 when fp = fn = 0).</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp + Fn == 0 ? 0 : Tp / (Tp + Fn);

    /// <summary>The page's F1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The metric of Scrapinghub's article-extraction benchmark (github.com/scrapinghub/article-extraction-benchmark,
/// MIT licence, <c>evaluate.py</c>: <c>string_shingle_matching</c>, <c>precision_score</c>, <c>recall_score</c>),
/// re-implemented.
/// </summary>
/// <remarks>
/// Tokens are <c>\w+</c> runs as Python's <c>re</c> reads them on str (Unicode letters, numbers and the underscore,
/// case kept). A text becomes the multiset of its 4-token shingles (a text of 1 to 3 tokens: one shingle of all of
/// them). Per page tp = Σ min(true, predicted) over shingles, fp = predicted extra, fn = missed, each divided by
/// tp + fp + fn. Precision is the mean of the page precisions over the pages with tp + fp &gt; 0, recall the mean of
/// page recalls over pages with tp + fn &gt; 0 (a page with fp = fn = 0 counts 1 in both), and F1 = 2PR / (P + R) of
/// the two means.
/// </remarks>
public static class ShingleScore
{
    const int N = 4;

    /// <summary>The normalised tp, fp, fn of one page.</summary>
    public static ShingleCounts Page(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in expected)
        {
            var got = actual.GetValueOrDefault(shingle);
            tp += Math.Min(count, got);
            fn += Math.Max(0, count - got);
        }
        foreach (var (shingle, count) in actual)
            fp += Math.Max(0, count - expected.GetValueOrDefault(shingle));
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleCounts(0, 0, 0) : new ShingleCounts(tp / sum, fp / sum, fn / sum);
    }

    /// <summary>Precision, recall and F1 over pages, as evaluate.py averages them.</summary>
    public static (double Precision, double Recall, double F1) Overall(IReadOnlyCollection<ShingleCounts> pages)
    {
        var precisions = pages.Where(p => p.Tp + p.Fp > 0).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.Tp + p.Fn > 0).Select(p => p.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>The tokens of a text: runs of Unicode letters, numbers and '_' (Python's <c>\w</c>).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_') current.Append(rune.ToString());
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return shingles;
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            var shingle = string.Join('\u0001', tokens.GetRange(i, Math.Min(N, tokens.Count - i)));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }
}
