using FramingApi.Validation;

namespace FramingApi.Web.Tests.Validation;

/// <summary>
/// The report's figures on a small table worked out by hand (the derivations are in the comments): three coders and
/// the tool on six units of a yes/no field.
/// </summary>
public sealed class ReportBuilderTests
{
    //          u1   u2   u3   u4   u5   u6
    // A        yes  yes  no   no   no   no
    // B        yes  no   no   no   yes  no
    // C        yes  yes  yes  no   no   —
    // majority yes  yes  no   no   no   no
    // tool     yes  yes  yes  no   no   no
    static readonly string?[][] Coders =
    [
        ["yes", "yes", "no", "no", "no", "no"],
        ["yes", "no", "no", "no", "yes", "no"],
        ["yes", "yes", "yes", "no", "no", null],
    ];
    static readonly string[] Tool = ["yes", "yes", "yes", "no", "no", "no"];

    static FieldReport Build(int resamples = 0)
    {
        var field = new FieldSpec("topic:cluster_munitions", "topic", "cluster_munitions", null, ["yes", "no"]);
        var units = Enumerable.Range(0, 6).Select(u => new UnitCodes(UnitRef.OfArticle(u + 1, 100),
            new[] { "A", "B", "C" }.Select((c, i) => (c, Coders[i][u])).Where(x => x.Item2 is not null).ToDictionary(x => x.c, x => x.Item2!),
            Tool[u])).ToList();
        return new ReportBuilder(field, ["A", "B", "C"], units, resamples, 1)
            .Build((u, majority) => new Disagreement(u.Unit.Id, u.Unit.ArticleId, null, u.Unit.Start, u.Unit.End, "", u.Tool!, majority, u.Codes, [], ""));
    }

    [Fact]
    public void Krippendorffs_alpha_among_the_humans_and_with_the_tool()
    {
        var report = Build();
        // Humans: coincidences o(yes,yes) = 4, o(yes,no) = o(no,yes) = 3, o(no,no) = 7; n_yes = 7, n_no = 10, n = 17:
        // alpha = 1 − 16 · 6 / (2 · 7 · 10) = 11/35.
        Assert.Equal(11.0 / 35, report.AlphaHumans.Value!.Value, 12);
        // With the tool: o(yes,yes) = 20/3, o(yes,no) = o(no,yes) = 10/3, o(no,no) = 29/3; n_yes = 10, n_no = 13, n = 23:
        // alpha = 1 − 22 · (20/3) / (2 · 10 · 13) = 17/39.
        Assert.Equal(17.0 / 39, report.AlphaWithTool.Value!.Value, 12);
    }

    [Fact]
    public void The_tool_against_the_majority_and_each_coder()
    {
        var report = Build();
        var m = report.ToolVsMajority;
        // Majority × tool: (yes, yes) 2, (no, yes) 1, (no, no) 3. p_o = 5/6, p_e = 2/6 · 3/6 + 4/6 · 3/6 = 1/2: kappa 2/3.
        Assert.Equal(6, m.Units);
        Assert.Equal(5.0 / 6, m.Accuracy.Value!.Value, 12);
        Assert.Equal(2.0 / 3, m.Kappa.Value!.Value, 12);
        Assert.Equal([[2, 0], [1, 3]], m.Confusion.Select(r => r.ToArray()).ToArray());
        var yes = m.PerClass.Single(c => c.Class == "yes");
        Assert.Equal((2, 3, 2), (yes.Majority, yes.Tool, yes.Agreed));
        Assert.Equal(2.0 / 3, yes.Precision!.Value, 12);
        Assert.Equal(1.0, yes.Recall!.Value, 12);
        Assert.Equal(0.8, yes.F1!.Value, 12);
        Assert.Equal((0.8 + 6.0 / 7) / 2, m.MacroF1!.Value, 12);

        var byCoder = report.ToolVsCoders.ToDictionary(t => t.Coder);
        Assert.Equal(2.0 / 3, byCoder["A"].Kappa.Value!.Value, 12);   // the same table as the majority's
        Assert.Equal(0.0, byCoder["B"].Kappa.Value!.Value, 12);       // p_o = 1/2 = p_e
        Assert.Equal(1.0, byCoder["C"].Kappa.Value!.Value, 12);       // five units, all agree
        Assert.Equal(5, byCoder["C"].Units);
    }

