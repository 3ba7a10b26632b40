namespace FramingApi.Analysis.Statistics;

/// <summary>Settings of <see cref="PermutationTest"/>.</summary>
public sealed record PermutationOptions
{
    /// <summary>9,999 random splits; exact enumeration up to 20,000 splits.</summary>
    public static PermutationOptions Default { get; } = new();

    /// <summary>
    /// Random splits m of the Monte Carlo test; default 9,999, at least 99. The smallest p it can give is 1 / (m + 1) =
    /// 0.0001: small enough that a Benjamini–Hochberg adjustment over the 190 pairs of 20 sources can still reach
    /// q &lt; 0.05 (the smallest p must then be below 0.05 / 190 ≈ 0.00026).
    /// </summary>
    public int Permutations { get; init; } = 9999;

    /// <summary>Enumerate every split when there are at most this many (C(n₁ + n₂, n₁)); default 20,000, about
    /// twice the Monte Carlo test's work.</summary>
    public long ExactLimit { get; init; } = 20000;

    internal PermutationOptions Checked()
    {
        if (Permutations < 99) throw new ArgumentOutOfRangeException(nameof(Permutations), Permutations, "At least 99 permutations.");
        ArgumentOutOfRangeException.ThrowIfNegative(ExactLimit);
        return this;
    }
}

/// <summary>A permutation test's answer.</summary>
/// <param name="PValue">Two-sided p value; null when either side has no contributing article.</param>
/// <param name="Exact">True when every split was enumerated; false for the Monte Carlo test.</param>
/// <param name="Splits">Splits evaluated: all C(n₁ + n₂, n₁) when exact, else the number of random splits m.</param>
public readonly record struct PermutationResult(double? PValue, bool Exact, long Splits);

/// <summary>
/// Is one source's ratio figure different from another's? A two-sided permutation test over articles (Good 2005,
/// "Permutation, Parametric, and Bootstrap Tests of Hypotheses"; Ernst 2004, "Permutation methods: a basis for
/// exact inference", Statistical Science 19(4), 676–685): under the null hypothesis the articles' (numerator,
/// denominator) pairs are exchangeable between the two sources, so the articles are dealt out again between them,
/// keeping each source's number of articles, and the observed |θ₁ − θ₂| (θ = Σ numerators / Σ denominators) is set
/// against the dealt ones. Articles are kept whole, as in the bootstrap: mentions are not exchangeable one by one.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Only contributing articles (non-zero denominator) are dealt: an article without the figure's mentions carries no
/// information on the ratio, and dealing it could leave a side with no denominator. n₁, n₂ are the contributing
/// articles; if either is 0 there is no test (p null).</item>
/// <item>Exact when C(n₁ + n₂, n₁) ≤ <see cref="PermutationOptions.ExactLimit"/>: p = (splits with |θ₁* − θ₂*| ≥
/// observed) / (all splits), the observed split included.</item>
/// <item>Else Monte Carlo with m random splits: p = (b + 1) / (m + 1), b the splits at least as extreme — the count of
/// the observed split itself, which keeps the test valid and p above zero (Phipson &amp; Smyth 2010, "Permutation
/// p-values should never be zero", Statistical Applications in Genetics and Molecular Biology 9(1), art. 39;
/// Davison &amp; Hinkley 1997, ch. 4).</item>
/// <item>"At least as extreme" allows a relative 1e-10 for rounding: the same split summed in another order gives the
/// same statistic.</item>
/// <item>Seed: a stable hash of the two sides' articles, each side in a canonical order (sorted by value) and the two
/// sides in the order of their hashes. The same articles give the same p whatever order they, or the two sources,
/// come in.</item>
/// </list>
/// </remarks>
public static class PermutationTest
{
    /// <summary>The two-sided p value for θ₁ ≠ θ₂, θ = Σ numerators / Σ denominators over each side's articles.
    /// Numerators and denominators as for <see cref="RatioTable.Set"/> (finite, denominators ≥ 0).</summary>
    public static PermutationResult RatioDifference(
        ReadOnlySpan<double> firstNumerators, ReadOnlySpan<double> firstDenominators,
        ReadOnlySpan<double> secondNumerators, ReadOnlySpan<double> secondDenominators,
        PermutationOptions? options = null)
    {
        options = (options ?? PermutationOptions.Default).Checked();
        var first = Contributing(firstNumerators, firstDenominators, nameof(firstDenominators));
        var second = Contributing(secondNumerators, secondDenominators, nameof(secondDenominators));
        if (first.Length == 0 || second.Length == 0) return new PermutationResult(null, false, 0);

        var firstHash = Hash(first);
        var secondHash = Hash(second);
        if (secondHash < firstHash) (first, second) = (second, first);

        // The pool: one side then the other; splits choose the smaller side's articles, the rest are the other side.
        var n = first.Length + second.Length;
        var y = new double[n];
        var x = new double[n];
        for (var i = 0; i < n; i++)
            (y[i], x[i]) = i < first.Length ? first[i] : second[i - first.Length];
        double totalY = 0, totalX = 0;
        for (var i = 0; i < n; i++) { totalY += y[i]; totalX += x[i]; }

        var small = Math.Min(first.Length, second.Length);
        var smallSide = first.Length <= second.Length ? first : second;
        double smallY = 0, smallX = 0;
        foreach (var (yi, xi) in smallSide) { smallY += yi; smallX += xi; }
        var observed = Statistic(smallY, smallX, totalY, totalX);
        var threshold = observed * (1 - 1e-10);
        var state = new Pool(y, x, totalY, totalX, threshold);

        var splits = Binomial(n, small, options.ExactLimit);
        if (splits <= options.ExactLimit)
        {
            var extreme = CountExact(state, 0, small, 0, 0);
            return new PermutationResult((double)extreme / splits, true, splits);
        }

        var rng = new Xoshiro256(DataSeed.Pair(firstHash, secondHash));
        var index = new int[n];
        for (var i = 0; i < n; i++) index[i] = i;
        long atLeast = 0;
        for (var r = 0; r < options.Permutations; r++)
        {
            // A partial Fisher–Yates shuffle: index[0..small) becomes a uniform random subset of the pool.
            double sy = 0, sx = 0;
            for (var i = 0; i < small; i++)
            {
                var j = i + rng.NextInt(n - i);
                (index[i], index[j]) = (index[j], index[i]);
                sy += y[index[i]];
                sx += x[index[i]];
            }
            if (Statistic(sy, sx, totalY, totalX) >= threshold) atLeast++;
        }
        return new PermutationResult((atLeast + 1.0) / (options.Permutations + 1.0), false, options.Permutations);
    }

