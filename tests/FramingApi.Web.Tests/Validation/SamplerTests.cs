using FramingApi.Validation;

namespace FramingApi.Web.Tests.Validation;

public sealed class SamplerTests
{
    // Reference keys from Python: int.from_bytes(hashlib.sha256(b"42:article:1").digest()[:8], "big").
    [Theory]
    [InlineData(42, "article:1", 1939010430407031366UL)]
    [InlineData(7, "sentence:3:120-245", 9457560887505840818UL)]
    public void A_units_key_is_the_first_eight_bytes_of_sha256_of_seed_and_id(long seed, string unit, ulong expected) =>
        Assert.Equal(expected, Sampler.Key(seed, unit));

    static List<Candidate> Population(params (string Source, int Units)[] sources) =>
        sources.SelectMany((s, i) => Enumerable.Range(0, s.Units)
            .Select(u => new Candidate(new UnitRef("sentence", i + 1, u * 10, u * 10 + 5), s.Source))).ToList();

    [Fact]
    public void A_simple_sample_is_the_units_with_the_smallest_keys_in_key_order()
    {
        var population = Population(("a", 30), ("b", 20));
        var sample = Sampler.Draw(population, 7, 42, stratified: false, equal: false);
        var expected = population.OrderBy(c => Sampler.Key(42, c.Unit.Id)).Take(7).Select(c => c.Unit.Id);
        Assert.Equal(expected, sample.Select(c => c.Unit.Id));
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_whatever_the_order_of_the_population()
    {
        var population = Population(("a", 30), ("b", 20));
        var reversed = Enumerable.Reverse(population).ToList();
        Assert.Equal(Sampler.Draw(population, 10, 5, false, false).Select(c => c.Unit.Id), Sampler.Draw(reversed, 10, 5, false, false).Select(c => c.Unit.Id));
        Assert.NotEqual(Sampler.Draw(population, 10, 5, false, false).Select(c => c.Unit.Id), Sampler.Draw(population, 10, 6, false, false).Select(c => c.Unit.Id));
    }

    [Fact]
    public void A_unit_keeps_its_place_when_units_are_added()
    {
        var before = Population(("a", 30));
        var after = before.Concat(Population(("a", 0), ("b", 30))).ToList();
        var old = Sampler.Draw(before, 10, 3, false, false).Select(c => c.Unit.Id).ToHashSet();
        var grown = Sampler.Draw(after, 10, 3, false, false);
        // Every unit of the grown sample that was in the old population was in the old sample.
        Assert.All(grown.Where(c => c.Source == "a"), c => Assert.Contains(c.Unit.Id, old));
    }

    [Fact]
    public void Proportional_allocation_rounds_down_and_gives_the_rest_to_the_largest_remainders()
    {
        // n = 10 of 52: a 2.5, b 2.5, c 1.35, d 1.73, e 1.92 → 2, 2, 1, 1, 1 and three more to e (.92), d (.73), then a
        // (.5, which ties with b and comes first by name).
        var sizes = new Dictionary<string, int> { ["a"] = 13, ["b"] = 13, ["c"] = 7, ["d"] = 9, ["e"] = 10 };
        var quotas = Sampler.Allocate(sizes, 10, equal: false);
        Assert.Equal([3, 2, 1, 2, 2], new[] { "a", "b", "c", "d", "e" }.Select(s => quotas[s]));
    }

    [Fact]
    public void Equal_allocation_gives_a_small_stratum_all_it_has_and_shares_the_rest()
    {
        // 12 over three strata: 4 each, but c has 2; its 2 left go to a and b (the rest in name order).
        var sizes = new Dictionary<string, int> { ["a"] = 10, ["b"] = 10, ["c"] = 2 };
        Assert.Equal([5, 5, 2], new[] { "a", "b", "c" }.Select(s => Sampler.Allocate(sizes, 12, equal: true)[s]));
        Assert.Equal([4, 3, 2], new[] { "a", "b", "c" }.Select(s => Sampler.Allocate(sizes, 9, equal: true)[s]));
        Assert.Equal([10, 10, 2], new[] { "a", "b", "c" }.Select(s => Sampler.Allocate(sizes, 50, equal: true)[s]));
    }

    [Fact]
    public void A_stratified_sample_takes_each_strata_smallest_keys()
    {
        var population = Population(("a", 40), ("b", 10));
        var sample = Sampler.Draw(population, 10, 9, stratified: true, equal: true);
        Assert.Equal(5, sample.Count(c => c.Source == "a"));
        Assert.Equal(5, sample.Count(c => c.Source == "b"));
        var expectedB = population.Where(c => c.Source == "b").OrderBy(c => Sampler.Key(9, c.Unit.Id)).Take(5).Select(c => c.Unit.Id).Order();
        Assert.Equal(expectedB, sample.Where(c => c.Source == "b").Select(c => c.Unit.Id).Order());
    }
}
