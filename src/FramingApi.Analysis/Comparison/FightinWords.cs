namespace FramingApi.Analysis.Comparison;

/// <summary>A term that sets one group of texts apart from the rest, with its log-odds ratio and z-score.</summary>
/// <param name="Term">The term as counted (lower-cased word).</param>
/// <param name="Count">Occurrences in the group, y_iw.</param>
/// <param name="RestCount">Occurrences in the rest, y_jw.</param>
/// <param name="LogOddsRatio">δ_w: the prior-smoothed log-odds of the term in the group minus that in the rest.
/// Positive: the group uses the term more than the rest.</param>
/// <param name="Variance">The approximate variance of δ_w, σ²(δ_w).</param>
/// <param name="ZScore">δ_w / σ(δ_w): the evidence that the term is distinctive, in standard deviations.</param>
public sealed record DistinctiveTerm(
    string Term, long Count, long RestCount, double LogOddsRatio, double Variance, double ZScore);

/// <summary>Settings of <see cref="FightinWords.Rank"/>.</summary>
public sealed record FightinWordsOptions
{
    /// <summary>The default options: α0 = 1000, top 20 terms, minimum total count 2, stopwords kept.</summary>
    public static FightinWordsOptions Default { get; } = new();

    /// <summary>
    /// α0, the total mass of the informative Dirichlet prior in pseudo-words: each term gets
    /// α_w = α0 · (its background frequency). Default 1000. Monroe et al. (2008) leave the scale to the analyst:
    /// a larger α0 shrinks the log-odds of rare terms harder toward the background. 1000 pseudo-words is small next
    /// to a multi-article story (thousands of words per group) yet still stops a term seen once or twice in a small
    /// group from outranking terms with real support.
    /// </summary>
    public double PriorScale { get; init; } = 1000;

    /// <summary>How many terms to return (the highest z-scores); 0 returns every term that qualifies. Default 20.</summary>
    public int Top { get; init; } = 20;

    /// <summary>Terms whose count in the group and the rest together is below this are left out. Default 2: hapaxes
    /// carry no evidence of a habit of the group.</summary>
    public long MinimumCount { get; init; } = 2;

    /// <summary>
    /// Leave out function words (<see cref="Stopwords"/>, or <see cref="EnglishStopwords.Words"/> when that is null).
    /// Default false, as in Monroe et al. (2008), who argue against stopword lists because function words ("her",
    /// "we", "the") can themselves be distinctive; set it for a display of content words.
    /// </summary>
    public bool ExcludeStopwords { get; init; }

    /// <summary>The stopwords <see cref="ExcludeStopwords"/> removes; null means <see cref="EnglishStopwords.Words"/>.</summary>
    public IReadOnlySet<string>? Stopwords { get; init; }

    /// <summary>
    /// Counts of a background corpus for the prior. Null (the default): the background is the texts compared,
    /// group plus rest. When given, the compared texts are added to it, so that every compared term has a non-zero
    /// prior (a term missing from the background would otherwise have α_w = 0 and an infinite log-odds).
    /// </summary>
    public IReadOnlyDictionary<string, long>? Background { get; init; }
}

/// <summary>
/// Distinctive terms of one group of texts against the rest: the log-odds ratio with an informative Dirichlet prior of
/// Monroe, Colaresi &amp; Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the
/// Content of Political Conflict", Political Analysis 16(4), 372–403, section 3.5, eq. 16–22.
/// </summary>
public static class FightinWords
{
    /// <summary>
    /// Ranks the terms of <paramref name="group"/> (i) against <paramref name="rest"/> (j), highest z-score first
    /// (ties: term, ordinal). For each term w, with n the total counts and α_w = α0 · π_w (π_w the term's relative
    /// frequency in the background, α0 = Σ_w α_w):
    /// <code>
    /// δ_w  = log[(y_iw + α_w) / (n_i + α0 − y_iw − α_w)] − log[(y_jw + α_w) / (n_j + α0 − y_jw − α_w)]   (eq. 16)
    /// σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w)                                                          (eq. 20)
    /// z_w  = δ_w / σ_w                                                                                    (eq. 22)
    /// </code>
    /// Terms of either side are ranked, so terms only the rest uses come last with negative z. An empty group gives an
    /// empty list; an empty rest compares the group with the prior alone (with the default background every δ is 0:
    /// nothing is distinctive without something to differ from). Counts must not be negative.
    /// </summary>
    public static IReadOnlyList<DistinctiveTerm> Rank(
        IReadOnlyDictionary<string, long> group, IReadOnlyDictionary<string, long> rest, FightinWordsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rest);
        options = Checked(options);
        var ni = Total(group, nameof(group));
        var nj = Total(rest, nameof(rest));
        if (ni == 0) return [];

