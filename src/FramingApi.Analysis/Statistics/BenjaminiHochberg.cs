namespace FramingApi.Analysis.Statistics;

/// <summary>
/// False-discovery-rate adjusted p values ("q values") of the step-up procedure of Benjamini &amp; Hochberg (1995),
/// "Controlling the false discovery rate: a practical and powerful approach to multiple testing", JRSS B 57(1),
/// 289–300 — the same numbers as R's <c>p.adjust(p, method = "BH")</c>.
/// </summary>
public static class BenjaminiHochberg
{
    /// <summary>
    /// With the m p values sorted ascending, p₍₁₎ ≤ … ≤ p₍m₎: q₍i₎ = min over j ≥ i of min(1, m · p₍j₎ / j), each q
    /// returned at its p's position. Rejecting every hypothesis with q ≤ α is the procedure at level α (it rejects
    /// H₍1₎ … H₍k₎ for the largest k with p₍k₎ ≤ k α / m). The running minimum makes q monotone in p; tied p values get
    /// the same q.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A p value outside [0, 1] or NaN.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = new int[m];
        for (var i = 0; i < m; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], $"p value {i} is not in [0, 1].");
            order[i] = i;
        }
        // Ascending p; ties by position, so the order (and nothing else) is deterministic.
        Array.Sort(order, (a, b) => pValues[a].CompareTo(pValues[b]) is var c && c != 0 ? c : a.CompareTo(b));

        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, (double)m / rank * pValues[i]);
            q[i] = running;
        }
        return q;
    }
}
