namespace FramingApi.Analysis.Statistics;

/// <summary>
/// Sample quantiles of bootstrap replicates without sorting them: type 6 of Hyndman &amp; Fan (1996), "Sample quantiles
/// in statistical packages", The American Statistician 50(4), 361–365 — the definition of Hesterberg's R package
/// <c>resample</c> and of Davison &amp; Hinkley's (R + 1)p rule: with m values and h = (m + 1)p, the quantile is
/// x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), and the smallest or largest value when h falls outside [1, m].
/// </summary>
/// <remarks>
/// A bootstrap interval needs two order statistics near each tail (around the 30th of 2,000 values). A bounded heap of
/// the ⌊h⌋ + 1 most extreme values finds them in one pass that mostly compares against the heap's root: about 3 µs for
/// 2,000 values, against 40–60 µs for sorting them — the sort was the largest cost of a comparison's intervals.
/// </remarks>
internal static class OrderStatistics
{
    /// <summary>The type-6 quantile of <paramref name="values"/> (no NaN, at least one) at <paramref name="p"/>;
    /// <paramref name="heap"/> is scratch space of at least values.Length / 2 + 2 doubles.</summary>
    public static double Type6(ReadOnlySpan<double> values, double p, Span<double> heap)
    {
        var m = values.Length;
        var h = (m + 1) * p;
        if (!(h > 1)) return Extreme(values, +1);
        if (!(h < m)) return Extreme(values, -1);
        var lo = (int)h;
        var frac = h - lo;
        double atLo, atNext;
        if (lo + 1 <= m - lo + 1)
        {
            // x₍lo+1₎ is the (lo+1)-th smallest: the root of a max-heap of the lo + 1 smallest; x₍lo₎ its larger child.
            (atNext, atLo) = KthAndPrevious(values, lo + 1, +1, heap);
        }
        else
        {
            // From the top: x₍lo₎ is the (m−lo+1)-th largest, x₍lo+1₎ the (m−lo)-th.
            var (kth, previous) = KthAndPrevious(values, m - lo + 1, -1, heap);
            (atLo, atNext) = (-kth, -previous);
        }
        return frac == 0 ? atLo : atLo + frac * (atNext - atLo);
    }

    static double Extreme(ReadOnlySpan<double> values, int sign)
    {
        var best = values[0];
        foreach (var v in values)
            if (sign > 0 ? v < best : v > best) best = v;
        return best;
    }

    /// <summary>
    /// Of the values multiplied by <paramref name="sign"/>, the <paramref name="k"/>-th smallest and the (k−1)-th
    /// smallest (k ≥ 2), both still multiplied by the sign.
    /// </summary>
    static (double Kth, double Previous) KthAndPrevious(ReadOnlySpan<double> values, int k, int sign, Span<double> heap)
    {
        heap = heap[..k];
        var count = 0;
        foreach (var raw in values)
        {
            var v = sign * raw;
            if (count < k)
            {
                // Sift up into the max-heap.
                var i = count++;
                while (i > 0)
                {
                    var parent = (i - 1) >> 1;
                    if (heap[parent] >= v) break;
                    heap[i] = heap[parent];
                    i = parent;
                }
                heap[i] = v;
            }
            else if (v < heap[0])
            {
                // Replace the largest kept value and sift down.
                var i = 0;
                while (true)
                {
                    var child = 2 * i + 1;
                    if (child >= k) break;
                    if (child + 1 < k && heap[child + 1] > heap[child]) child++;
                    if (heap[child] <= v) break;
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = v;
            }
        }
        // The second largest of a max-heap is the larger child of its root.
        var previous = k == 2 ? heap[1] : Math.Max(heap[1], heap[2]);
        return (heap[0], previous);
    }
}
