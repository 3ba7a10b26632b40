using FramingApi.Analysis.Statistics;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>One unit's codes of one field: each coder's value, and the tool's (null when it has none).</summary>
public sealed record UnitCodes(UnitRef Unit, IReadOnlyDictionary<string, string> Codes, string? Tool);

/// <summary>
/// The agreement figures of one field (docs/VALIDITY.md, "Validating the tool against your own coders"), computed
/// with the statistics library's <see cref="Agreement"/> and <see cref="ConfusionMatrix"/>; intervals of the shares
/// (accuracy, agreement) by the library's <see cref="ClusterBootstrap"/>, of alpha and kappa by
/// <see cref="UnitBootstrap"/>. Pure: the codes and the tool's values come in, the figures go out.
/// </summary>
public sealed class ReportBuilder
{
    readonly FieldSpec _field;
    readonly IReadOnlyList<string> _coders;
    readonly IReadOnlyList<UnitCodes> _units;
    readonly string?[][] _codings;   // [coder][unit]
    readonly string?[] _majority;    // [unit]
    readonly List<string> _classes;
    readonly UnitBootstrap _bootstrap;
    readonly Estimate[] _shares;

    public ReportBuilder(FieldSpec field, IReadOnlyList<string> coders, IReadOnlyList<UnitCodes> units, int resamples, long seed)
    {
        _field = field;
        _coders = coders;
        _units = units;
        _codings = coders.Select(c => units.Select(u => u.Codes.GetValueOrDefault(c)).ToArray()).ToArray();
        _majority = units.Select(u => Majority(u.Codes.Values)).ToArray();
        // The field's values, then any other value met (the tool's, after a lexicon changed its actors), so every
        // pair fits the matrix.
        _classes = [.. field.Values];
        foreach (var value in units.SelectMany(u => u.Codes.Values.Append(u.Tool)).OfType<string>())
            if (!_classes.Contains(value)) _classes.Add(value);
        _bootstrap = new UnitBootstrap(units.Count, resamples, seed);
        _shares = Shares(resamples);
    }

