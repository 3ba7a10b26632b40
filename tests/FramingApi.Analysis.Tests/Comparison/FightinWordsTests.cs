using FramingApi.Analysis.Comparison;

namespace FramingApi.Analysis.Tests.Comparison;

public class FightinWordsTests
{
    static readonly FightinWordsOptions AllTerms = new() { PriorScale = 9, Top = 0, MinimumCount = 0 };

    static Dictionary<string, long> Counts(params (string Term, long Count)[] counts) =>
        counts.ToDictionary(c => c.Term, c => c.Count);

    // Hand computation (Monroe, Colaresi & Quinn 2008, eq. 16, 20, 22), α0 = 9:
    //   group i: war 4, crimes 2, said 2           n_i = 8
    //   rest  j: war 1, said 5, bombs 4            n_j = 10
    //   background = i + j: war 5, crimes 2, said 7, bombs 4, total 18, so α_w = 9 · c_w / 18 = c_w / 2:
    //   α_war = 2.5, α_crimes = 1, α_said = 3.5, α_bombs = 2
    //   war:    δ = log((4+2.5)/(8+9−4−2.5)) − log((1+2.5)/(10+9−1−2.5)) = log(6.5/10.5) − log(3.5/15.5) ≈  1.00850
    //           σ² = 1/6.5 + 1/3.5 ≈ 0.43956                                        z ≈  1.52114
    //   crimes: δ = log(3/14) − log(1/18) = log(27/7) ≈ 1.34993, σ² = 1/3 + 1/1 = 4/3, z ≈  1.16907
    //   said:   δ = log(5.5/11.5) − log(8.5/10.5) ≈ −0.52629, σ² = 1/5.5 + 1/8.5,    z ≈ −0.96173
    //   bombs:  δ = log(2/15) − log(6/13) ≈ −1.24171, σ² = 1/2 + 1/6 = 2/3,          z ≈ −1.52078
    //   so the order by z is war, crimes, said, bombs.
    public static TheoryData<string, long, long, double, double> HandComputed => new()
    {
        { "war", 4, 1, Math.Log(6.5 / 10.5) - Math.Log(3.5 / 15.5), 1 / 6.5 + 1 / 3.5 },
        { "crimes", 2, 0, Math.Log(27.0 / 7), 4.0 / 3 },
        { "said", 2, 5, Math.Log(5.5 / 11.5) - Math.Log(8.5 / 10.5), 1 / 5.5 + 1 / 8.5 },
        { "bombs", 0, 4, Math.Log(2.0 / 15) - Math.Log(6.0 / 13), 2.0 / 3 },
    };

    static readonly Dictionary<string, long> Group = Counts(("war", 4), ("crimes", 2), ("said", 2));
    static readonly Dictionary<string, long> Rest = Counts(("war", 1), ("said", 5), ("bombs", 4));

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void Log_odds_variance_and_z_match_the_hand_computation(
        string term, long count, long restCount, double delta, double variance)
    {
        var ranked = FightinWords.Rank(Group, Rest, AllTerms);

        var t = Assert.Single(ranked, r => r.Term == term);
        Assert.Equal(count, t.Count);
        Assert.Equal(restCount, t.RestCount);
        Assert.Equal(delta, t.LogOddsRatio, 1e-9);
        Assert.Equal(variance, t.Variance, 1e-9);
        Assert.Equal(delta / Math.Sqrt(variance), t.ZScore, 1e-9);
    }

    [Fact]
    public void Terms_are_ordered_by_z_descending()
    {
        var ranked = FightinWords.Rank(Group, Rest, AllTerms);

        Assert.Equal(["war", "crimes", "said", "bombs"], ranked.Select(r => r.Term));
        Assert.Equal(1.5211369463462938, ranked[0].ZScore, 1e-9);
        Assert.Equal(-1.5207817905347676, ranked[3].ZScore, 1e-9);
    }

