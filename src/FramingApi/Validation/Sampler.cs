using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FramingApi.Validation;

/// <summary>A unit of the population a sample is drawn from, with its stratum (the article's source).</summary>
public sealed record Candidate(UnitRef Unit, string? Source);

/// <summary>
/// Reproducible random samples. Every unit gets the key <c>SHA-256("&lt;seed&gt;:&lt;unit id&gt;")</c> (its first
/// eight bytes, big-endian, as an unsigned number); a simple random sample of n units is the n units with the
/// smallest keys, listed in key order. A stratified sample shares n out among the strata (<see cref="Allocate"/>) and
/// takes each stratum's smallest keys.
/// </summary>
/// <remarks>
/// Why keys rather than a shuffled list: the sample depends only on the seed and on which units exist — not on the
/// order the database returns them, the machine or the .NET version — so the same seed over the same data gives the
/// same sample anywhere; and a unit keeps its key when articles are added, so a sample of the grown data keeps every
/// old unit whose key is still among the n smallest.
/// </remarks>
public static class Sampler
{
    /// <summary>The unit's sampling key under <paramref name="seed"/>.</summary>
    public static ulong Key(long seed, string unitId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{unitId}"), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>
    /// The sample: <paramref name="n"/> units (all of them when there are fewer), in key order. With
    /// <paramref name="stratified"/>, each source gets its share (<see cref="Allocate"/>).
    /// </summary>
    public static IReadOnlyList<Candidate> Draw(IReadOnlyList<Candidate> population, int n, long seed, bool stratified, bool equal)
    {
        var keyed = population.Select(c => (Key: Key(seed, c.Unit.Id), Candidate: c))
            .OrderBy(k => k.Key).ThenBy(k => k.Candidate.Unit.Id, StringComparer.Ordinal).ToList();
        if (!stratified) return keyed.Take(n).Select(k => k.Candidate).ToList();

        var sizes = population.GroupBy(c => c.Source ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var quotas = Allocate(sizes, n, equal);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var sample = new List<Candidate>(Math.Min(n, population.Count));
        foreach (var (_, candidate) in keyed)
        {
            var stratum = candidate.Source ?? "";
            var have = taken.GetValueOrDefault(stratum);
            if (have >= quotas[stratum]) continue;
            taken[stratum] = have + 1;
            sample.Add(candidate);
        }
        return sample;
    }

    /// <summary>
    /// How many of <paramref name="n"/> units each stratum gives (never more than it has; all units when n is larger
    /// than the population). Proportional: n · size / total rounded down, and the units left over go one each to the
    /// strata with the largest remainders (ties: stratum name, ordinal). Equal: as equal as the strata's sizes allow —
    /// n / strata each, a stratum smaller than its share gives all it has and the rest is shared among the others,
    /// and units that do not divide evenly go one each to the strata in name order.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Allocate(IReadOnlyDictionary<string, int> sizes, int n, bool equal)
    {
        var names = sizes.Keys.Order(StringComparer.Ordinal).ToList();
        var total = sizes.Values.Sum();
        n = Math.Min(n, total);
        var quotas = names.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        if (n <= 0 || total == 0) return quotas;
        return equal ? Equal(sizes, names, n, quotas) : Proportional(sizes, names, n, total, quotas);
    }

    static Dictionary<string, int> Proportional(IReadOnlyDictionary<string, int> sizes, List<string> names, int n, int total,
        Dictionary<string, int> quotas)
    {
        var remainders = new List<(string Name, long Remainder)>();
        var given = 0;
        foreach (var name in names)
        {
            // Integer arithmetic: n · size / total exactly, so rounding never depends on floating point.
            var share = (long)n * sizes[name];
            quotas[name] = (int)(share / total);
            given += quotas[name];
            remainders.Add((name, share % total));
        }
        foreach (var (name, _) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Name, StringComparer.Ordinal).Take(n - given))
            quotas[name]++;
        return quotas;
    }

    static Dictionary<string, int> Equal(IReadOnlyDictionary<string, int> sizes, List<string> names, int n, Dictionary<string, int> quotas)
    {
        var left = n;
        while (left > 0)
        {
            var open = names.Where(s => quotas[s] < sizes[s]).ToList();
            var share = left / open.Count;
            if (share == 0)
            {
                foreach (var name in open.Take(left)) quotas[name]++;
                break;
            }
            foreach (var name in open)
            {
                var give = Math.Min(share, sizes[name] - quotas[name]);
                quotas[name] += give;
                left -= give;
            }
        }
        return quotas;
    }
}