        var candidates = group.Keys.Concat(rest.Keys.Where(t => !group.ContainsKey(t)))
            .Select(t => (t, group.GetValueOrDefault(t), rest.GetValueOrDefault(t)));
        return Score(candidates, ni, nj, options);
    }

    /// <summary>
    /// As <see cref="Rank"/>, with the rest given implicitly as <paramref name="total"/> minus
    /// <paramref name="group"/> (the whole comparison's counts, which include the group's): comparing each of many
    /// groups with the others then needs no per-group copy of the vocabulary.
    /// </summary>
    public static IReadOnlyList<DistinctiveTerm> RankAgainstTotal(
        IReadOnlyDictionary<string, long> group, IReadOnlyDictionary<string, long> total, FightinWordsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(total);
        options = Checked(options);
        var ni = Total(group, nameof(group));
        var nj = Total(total, nameof(total)) - ni;
        if (ni == 0) return [];
        if (nj < 0) throw new ArgumentException("The total must include the group's counts.", nameof(total));

        var candidates = total.Select(kv =>
        {
            var yi = group.GetValueOrDefault(kv.Key);
            return (kv.Key, yi, kv.Value - yi);
        });
        return Score(candidates, ni, nj, options);
    }

    /// <summary>
    /// As <see cref="RankAgainstTotal(IReadOnlyDictionary{string, long}, IReadOnlyDictionary{string, long}, FightinWordsOptions?)"/>
    /// on numbered terms: term <c>k</c> is <paramref name="terms"/>[k], counted <paramref name="group"/>[k] times in the
    /// group and <paramref name="total"/>[k] times in all (a term counted 0 times in all is not a candidate). The same
    /// terms, figures and order as the dictionary form, without a lookup per term and group: many groups compared
    /// with one total number their terms once. <paramref name="skip"/> (same length, or empty) marks terms never
    /// ranked — <see cref="StopwordMask"/> for <see cref="FightinWordsOptions.ExcludeStopwords"/>, computed once for
    /// all groups (with <c>ExcludeStopwords</c> set and no mask, the stopwords are looked up here).
    /// </summary>
    public static IReadOnlyList<DistinctiveTerm> RankAgainstTotal(IReadOnlyList<string> terms, ReadOnlySpan<long> group, ReadOnlySpan<long> total,
        FightinWordsOptions? options = null, ReadOnlySpan<bool> skip = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (group.Length != terms.Count || total.Length != terms.Count || (!skip.IsEmpty && skip.Length != terms.Count))
            throw new ArgumentException("The counts and the mask must have one entry per term.");
        options = Checked(options);
        if (options.Background is not null) throw new ArgumentException("A background is not supported on numbered terms.", nameof(options));
        long ni = 0, all = 0;
        for (var k = 0; k < group.Length; k++)
        {
            if (group[k] < 0 || total[k] < group[k]) throw new ArgumentException($"Counts of '{terms[k]}' must satisfy 0 <= group <= total.");
            ni = checked(ni + group[k]);
            all = checked(all + total[k]);
        }
        var nj = all - ni;
        if (ni == 0) return [];
        var mask = skip.IsEmpty && options.ExcludeStopwords ? StopwordMask(terms, options) : skip;

        var scorer = new Scorer(ni, nj, options);
        // A term the group does not use scores the same as every other such term with the same total count: scored
        // once per count (the same arithmetic, so the same bits), then only compared with the weakest kept term.
        var unused = new Dictionary<long, (double Delta, double Variance, double Z)>();
        for (var k = 0; k < total.Length; k++)
        {
            var (yi, yj) = (group[k], total[k] - group[k]);
            if (yi + yj < options.MinimumCount || yi + yj == 0 || (!mask.IsEmpty && mask[k])) continue;
            if (yi == 0)
            {
                if (!unused.TryGetValue(yj, out var scored))
                    unused[yj] = scored = scorer.Figures(0, yj) ?? (double.NaN, double.NaN, double.NaN);
                if (!double.IsNaN(scored.Z)) scorer.Offer(terms[k], 0, yj, scored);
                continue;
            }
            if (scorer.Figures(yi, yj) is { } figures) scorer.Offer(terms[k], yi, yj, figures);
        }
        return scorer.Ranked();
    }

    /// <summary>Which of <paramref name="terms"/> the options leave out as stopwords (all false without <see cref="FightinWordsOptions.ExcludeStopwords"/>).</summary>
    public static bool[] StopwordMask(IReadOnlyList<string> terms, FightinWordsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        options ??= FightinWordsOptions.Default;
        var mask = new bool[terms.Count];
        if (!options.ExcludeStopwords) return mask;
        var stopwords = options.Stopwords ?? EnglishStopwords.Words;
        for (var k = 0; k < mask.Length; k++) mask[k] = stopwords.Contains(terms[k]);
        return mask;
    }

    /// <summary>The figures of eq. 16–22 for one group against its rest, and the bounded heap of the best terms.</summary>
    sealed class Scorer(long ni, long nj, FightinWordsOptions options)
    {
        readonly double _backgroundTotal = ni + nj;
        readonly int _top = options.Top > 0 ? options.Top : int.MaxValue;
        readonly PriorityQueue<DistinctiveTerm, DistinctiveTerm> _heap = new(Weakest.Instance);

        /// <summary>δ, σ² and z of a term counted yi times in the group and yj in the rest; null when the term is the whole background.</summary>
        public (double Delta, double Variance, double Z)? Figures(long yi, long yj)
        {
            var a0 = options.PriorScale;
            var backgroundCount = yi + yj;
            var aw = a0 * (backgroundCount / _backgroundTotal);
            var otherI = ni + a0 - yi - aw;
            var otherJ = nj + a0 - yj - aw;
            if (otherI <= 0 || otherJ <= 0) return null;
            var delta = Math.Log((yi + aw) / otherI) - Math.Log((yj + aw) / otherJ);
            var variance = 1.0 / (yi + aw) + 1.0 / (yj + aw);
            return (delta, variance, delta / Math.Sqrt(variance));
        }

        public void Offer(string term, long yi, long yj, (double Delta, double Variance, double Z) f)
        {
            if (_heap.Count == _top && Weakest.Compare(f.Z, term, _heap.Peek()) <= 0) return;
            var scored = new DistinctiveTerm(term, yi, yj, f.Delta, f.Variance, f.Z);
            if (_heap.Count == _top) _heap.DequeueEnqueue(scored, scored);
            else _heap.Enqueue(scored, scored);
        }

        public List<DistinctiveTerm> Ranked()
        {
            var terms = new List<DistinctiveTerm>(_heap.Count);
            while (_heap.TryDequeue(out var t, out _)) terms.Add(t);
            terms.Reverse();
            return terms;
        }
    }

    static FightinWordsOptions Checked(FightinWordsOptions? options)
    {
        options ??= FightinWordsOptions.Default;
        if (!(options.PriorScale > 0) || double.IsInfinity(options.PriorScale))
            throw new ArgumentOutOfRangeException(nameof(options), "PriorScale must be a positive, finite number.");
        if (options.Top < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "Top must not be negative.");
        return options;
    }

    /// <summary>Scores the candidate terms and keeps the top ones with a bounded heap (no sort of the vocabulary).</summary>
    static List<DistinctiveTerm> Score(IEnumerable<(string Term, long Yi, long Yj)> candidates, long ni, long nj, FightinWordsOptions options)
    {
        // π_w = background count / background total; the compared texts are always part of the background.
        var background = options.Background;
        double backgroundTotal = ni + nj + (background is null ? 0 : Total(background, nameof(options.Background)));
        var stopwords = options.ExcludeStopwords ? options.Stopwords ?? EnglishStopwords.Words : null;
        var a0 = options.PriorScale;
        var top = options.Top > 0 ? options.Top : int.MaxValue;
        // A min-heap of the best so far: its root is the weakest kept term, replaced when a stronger one comes.
        var heap = new PriorityQueue<DistinctiveTerm, DistinctiveTerm>(Weakest.Instance);
        foreach (var (term, yi, yj) in candidates)
        {
            if (yi + yj < options.MinimumCount || yi + yj == 0) continue;
            if (stopwords is not null && stopwords.Contains(term)) continue;

            var backgroundCount = yi + yj + (background?.GetValueOrDefault(term) ?? 0);
            var aw = a0 * (backgroundCount / backgroundTotal);
            var otherI = ni + a0 - yi - aw;
            var otherJ = nj + a0 - yj - aw;
            // Zero only when this term is the entire background: a one-word vocabulary has nothing to tell apart.
            if (otherI <= 0 || otherJ <= 0) continue;

            var delta = Math.Log((yi + aw) / otherI) - Math.Log((yj + aw) / otherJ);
            var variance = 1.0 / (yi + aw) + 1.0 / (yj + aw);
            var z = delta / Math.Sqrt(variance);
            if (heap.Count == top && Weakest.Compare(z, term, heap.Peek()) <= 0) continue;
            var scored = new DistinctiveTerm(term, yi, yj, delta, variance, z);
            if (heap.Count == top) heap.DequeueEnqueue(scored, scored);
            else heap.Enqueue(scored, scored);
        }

        var terms = new List<DistinctiveTerm>(heap.Count);
        while (heap.TryDequeue(out var t, out _)) terms.Add(t);
        terms.Reverse();
        return terms;
    }

    /// <summary>Orders terms weakest first: lower z, then (for equal z) the later term in ordinal order.</summary>
    sealed class Weakest : IComparer<DistinctiveTerm>
    {
        public static readonly Weakest Instance = new();

        public int Compare(DistinctiveTerm? a, DistinctiveTerm? b) => Compare(a!.ZScore, a.Term, b!);

        public static int Compare(double z, string term, DistinctiveTerm b) =>
            z.CompareTo(b.ZScore) is var byZ && byZ != 0 ? byZ : string.CompareOrdinal(b.Term, term);
    }

    static long Total(IReadOnlyDictionary<string, long> counts, string name)
    {
        long total = 0;
        foreach (var (term, count) in counts)
        {
            if (count < 0) throw new ArgumentException($"Negative count for '{term}'.", name);
            total = checked(total + count);
        }
        return total;
    }
}