    [Fact]
    public void Swapping_the_groups_flips_the_sign()
    {
        var forward = FightinWords.Rank(Group, Rest, AllTerms).ToDictionary(r => r.Term);
        var backward = FightinWords.Rank(Rest, Group, AllTerms).ToDictionary(r => r.Term);

        Assert.Equal(forward.Keys.Order(), backward.Keys.Order());
        foreach (var (term, f) in forward)
        {
            Assert.Equal(-f.LogOddsRatio, backward[term].LogOddsRatio, 1e-12);
            Assert.Equal(-f.ZScore, backward[term].ZScore, 1e-12);
            Assert.Equal(f.Variance, backward[term].Variance, 1e-12);
        }
    }

    [Fact]
    public void A_word_only_the_group_uses_ranks_first()
    {
        var group = TestTokens.Counts(
            "The strike used cluster bombs. Cluster bombs kill civilians. The Pentagon said the strike was lawful.");
        var rest = TestTokens.Counts(
            "The Pentagon said the strike was lawful. The strike was discussed. Officials said the Pentagon agreed.");

        var ranked = FightinWords.Rank(group, rest, new FightinWordsOptions { PriorScale = 20, Top = 2 });

        Assert.Equal(["bombs", "cluster"], ranked.Select(r => r.Term));
        Assert.All(ranked, r => Assert.Equal(0, r.RestCount));
    }

    [Theory]
    [InlineData(false, "the")]
    [InlineData(true, "bombs")]
    public void Stopwords_are_kept_unless_excluded(bool exclude, string top)
    {
        var group = Counts(("the", 40), ("bombs", 3), ("said", 5));
        var rest = Counts(("the", 10), ("said", 5), ("army", 5));

        var ranked = FightinWords.Rank(group, rest, new FightinWordsOptions { ExcludeStopwords = exclude });

        Assert.Equal(top, ranked[0].Term);
        Assert.Equal(exclude, ranked.All(r => !EnglishStopwords.Words.Contains(r.Term)));
    }

    [Theory]
    [InlineData(2, new[] { "war", "said" })]
    [InlineData(5, new[] { "war", "said" })]
    [InlineData(6, new[] { "said" })]
    [InlineData(8, new string[0])]
    public void Terms_below_the_minimum_total_count_are_left_out(long minimum, string[] expected)
    {
        var ranked = FightinWords.Rank(Group, Rest, AllTerms with { MinimumCount = minimum });

        Assert.Equal(expected.Order(), ranked.Where(r => r.Count + r.RestCount >= 5).Select(r => r.Term).Order());
        Assert.All(ranked, r => Assert.True(r.Count + r.RestCount >= minimum));
    }

    [Fact]
    public void An_empty_group_gives_an_empty_result()
    {
        Assert.Empty(FightinWords.Rank(new Dictionary<string, long>(), Rest, AllTerms));
        Assert.Empty(FightinWords.Rank(new Dictionary<string, long>(), new Dictionary<string, long>(), AllTerms));
        Assert.Empty(FightinWords.Rank(Counts(("war", 0)), Rest, AllTerms));
    }

    [Fact]
    public void A_group_with_all_the_words_against_an_empty_rest_finds_nothing_distinctive()
    {
        // With the compared texts as the background, π_w = y_iw / n_i, and both sides reduce to log(π_w / (1 − π_w)).
        var ranked = FightinWords.Rank(Group, new Dictionary<string, long>(), AllTerms);

        Assert.Equal(3, ranked.Count);
        Assert.All(ranked, r => Assert.Equal(0, r.LogOddsRatio, 1e-12));
        Assert.All(ranked, r => Assert.True(double.IsFinite(r.ZScore)));
    }