    [Fact]
    public void Pairs_of_coders_and_each_coders_agreement_with_the_others()
    {
        var report = Build();
        var pairs = report.CoderPairs.ToDictionary(p => (p.Coder, p.OtherCoder));
        Assert.Equal(0.25, pairs[("A", "B")].Kappa!.Value, 12);         // p_o 4/6, p_e 5/9
        Assert.Equal(8.0 / 13, pairs[("A", "C")].Kappa!.Value, 12);     // p_o 4/5, p_e 12/25
        Assert.Equal(-2.0 / 13, pairs[("B", "C")].Kappa!.Value, 12);    // p_o 2/5, p_e 12/25
        var a = report.Coders.Single(c => c.Coder == "A");
        Assert.Equal((6, 11), (a.Units, a.Pairs));
        Assert.Equal(8.0 / 11, a.Agreement!.Value, 12);
    }

    [Fact]
    public void The_disagreements_are_the_units_where_the_tool_is_not_the_majority()
    {
        var report = Build();
        var d = Assert.Single(report.Disagreements);
        Assert.Equal(("article:3", "yes", "no"), (d.Unit, d.Tool, d.Majority));
        Assert.Equal(6, report.UnitsWithMajority);
    }

    [Fact]
    public void A_tie_has_no_majority_and_one_coder_is_a_majority()
    {
        Assert.Null(ReportBuilder.Majority(["yes", "no"]));
        Assert.Equal("no", ReportBuilder.Majority(["no"]));
        Assert.Equal("no", ReportBuilder.Majority(["no", "yes", "no"]));
        Assert.Null(ReportBuilder.Majority(["a", "b", "c"]));
    }

    [Fact]
    public void Intervals_hold_the_figure_are_reproducible_and_need_variation()
    {
        var report = Build(resamples: 500);
        var alpha = report.AlphaHumans;
        Assert.True(alpha.Lower <= alpha.Value && alpha.Value <= alpha.Upper, $"{alpha}");
        Assert.True(alpha.Resamples is > 300 and <= 500, $"{alpha.Resamples}");
        Assert.Equal(alpha, Build(resamples: 500).AlphaHumans);
        // No resamples: the figures, without intervals.
        Assert.Equal((11.0 / 35, (double?)null), (Build().AlphaHumans.Value!.Value, Build().AlphaHumans.Lower));
    }

    [Fact]
    public void Shares_get_the_statistics_librarys_intervals()
    {
        var report = Build(resamples: 1000);
        var accuracy = report.ToolVsMajority.Accuracy;
        Assert.Equal("bca_bootstrap", accuracy.Method);
        Assert.Equal(5.0 / 6, accuracy.Value!.Value, 12);
        Assert.True(accuracy.Lower < 5.0 / 6 && accuracy.Upper <= 1, $"{accuracy}");
        // Coder C agrees with the tool on all 5 units: no variation to resample, so the Wilson interval of 5 of 5:
        // z = 1.959964, centre (1 + z²/10) / (1 + z²/5) = 0.782758, half-width z/(1 + z²/5) · √(z²/100) = 0.217241.
        var c = report.ToolVsCoders.Single(t => t.Coder == "C").Agreement;
        Assert.Equal("wilson", c.Method);
        Assert.Equal(0.565517, c.Lower!.Value, 5);
        Assert.Equal(1.0, c.Upper!.Value, 9);
        Assert.Equal("percentile_bootstrap", report.AlphaHumans.Method);
        Assert.Equal("none", Build(resamples: 0).ToolVsMajority.Accuracy.Method);
    }

    [Fact]
    public void The_percentile_is_linear_between_order_statistics()
    {
        double[] sorted = [1, 2, 3, 4, 5];
        Assert.Equal(1.1, UnitBootstrap.Quantile(sorted, 0.025), 12);  // h = 0.1
        Assert.Equal(4.9, UnitBootstrap.Quantile(sorted, 0.975), 12);  // h = 3.9
        Assert.Equal(3.0, UnitBootstrap.Quantile(sorted, 0.5), 12);
    }

    [Fact]
    public void SplitMix64_gives_its_published_sequence()
    {
        // The first outputs of SplitMix64 from seed 0 (Vigna's reference splitmix64.c).
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, UnitBootstrap.Next(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, UnitBootstrap.Next(ref state));
        Assert.Equal(0x06C45D188009454FUL, UnitBootstrap.Next(ref state));
    }
}
