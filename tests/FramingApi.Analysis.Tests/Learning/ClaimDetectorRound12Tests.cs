using FramingApi.Benchmarks.Learning;

namespace FramingApi.Analysis.Tests.Learning;

/// <summary>detector12: the averaged fit (<c>learn --average-seeds K [--bootstrap]</c>) and the pruning of features seen
/// in one set only (<c>learn --min-sets N</c>), docs/VALIDITY.md "The claim detector, round 12 (detector12)".</summary>
public class ClaimDetectorRound12Tests
{
    static readonly Example[] Examples =
    [
        new([1], true), new([1, 3], true), new([1, 4], true), new([3, 5], true),
        new([2], false), new([2, 3], false), new([2, 4], false), new([4, 5], false), new([3], false),
    ];

    [Fact]
    public void One_member_without_a_bootstrap_is_the_single_fit()
    {
        var settings = new TrainingSettings(Bits: 4, LearningRate: 0.5, Epochs: 20, Seed: 7);
        var single = LogisticRegression.Fit(Examples, settings);
        var averaged = LogisticRegression.FitAveraged(Examples, settings with { Average = 1 });
        Assert.Equal(single.Bias, averaged.Bias);
        for (var slot = 0; slot < 16; slot++) Assert.Equal(single.Weight(slot), averaged.Weight(slot));
    }

    [Fact]
    public void The_averaged_model_is_the_mean_of_its_members_weights_and_biases()
    {
        var settings = new TrainingSettings(Bits: 4, LearningRate: 0.5, Epochs: 20, Seed: 7, Average: 3);
        var members = Enumerable.Range(0, 3)
            .Select(k => LogisticRegression.Fit(Examples, settings with { Seed = 7 + LogisticRegression.MemberSeedStep * k, Average = 1 }))
            .ToList();
        // The members differ (the shuffles do), so the mean is not any one of them.
        Assert.NotEqual(members[0].Weight(3), members[1].Weight(3));
        var averaged = LogisticRegression.FitAveraged(Examples, settings);
        Assert.Equal(members.Average(m => m.Bias), averaged.Bias, 12);
        for (var slot = 0; slot < 16; slot++)
            Assert.Equal(members.Average(m => m.Weight(slot)), averaged.Weight(slot), 12);
        // A linear model again: its score is the mean of the members' scores.
        Assert.Equal(members.Average(m => m.Score([1, 3])), averaged.Score([1, 3]), 12);
        // Deterministic for a seed.
        Assert.Equal(averaged.Score([2, 4]), LogisticRegression.FitAveraged(Examples, settings).Score([2, 4]));
    }

    [Fact]
    public void A_bootstrap_member_is_fitted_to_a_resample_and_still_separates_the_clear_cases()
    {
        var settings = new TrainingSettings(Bits: 4, LearningRate: 0.5, Epochs: 30, Seed: 7, Average: 5);
        var plain = LogisticRegression.FitAveraged(Examples, settings);
        var bagged = LogisticRegression.FitAveraged(Examples, settings with { Bootstrap = true });
        Assert.NotEqual(plain.Weight(3), bagged.Weight(3));
        Assert.True(bagged.Weight(1) > 0);
        Assert.True(bagged.Weight(2) < 0);
        Assert.Equal(bagged.Score([1]), LogisticRegression.FitAveraged(Examples, settings with { Bootstrap = true }).Score([1]));
    }

    [Fact]
    public void A_slot_seen_in_fewer_sets_than_the_minimum_is_left_out()
    {
        (string Set, int[] Slots)[] rows =
        [
            ("dev", [1, 2, 9]), ("dev", [1, 9]), // 9: one set only, however often
            ("dev2", [1, 2]), ("dev3", [1, 7]), ("dev3", [7]),
        ];
        var two = FeaturePruning.SlotsInGroups(rows, r => r.Slots, r => r.Set, 2);
        Assert.Equal([1, 2], two.Order());
        var three = FeaturePruning.SlotsInGroups(rows, r => r.Slots, r => r.Set, 3);
        Assert.Equal([1], three.Order());
        var one = FeaturePruning.SlotsInGroups(rows, r => r.Slots, r => r.Set, 1);
        Assert.Equal([1, 2, 7, 9], one.Order());
    }
}
