using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class BenjaminiHochbergTests
{
    // The 15 p values of the worked example of Benjamini & Hochberg (1995), "Controlling the false discovery rate",
    // JRSS B 57(1), 289–300 (the thrombolysis trial of Neuhaus et al. 1992). At q* = 0.05 the paper's procedure
    // rejects the four smallest (k = 4: p(4) = 0.0095 ≤ 4 · 0.05/15 = 0.0133, while p(5) … p(15) all exceed
    // i · 0.05/15).
    static readonly double[] Published =
        [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000];

    // By hand, m/i · p(i) = 15 p(i) / i: 0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0695, 0.447/7 = 0.0638571…, 0.0645,
    // 0.0765, 0.486, 6.393/11 = 0.581182…, 0.714875, 9.792/13 = 0.753231…, 11.385/14 = 0.813214…, 1; then the running
    // minimum from the top (step-up), which lowers q(6) from 0.0695 to q(7) = 0.0638571…, as R's p.adjust(p, "BH")
    // computes pmin(1, cummin(m / i * p[o])).
    static readonly double[] Expected =
        [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.447 / 7, 0.447 / 7, 0.0645, 0.0765, 0.486, 6.393 / 11, 0.714875, 9.792 / 13, 11.385 / 14, 1.0];

    [Fact]
    public void Matches_the_hand_computed_step_up_values()
    {
        var q = BenjaminiHochberg.Adjust(Published);

        for (var i = 0; i < Published.Length; i++) Assert.Equal(Expected[i], q[i], 1e-12);
    }

    [Fact]
    public void Rejects_the_four_hypotheses_the_paper_rejects()
    {
        var q = BenjaminiHochberg.Adjust(Published);

        Assert.Equal([0, 1, 2, 3], Enumerable.Range(0, q.Length).Where(i => q[i] <= 0.05));
    }

    [Fact]
    public void Q_values_come_back_in_the_input_order()
    {
        var shuffled = new[] { 3, 14, 0, 9, 5, 1, 12, 7, 2, 10, 6, 13, 4, 11, 8 };

        var q = BenjaminiHochberg.Adjust(shuffled.Select(i => Published[i]).ToArray());

        for (var j = 0; j < shuffled.Length; j++) Assert.Equal(Expected[shuffled[j]], q[j], 1e-12);
    }

    [Fact]
    public void Ties_share_a_q_value_and_q_never_falls_below_p()
    {
        // m = 4, sorted 0.01, 0.02, 0.02, 0.04: m/i · p = 0.04, 0.04, 0.0266…, 0.04; the running minimum from the top
        // gives 0.08/3 to both tied values and to 0.01 below them, and 0.04 to the last.
        double[] p = [0.02, 0.01, 0.02, 0.04];

        var q = BenjaminiHochberg.Adjust(p);

        Assert.Equal([0.08 / 3, 0.08 / 3, 0.08 / 3, 0.04], q.Select(v => Math.Round(v, 12)), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.All(q.Zip(p), t => Assert.True(t.First >= t.Second));
    }

    [Fact]
    public void Nothing_to_adjust_gives_nothing() => Assert.Empty(BenjaminiHochberg.Adjust([]));

    [Fact]
    public void A_p_value_outside_zero_to_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BenjaminiHochberg.Adjust([0.5, 1.2]));
}
