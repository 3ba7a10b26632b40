using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// What a group of claim mentions amounts to, read the way a reader sums up an article: the framing that most of
/// them have, <see cref="Mixed"/> when none has a majority, <see cref="Absent"/> when there is no mention.
/// </summary>
public enum FramingLabel : byte
{
    /// <summary>More than half of the mentions are asserted.</summary>
    Asserted,
    /// <summary>More than half are hedged (at the article level: hedged or denied).</summary>
    Hedged,
    /// <summary>More than half are attributed.</summary>
    Attributed,
    /// <summary>More than half are denied (never at the article level, where denials count as hedged).</summary>
    Denied,
    /// <summary>There are mentions, and no framing has more than half of them.</summary>
    Mixed,
    /// <summary>There is no mention.</summary>
    Absent,
}

/// <summary>
/// Counts of claim mentions by framing for one target (or all targets), actor and voice, with the dominant framing.
/// </summary>
/// <param name="Target">The claim target (e.g. <c>war_crimes</c>); null in the rows over all targets.</param>
/// <param name="Actor">The actor key (e.g. <c>russia</c>, <c>unknown</c>).</param>
/// <param name="Voice">Whose words the mentions are in.</param>
/// <param name="Asserted">Asserted mentions.</param>
/// <param name="Hedged">Hedged mentions.</param>
/// <param name="Attributed">Attributed mentions.</param>
/// <param name="Denied">Denied mentions.</param>
/// <param name="Dominant">The framing with more than half of the mentions, else <see cref="FramingLabel.Mixed"/>
/// (the four framings counted apart: denied is not merged here).</param>
public sealed record ClaimFramingCounts(
    string? Target,
    string Actor,
    Voice Voice,
    int Asserted,
    int Hedged,
    int Attributed,
    int Denied,
    FramingLabel Dominant)
{
    /// <summary>All mentions of the row.</summary>
    public int Mentions => Asserted + Hedged + Attributed + Denied;
}

/// <summary>
/// The article-level summary of claim framing (issue 11 section 2): one row per target, actor and voice, and one
/// row per actor and voice over all targets, each with the count of every framing and the dominant one; plus the
/// article-level label per actor used by the validation corpus (<see cref="ArticleLabel(string, Voice)"/>).
/// </summary>
/// <remarks>
/// Rows exist only where there are mentions (no mention = <see cref="FramingLabel.Absent"/>, without a row). Rows are
/// ordered by voice (outlet, quotation, comments), then actor and target in ordinal order. Only evidence with a
/// <see cref="ClaimDetail"/> counts; boilerplate has none.
/// </remarks>
public sealed class ClaimsSummary
{
    /// <summary>The summary of no mention at all.</summary>
    public static ClaimsSummary Empty { get; } = new([], []);

    ClaimsSummary(IReadOnlyList<ClaimFramingCounts> byTarget, IReadOnlyList<ClaimFramingCounts> byActor)
    {
        ByTarget = byTarget;
        ByActor = byActor;
    }

    /// <summary>One row per target, actor and voice.</summary>
    public IReadOnlyList<ClaimFramingCounts> ByTarget { get; }

    /// <summary>One row per actor and voice over all targets (<see cref="ClaimFramingCounts.Target"/> null).</summary>
    public IReadOnlyList<ClaimFramingCounts> ByActor { get; }

    /// <summary>Summarises the claim mentions among <paramref name="evidence"/>.</summary>
    public static ClaimsSummary From(IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var byTarget = new Dictionary<(Voice, string, string), int[]>();
        var byActor = new Dictionary<(Voice, string, string), int[]>();
        foreach (var e in evidence)
        {
            if (e.Claim is not { } claim || e.Voice == Voice.None) continue;
            Count(byTarget, (e.Voice, claim.Actor, claim.Target), claim.Framing);
            Count(byActor, (e.Voice, claim.Actor, ""), claim.Framing);
        }
        return byTarget.Count == 0 ? Empty : new ClaimsSummary(Rows(byTarget, withTarget: true), Rows(byActor, withTarget: false));
    }

    /// <summary>
    /// The article-level label of <paramref name="actor"/>'s mentions in <paramref name="voice"/> (by default the
    /// outlet's own voice): denied mentions count as hedged (a reported denial distances the claim), then the
    /// framing with more than half of the mentions wins, else <see cref="FramingLabel.Mixed"/>;
    /// <see cref="FramingLabel.Absent"/> when there is none. Never <see cref="FramingLabel.Denied"/>.
    /// </summary>
    public FramingLabel ArticleLabel(string actor, Voice voice = Voice.Outlet)
    {
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var row in ByActor)
            if (row.Voice == voice && string.Equals(row.Actor, actor, StringComparison.Ordinal))
                return Dominant(row.Asserted, row.Hedged + row.Denied, row.Attributed, 0);
        return FramingLabel.Absent;
    }

    /// <summary>
    /// The framing with more than half of the mentions, <see cref="FramingLabel.Mixed"/> when none has,
    /// <see cref="FramingLabel.Absent"/> when all counts are 0.
    /// </summary>
    public static FramingLabel Dominant(int asserted, int hedged, int attributed, int denied)
    {
        var total = asserted + hedged + attributed + denied;
        if (total == 0) return FramingLabel.Absent;
        if (2 * asserted > total) return FramingLabel.Asserted;
        if (2 * hedged > total) return FramingLabel.Hedged;
        if (2 * attributed > total) return FramingLabel.Attributed;
        if (2 * denied > total) return FramingLabel.Denied;
        return FramingLabel.Mixed;
    }

    /// <summary>The label's name in the API and the validation corpus: <c>asserted</c>, <c>hedged</c>,
    /// <c>attributed</c>, <c>denied</c>, <c>mixed</c>, <c>absent</c>.</summary>
    public static string Key(FramingLabel label) => label switch
    {
        FramingLabel.Asserted => "asserted",
        FramingLabel.Hedged => "hedged",
        FramingLabel.Attributed => "attributed",
        FramingLabel.Denied => "denied",
        FramingLabel.Mixed => "mixed",
        _ => "absent",
    };

    /// <summary>The article-level labels in the order the validation reports show them.</summary>
    public static IReadOnlyList<FramingLabel> ArticleLabels { get; } =
        [FramingLabel.Asserted, FramingLabel.Attributed, FramingLabel.Hedged, FramingLabel.Mixed, FramingLabel.Absent];

    static void Count(Dictionary<(Voice, string, string), int[]> rows, (Voice, string, string) key, Framing framing)
    {
        if (!rows.TryGetValue(key, out var counts)) rows[key] = counts = new int[4];
        counts[(int)framing]++; // Framing: Asserted, Hedged, Attributed, Denied
    }

    static List<ClaimFramingCounts> Rows(Dictionary<(Voice, string, string), int[]> rows, bool withTarget) =>
    [
        .. rows.OrderBy(r => r.Key.Item1)
            .ThenBy(r => r.Key.Item2, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Item3, StringComparer.Ordinal)
            .Select(r =>
            {
                var (voice, actor, target) = r.Key;
                var c = r.Value;
                var asserted = c[(int)Framing.Asserted];
                var hedged = c[(int)Framing.Hedged];
                var attributed = c[(int)Framing.Attributed];
                var denied = c[(int)Framing.Denied];
                return new ClaimFramingCounts(withTarget ? target : null, actor, voice,
                    asserted, hedged, attributed, denied, Dominant(asserted, hedged, attributed, denied));
            }),
    ];
}
