using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class AgreementTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
    // nominal values 1-5, missing values (null). The paper gives α = 0.743 for nominal data.
    static readonly string?[][] KrippendorffExample =
    [
        ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
        ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
        [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
        ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
    ];

    [Fact]
    public void Krippendorffs_alpha_matches_the_published_nominal_example()
    {
        var alpha = Agreement.KrippendorffAlphaNominal(KrippendorffExample);
        Assert.NotNull(alpha);
        Assert.Equal(0.743, alpha.Value, 3);
    }

    [Fact]
    public void Krippendorffs_alpha_is_one_for_perfect_agreement_with_missing_values()
    {
        string?[][] codings =
        [
            ["a", "b", "c", null, "a"],
            ["a", "b", null, "b", "a"],
            [null, "b", "c", "b", "a"],
        ];
        Assert.Equal(1.0, Agreement.KrippendorffAlphaNominal(codings)!.Value, 12);
    }

    [Fact]
    public void Krippendorffs_alpha_is_undefined_without_variation_or_pairable_values()
    {
        // Everyone agrees, but on one value only: expected disagreement is 0 and α = 0/0.
        string?[][] oneValue = [["x", "x", "x"], ["x", "x", null]];
        Assert.Null(Agreement.KrippendorffAlphaNominal(oneValue));
        // No unit coded twice: nothing is pairable.
        string?[][] unpaired = [["x", null], [null, "y"]];
        Assert.Null(Agreement.KrippendorffAlphaNominal(unpaired));
        Assert.Null(Agreement.KrippendorffAlphaNominal([]));
    }

    [Fact]
    public void Krippendorffs_alpha_ignores_units_with_a_single_value_and_falls_below_zero_for_systematic_disagreement()
    {
        string?[][] withLoneValue = [.. KrippendorffExample.Select(c => c.Append(c == KrippendorffExample[0] ? "9" : null).ToArray())];
        Assert.Equal(Agreement.KrippendorffAlphaNominal(KrippendorffExample), Agreement.KrippendorffAlphaNominal(withLoneValue));

        string?[][] opposite = [["a", "b", "a", "b"], ["b", "a", "b", "a"]];
        Assert.True(Agreement.KrippendorffAlphaNominal(opposite) < 0);
    }

    // Feinstein & Cicchetti (1990), "High agreement but low kappa: I. The problems of two paradoxes", Journal of
    // Clinical Epidemiology 43(6): 543-549, Table 1: two 2×2 tables with the same observed agreement (0.85) and
    // κ = 0.70 and κ = 0.32, because the marginals (and so the chance agreement, 0.50 and 0.78) differ.
    [Theory]
    [InlineData(40, 9, 6, 45, 0.85, 0.70)]
    [InlineData(80, 10, 5, 5, 0.85, 0.32)]
    public void Cohens_kappa_matches_the_published_two_by_two_tables(int yesYes, int yesNo, int noYes, int noNo, double accuracy, double kappa)
    {
        var matrix = new ConfusionMatrix(["yes", "no"]);
        matrix.Add("yes", "yes", yesYes);
        matrix.Add("yes", "no", yesNo);
        matrix.Add("no", "yes", noYes);
        matrix.Add("no", "no", noNo);
        Assert.Equal(accuracy, matrix.Accuracy!.Value, 2);
        Assert.Equal(kappa, matrix.CohensKappa!.Value, 2);
    }

    [Fact]
    public void Cohens_kappa_is_one_for_perfect_agreement_and_undefined_when_both_use_one_class()
    {
        var perfect = ConfusionMatrix.Of(["a", "b", "c"], [("a", "a"), ("b", "b"), ("c", "c"), ("a", "a")]);
        Assert.Equal(1.0, perfect.CohensKappa!.Value, 12);

        var oneClass = ConfusionMatrix.Of(["a", "b"], [("a", "a"), ("a", "a")]);
        Assert.Equal(1.0, oneClass.Accuracy);
        Assert.Null(oneClass.CohensKappa);
        Assert.Null(new ConfusionMatrix(["a"]).CohensKappa);
    }

    [Fact]
    public void Per_class_precision_recall_and_f1_come_from_the_rows_and_columns()
    {
        // Labels (rows) against a tool (columns).
        var m = ConfusionMatrix.Of(["hedged", "asserted", "mixed"],
        [
            ("hedged", "hedged"), ("hedged", "hedged"), ("hedged", "asserted"),
            ("asserted", "asserted"), ("asserted", "hedged"),
            ("mixed", "asserted"),
        ]);
        var hedged = m.ForClass("hedged");
        Assert.Equal((3, 3, 2), (hedged.Expected, hedged.Actual, hedged.Agreed));
        Assert.Equal(2.0 / 3, hedged.Precision!.Value, 12);
        Assert.Equal(2.0 / 3, hedged.Recall!.Value, 12);
        var mixed = m.ForClass("mixed");
        Assert.Null(mixed.Precision); // the tool never says mixed: no precision to speak of
        Assert.Equal(0.0, mixed.Recall);
        Assert.Equal(0.0, mixed.F1);
        Assert.Equal(3.0 / 6, m.Accuracy);
        Assert.Equal(1, m.Count("asserted", "hedged"));
        Assert.Equal((2.0 / 3 + 0.4 + 0) / 3, m.MacroF1!.Value, 12);
    }

    [Fact]
    public void A_class_outside_the_matrix_is_refused_with_its_name()
    {
        var m = new ConfusionMatrix(["yes", "no"]);
        var e = Assert.Throws<ArgumentException>(() => m.Add("yes", "maybe"));
        Assert.Contains("maybe", e.Message);
        Assert.Throws<ArgumentException>(() => new ConfusionMatrix(["yes", "yes"]));
    }
}