    readonly record struct Pool(double[] Y, double[] X, double TotalY, double TotalX, double Threshold);

    static double Statistic(double sy, double sx, double totalY, double totalX) =>
        Math.Abs(sy / sx - (totalY - sy) / (totalX - sx));

    /// <summary>Splits from position <paramref name="start"/> on that add <paramref name="remaining"/> articles to the
    /// partial sums and reach the threshold.</summary>
    static long CountExact(in Pool pool, int start, int remaining, double sy, double sx)
    {
        if (remaining == 0) return Statistic(sy, sx, pool.TotalY, pool.TotalX) >= pool.Threshold ? 1 : 0;
        long count = 0;
        for (var i = start; i <= pool.Y.Length - remaining; i++)
            count += CountExact(pool, i + 1, remaining - 1, sy + pool.Y[i], sx + pool.X[i]);
        return count;
    }

    /// <summary>C(n, k), or limit + 1 as soon as it exceeds the limit.</summary>
    internal static long Binomial(int n, int k, long limit)
    {
        k = Math.Min(k, n - k);
        double c = 1;
        for (var i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
            if (c > limit) return limit + 1;
        }
        return (long)Math.Round(c);
    }

    static (double Y, double X)[] Contributing(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, string name)
    {
        if (numerators.Length != denominators.Length)
            throw new ArgumentException("As many numerators as denominators.", name);
        var list = new List<(double, double)>(numerators.Length);
        for (var i = 0; i < numerators.Length; i++)
        {
            var (y, x) = (numerators[i], denominators[i]);
            if (!double.IsFinite(y) || !double.IsFinite(x) || x < 0 || (x == 0 && y != 0))
                throw new ArgumentOutOfRangeException(name, $"Article {i}: {y} / {x} — both must be finite, the denominator ≥ 0 and 0 only with a numerator of 0.");
            if (x > 0) list.Add((y == 0 ? 0 : y, x));
        }
        var side = list.ToArray();
        Array.Sort(side);
        return side;
    }

    static ulong Hash((double Y, double X)[] side)
    {
        var hash = new DataSeed(0x5065726D75746554UL);
        hash.Add((ulong)side.Length);
        foreach (var (y, x) in side) { hash.Add(y); hash.Add(x); }
        return hash.Value;
    }
}