    /// <summary>
    /// The value more than half of the unit's coders gave, or null when none has a majority (a tie). A single coder's
    /// value is its own majority.
    /// </summary>
    public static string? Majority(IEnumerable<string> values)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, Count: g.Count())).ToList();
        var total = counts.Sum(c => c.Count);
        return counts.FirstOrDefault(c => 2 * c.Count > total).Key;
    }

    /// <summary>The field's report; <paramref name="disagreement"/> makes the entry of a unit whose tool value is not its majority.</summary>
    public FieldReport Build(Func<UnitCodes, string, Disagreement> disagreement)
    {
        var toolVsMajority = ToolVsMajority();
        var disagreements = new List<Disagreement>();
        for (var u = 0; u < _units.Count; u++)
            if (_units[u].Tool is { } tool && _majority[u] is { } majority && tool != majority)
                disagreements.Add(disagreement(_units[u], majority));
        return new FieldReport(_field.Name, _classes, _units.Count, _units.Count(u => u.Tool is not null), _majority.Count(m => m is not null),
            CoderAgreements(), CoderPairs(),
            _bootstrap.Estimate(Alpha(withTool: false)), _bootstrap.Estimate(Alpha(withTool: true)),
            ToolVsCoders(), toolVsMajority, disagreements);
    }

    Func<IReadOnlyList<int>, double?> Alpha(bool withTool) => units =>
    {
        var codings = _codings.Select(c => (IReadOnlyList<string?>)units.Select(u => c[u]).ToList()).ToList();
        if (withTool) codings.Add(units.Select(u => _units[u].Tool).ToList());
        return Agreement.KrippendorffAlphaNominal(codings);
    };

    /// <summary>The confusion matrix of a reference (rows) against the tool (columns) over the given units.</summary>
    ConfusionMatrix Matrix(IReadOnlyList<int> units, Func<int, string?> reference)
    {
        var matrix = new ConfusionMatrix(_classes);
        foreach (var u in units)
            if (reference(u) is { } expected && _units[u].Tool is { } actual) matrix.Add(expected, actual);
        return matrix;
    }

    ToolVsMajority ToolVsMajority()
    {
        var all = Enumerable.Range(0, _units.Count).ToList();
        var matrix = Matrix(all, u => _majority[u]);
        var perClass = matrix.PerClass()
            .Select(c => new ClassScores(c.Class, c.Expected, c.Actual, c.Agreed, c.Precision, c.Recall, c.F1)).ToList();
        var confusion = _classes.Select(e => (IReadOnlyList<int>)_classes.Select(a => matrix.Count(e, a)).ToList()).ToList();
        return new ToolVsMajority(matrix.Total, _shares[0],
            _bootstrap.Estimate(units => Matrix(units, u => _majority[u]).CohensKappa),
            matrix.MacroF1, perClass, confusion);
    }

    List<ToolVsCoder> ToolVsCoders() =>
    [
        .. _coders.Select((coder, c) =>
        {
            var matrix = Matrix(Enumerable.Range(0, _units.Count).ToList(), u => _codings[c][u]);
            return new ToolVsCoder(coder, matrix.Total, _shares[c + 1], _bootstrap.Estimate(units => Matrix(units, u => _codings[c][u]).CohensKappa));
        }),
    ];

    /// <summary>
    /// The shares of units where the tool gives the reference's value — the majority's (first), then each coder's —
    /// with the statistics library's bootstrap of the units (each unit a cluster of one: agreed 0 or 1 of 1).
    /// </summary>
    Estimate[] Shares(int resamples)
    {
        var references = new List<Func<int, string?>> { u => _majority[u] };
        for (var c = 0; c < _coders.Count; c++)
        {
            var coder = c;
            references.Add(u => _codings[coder][u]);
        }
        var table = new RatioTable(_units.Count, [.. references.Select(_ => RatioKind.Share)], _field.Name);
        for (var u = 0; u < _units.Count; u++)
            for (var f = 0; f < references.Count; f++)
                if (references[f](u) is { } expected && _units[u].Tool is { } tool)
                    table.Set(u, f, expected == tool ? 1 : 0, 1);
        if (resamples == 0)
        {
            return [.. references.Select((_, f) => new Estimate(Share(table, f), null, null, EstimateMethodNames.None, 0))];
        }
        return [.. ClusterBootstrap.Estimate(table, new BootstrapOptions { Resamples = resamples }).Select(e =>
            new Estimate(e.Value, e.CiLow, e.CiHigh, e.Method switch
            {
                IntervalMethod.ClusterBootstrap => EstimateMethodNames.BcaBootstrap,
                IntervalMethod.Wilson => EstimateMethodNames.Wilson,
                _ => EstimateMethodNames.None,
            }, 0))];
    }

    static double? Share(RatioTable table, int figure)
    {
        double agreed = 0, units = 0;
        for (var u = 0; u < table.ArticleCount; u++)
        {
            agreed += table.Numerator(u, figure);
            units += table.Denominator(u, figure);
        }
        return units == 0 ? null : agreed / units;
    }

    List<CoderAgreement> CoderAgreements()
    {
        var rows = new List<CoderAgreement>(_coders.Count);
        for (var c = 0; c < _coders.Count; c++)
        {
            int units = 0, pairs = 0, agreed = 0;
            for (var u = 0; u < _units.Count; u++)
            {
                if (_codings[c][u] is not { } mine) continue;
                units++;
                for (var d = 0; d < _coders.Count; d++)
                {
                    if (d == c || _codings[d][u] is not { } theirs) continue;
                    pairs++;
                    if (mine == theirs) agreed++;
                }
            }
            rows.Add(new CoderAgreement(_coders[c], units, pairs, pairs == 0 ? null : (double)agreed / pairs));
        }
        return rows;
    }

    List<CoderPair> CoderPairs()
    {
        var pairs = new List<CoderPair>();
        for (var a = 0; a < _coders.Count; a++)
            for (var b = a + 1; b < _coders.Count; b++)
            {
                var matrix = new ConfusionMatrix(_classes);
                for (var u = 0; u < _units.Count; u++)
                    if (_codings[a][u] is { } x && _codings[b][u] is { } y) matrix.Add(x, y);
                pairs.Add(new CoderPair(_coders[a], _coders[b], matrix.Total, matrix.Accuracy, matrix.CohensKappa));
            }
        return pairs;
    }
}