    [Fact]
    public void An_explicit_background_sets_the_prior_and_still_covers_words_it_lacks()
    {
        // Background "war" 95, "said" 5 (+ the compared texts): "crimes" and "bombs" are absent from it but get a
        // prior from the compared counts, so every value stays finite.
        var options = AllTerms with { Background = Counts(("war", 95), ("said", 5)) };

        var ranked = FightinWords.Rank(Group, Rest, options);

        Assert.Equal(4, ranked.Count);
        Assert.All(ranked, r => Assert.True(double.IsFinite(r.ZScore) && double.IsFinite(r.Variance)));
        // The background total is 100 + 18 = 118; α_crimes = 9 · 2/118.
        var aw = 9 * 2.0 / 118;
        var crimes = Assert.Single(ranked, r => r.Term == "crimes");
        Assert.Equal(Math.Log((2 + aw) / (8 + 9 - 2 - aw)) - Math.Log(aw / (10 + 9 - aw)), crimes.LogOddsRatio, 1e-9);
    }

    [Fact]
    public void Ties_are_broken_by_term_so_the_order_is_deterministic()
    {
        var group = Counts(("b", 2), ("a", 2), ("c", 2));
        var rest = Counts(("b", 1), ("a", 1), ("c", 1));

        Assert.Equal(["a", "b", "c"], FightinWords.Rank(group, rest, AllTerms).Select(r => r.Term));
    }

    [Fact]
    public void Ranking_against_the_total_equals_ranking_against_the_rest()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 300).Select(i => $"w{i}").ToArray();
        Dictionary<string, long> Counts() => words.Where(_ => random.Next(3) > 0).ToDictionary(w => w, _ => (long)random.Next(1, 40));
        var group = Counts();
        var rest = Counts();
        var total = group.Keys.Union(rest.Keys).ToDictionary(w => w, w => group.GetValueOrDefault(w) + rest.GetValueOrDefault(w));

        foreach (var top in new[] { 0, 1, 10, 1000 })
        {
            var options = FightinWordsOptions.Default with { Top = top, MinimumCount = 2 };
            var expected = FightinWords.Rank(group, rest, options);
            var actual = FightinWords.RankAgainstTotal(group, total, options);
            Assert.Equal(expected.Select(t => (t.Term, t.Count, t.RestCount)), actual.Select(t => (t.Term, t.Count, t.RestCount)));
            Assert.Equal(expected.Select(t => t.ZScore), actual.Select(t => t.ZScore));
        }
    }

    [Fact]
    public void Ranking_numbered_terms_equals_ranking_the_dictionaries_bit_for_bit()
    {
        var random = new Random(11);
        // Stopwords among the words, terms only the rest uses (many with equal totals), and hapaxes.
        var words = Enumerable.Range(0, 400).Select(i => i % 25 == 0 ? EnglishStopwords.Words.ElementAt(i / 25) : $"w{i}").ToArray();
        var group = words.Where(_ => random.Next(4) == 0).ToDictionary(w => w, _ => (long)random.Next(1, 30));
        var total = words.Where(w => group.ContainsKey(w) || random.Next(3) > 0)
            .ToDictionary(w => w, w => group.GetValueOrDefault(w) + (random.Next(3) == 0 ? 0 : random.Next(1, 6)));
        var terms = total.Keys.ToList();
        var groupCounts = terms.Select(t => group.GetValueOrDefault(t)).ToArray();
        var totalCounts = terms.Select(t => total[t]).ToArray();

        foreach (var (top, stopwords) in new[] { (0, false), (15, true), (15, false), (1000, true) })
        {
            var options = FightinWordsOptions.Default with { Top = top, MinimumCount = 2, ExcludeStopwords = stopwords };
            var expected = FightinWords.RankAgainstTotal(group, total, options);
            var masked = FightinWords.RankAgainstTotal(terms, groupCounts, totalCounts, options, FightinWords.StopwordMask(terms, options));
            var unmasked = FightinWords.RankAgainstTotal(terms, groupCounts, totalCounts, options);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, masked);
            Assert.Equal(expected, unmasked);
        }
        Assert.Contains(FightinWords.RankAgainstTotal(group, total, FightinWordsOptions.Default with { Top = 0 }), t => t.Count == 0);
    }
}
