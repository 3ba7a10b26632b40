namespace FramingApi.Analysis.Statistics;

/// <summary>
/// Agreement of one class between an expected coding (the reference: a human coder, the labels) and an actual one
/// (the tool, a second coder): how many units each put in the class, how many both did, and the derived
/// precision, recall and F1. A ratio whose denominator is 0 is <c>null</c>, not 0: "no unit to judge by" is not
/// "always wrong".
/// </summary>
/// <param name="Class">The class.</param>
/// <param name="Expected">Units the reference put in the class (the support).</param>
/// <param name="Actual">Units the other coding put in the class.</param>
/// <param name="Agreed">Units both put in the class (true positives).</param>
public readonly record struct ClassAgreement(string Class, int Expected, int Actual, int Agreed)
{
    /// <summary>Agreed / Actual: of the units the other coding put in the class, the share the reference put there too.</summary>
    public double? Precision => Actual == 0 ? null : (double)Agreed / Actual;

    /// <summary>Agreed / Expected: of the reference's units of the class, the share the other coding found.</summary>
    public double? Recall => Expected == 0 ? null : (double)Agreed / Expected;

    /// <summary>
    /// Harmonic mean of precision and recall, 2·Agreed / (Expected + Actual); null when neither coding used the class,
    /// 0 when one did and they never agreed.
    /// </summary>
    public double? F1 => Expected + Actual == 0 ? null : 2.0 * Agreed / (Expected + Actual);
}

/// <summary>
/// A confusion matrix of two codings of the same units over a fixed list of classes: rows are the expected
/// (reference) class, columns the actual one. Accuracy, per-class precision/recall/F1 and Cohen's κ derive from it.
/// </summary>
/// <remarks>Not thread-safe while units are being added.</remarks>
public sealed class ConfusionMatrix
{
    readonly string[] _classes;
    readonly Dictionary<string, int> _index;
    readonly int[,] _counts;

    /// <summary>An empty matrix over <paramref name="classes"/> (distinct, in the order rows and columns are shown).</summary>
    /// <exception cref="ArgumentException">A class is listed twice, or none is given.</exception>
    public ConfusionMatrix(IEnumerable<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = [.. classes];
        if (_classes.Length == 0) throw new ArgumentException("At least one class is needed.", nameof(classes));
        _index = new Dictionary<string, int>(_classes.Length, StringComparer.Ordinal);
        for (var i = 0; i < _classes.Length; i++)
            if (!_index.TryAdd(_classes[i], i))
                throw new ArgumentException($"Class '{_classes[i]}' is listed twice.", nameof(classes));
        _counts = new int[_classes.Length, _classes.Length];
    }

    /// <summary>A matrix over <paramref name="classes"/> holding the given (expected, actual) pairs.</summary>
    /// <exception cref="ArgumentException">A pair names a class not listed.</exception>
    public static ConfusionMatrix Of(IEnumerable<string> classes, IEnumerable<(string Expected, string Actual)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var matrix = new ConfusionMatrix(classes);
        foreach (var (expected, actual) in pairs) matrix.Add(expected, actual);
        return matrix;
    }

    /// <summary>The classes, in row and column order.</summary>
    public IReadOnlyList<string> Classes => _classes;

    /// <summary>Units counted.</summary>
    public int Total { get; private set; }

    /// <summary>Units on the diagonal: both codings gave the same class.</summary>
    public int Agreed { get; private set; }

    /// <summary>Counts one unit that the reference put in <paramref name="expected"/> and the other coding in <paramref name="actual"/>.</summary>
    /// <exception cref="ArgumentException">A class not listed.</exception>
    public void Add(string expected, string actual, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var e = IndexOf(expected, nameof(expected));
        var a = IndexOf(actual, nameof(actual));
        _counts[e, a] += count;
        Total += count;
        if (e == a) Agreed += count;
    }

    /// <summary>Units with expected class <paramref name="expected"/> and actual class <paramref name="actual"/>.</summary>
    /// <exception cref="ArgumentException">A class not listed.</exception>
    public int Count(string expected, string actual) =>
        _counts[IndexOf(expected, nameof(expected)), IndexOf(actual, nameof(actual))];

    /// <summary>Agreed / Total; null when the matrix is empty.</summary>
    public double? Accuracy => Total == 0 ? null : (double)Agreed / Total;

    /// <summary>Agreement of one class (see <see cref="ClassAgreement"/>).</summary>
    /// <exception cref="ArgumentException">A class not listed.</exception>
    public ClassAgreement ForClass(string @class)
    {
        var c = IndexOf(@class, nameof(@class));
        int expected = 0, actual = 0;
        for (var k = 0; k < _classes.Length; k++)
        {
            expected += _counts[c, k];
            actual += _counts[k, c];
        }
        return new ClassAgreement(_classes[c], expected, actual, _counts[c, c]);
    }

    /// <summary>Every class's agreement, in class order.</summary>
    public IReadOnlyList<ClassAgreement> PerClass() => [.. _classes.Select(ForClass)];

    /// <summary>
    /// Mean F1 over the classes that either coding used (unweighted: a rare class counts as much as a common one);
    /// null when the matrix is empty.
    /// </summary>
    public double? MacroF1
    {
        get
        {
            var f1s = PerClass().Select(c => c.F1).OfType<double>().ToList();
            return f1s.Count == 0 ? null : f1s.Average();
        }
    }

    /// <summary>Cohen's κ of the two codings (see <see cref="Agreement.CohensKappa"/>).</summary>
    public double? CohensKappa => Agreement.CohensKappa(this);

    int IndexOf(string @class, string parameter) =>
        _index.TryGetValue(@class ?? throw new ArgumentNullException(parameter), out var i)
            ? i
            : throw new ArgumentException($"Class '{@class}' is not one of {string.Join(", ", _classes)}.", parameter);

    internal int Cell(int expected, int actual) => _counts[expected, actual];
}

/// <summary>Chance-corrected agreement coefficients for nominal codings.</summary>
public static class Agreement
{
    /// <summary>
    /// Cohen's κ (Cohen 1960, "A coefficient of agreement for nominal scales", Educational and Psychological
    /// Measurement 20: 37–46): κ = (p_o − p_e) / (1 − p_e), where p_o is the observed share of agreement (the
    /// diagonal over the total) and p_e = Σ_c (row_c / N)(column_c / N) the agreement expected by chance from the two
    /// codings' own class frequencies.
    /// </summary>
    /// <returns>
    /// κ: 1 for perfect agreement, 0 for agreement at chance level, negative below it. Null when it is undefined:
    /// no units, or p_e = 1 — both codings put every unit in one and the same class, so there is no variation to
    /// agree on (0 / 0).
    /// </returns>
    public static double? CohensKappa(ConfusionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Total == 0) return null;
        double n = matrix.Total;
        var k = matrix.Classes.Count;
        var chance = 0.0;
        for (var c = 0; c < k; c++)
        {
            double row = 0, column = 0;
            for (var j = 0; j < k; j++)
            {
                row += matrix.Cell(c, j);
                column += matrix.Cell(j, c);
            }
            chance += row / n * (column / n);
        }
        if (chance >= 1.0 - 1e-12) return null;
        var observed = matrix.Agreed / n;
        return (observed - chance) / (1.0 - chance);
    }

    /// <summary>
    /// Krippendorff's α for nominal data, any number of coders, missing values allowed (Krippendorff 2011,
    /// "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania,
    /// section C): α = 1 − D_o / D_e, from the coincidence matrix o_ck = Σ_u (number of ordered pairs of values c, k
    /// from different coders in unit u) / (m_u − 1), where m_u is the number of values unit u received; units with
    /// fewer than two values are not pairable and are left out. With n_c = Σ_k o_ck and n = Σ_c n_c:
    /// D_o = Σ_{c≠k} o_ck and D_e = Σ_{c≠k} n_c n_k / (n − 1).
    /// </summary>
    /// <param name="codings">One list per coder, one value per unit (same unit order for every coder); null = the
    /// coder did not code that unit. Lists may differ in length: missing units at the end are missing values.</param>
    /// <returns>
    /// α: 1 for perfect agreement, 0 when agreement is what chance predicts, negative below. Null when it is
    /// undefined: fewer than two pairable values, or no variation — every pairable value is the same class, so the
    /// expected disagreement D_e is 0 and α = 0 / 0 (such data cannot show whether coders can tell classes apart,
    /// however much they agree).
    /// </returns>
    public static double? KrippendorffAlphaNominal(IReadOnlyList<IReadOnlyList<string?>> codings)
    {
        ArgumentNullException.ThrowIfNull(codings);
        var units = codings.Count == 0 ? 0 : codings.Max(c => c?.Count ?? 0);
        var coincidences = new Dictionary<(string, string), double>();
        var values = new List<string>(codings.Count);
        for (var u = 0; u < units; u++)
        {
            values.Clear();
            foreach (var coder in codings)
                if (coder is not null && u < coder.Count && coder[u] is { } value) values.Add(value);
            var m = values.Count;
            if (m < 2) continue;
            for (var i = 0; i < m; i++)
                for (var j = 0; j < m; j++)
                    if (i != j)
                        coincidences[(values[i], values[j])] =
                            coincidences.GetValueOrDefault((values[i], values[j])) + 1.0 / (m - 1);
        }

        var marginals = new Dictionary<string, double>(StringComparer.Ordinal);
        var observedDisagreement = 0.0;
        foreach (var ((c, k), o) in coincidences)
        {
            marginals[c] = marginals.GetValueOrDefault(c) + o;
            if (!string.Equals(c, k, StringComparison.Ordinal)) observedDisagreement += o;
        }
        var n = marginals.Values.Sum();
        if (n < 2) return null;
        var expectedPairs = n * n - marginals.Values.Sum(x => x * x); // Σ_{c≠k} n_c n_k = n² − Σ_c n_c²
        if (expectedPairs <= 1e-12) return null;
        return 1.0 - (n - 1) * observedDisagreement / expectedPairs;
    }
}
