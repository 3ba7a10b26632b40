using System.Numerics;

namespace FramingApi.Analysis.Statistics;

/// <summary>
/// A stable 64-bit hash of the data a resampling run reads, used as its seed: the same data give the same resamples
/// on every run, process and machine (unlike <see cref="HashCode"/>, which is randomised per process), so the same
/// data give bit-identical intervals. Each value goes through the 64-bit finaliser of MurmurHash3 (Appleby 2011) and
/// is folded in order; doubles by their bit pattern, with −0 read as +0.
/// </summary>
internal struct DataSeed
{
    ulong _h;
    long _count;

    public DataSeed(ulong domain) => _h = Mix(domain ^ 0x243F6A8885A308D3UL);

    public void Add(ulong value)
    {
        _h = BitOperations.RotateLeft(_h ^ Mix(value), 29) * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        _count++;
    }

    public void Add(double value) => Add((ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value));

    public void Add(string? text)
    {
        if (text is null) { Add(ulong.MaxValue); return; }
        Add((ulong)text.Length);
        foreach (var c in text) Add(c);
    }

    public readonly ulong Value => Mix(_h ^ (ulong)_count);

    /// <summary>MurmurHash3's fmix64: every input bit affects every output bit.</summary>
    public static ulong Mix(ulong k)
    {
        k ^= k >> 33;
        k *= 0xFF51AFD7ED558CCDUL;
        k ^= k >> 33;
        k *= 0xC4CEB9FE1A85EC53UL;
        k ^= k >> 33;
        return k;
    }

    /// <summary>An order-independent combination of two seeds (for a pair of sources, whichever comes first).</summary>
    public static ulong Pair(ulong a, ulong b) =>
        Mix(Math.Min(a, b) * 0x9E3779B97F4A7C15UL ^ BitOperations.RotateLeft(Math.Max(a, b), 31) ^ 0x6A09E667F3BCC909UL);
}

/// <summary>
/// xoshiro256** 1.0 (Blackman &amp; Vigna 2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4)),
/// seeded by SplitMix64 (Steele, Lea &amp; Flood 2014) as its authors recommend; integers below a bound by Lemire's
/// multiply-and-reject method (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)), which
/// is exactly uniform. Our own generator rather than <see cref="Random"/>, whose seeded sequence .NET does not
/// promise to keep across versions.
/// </summary>
internal struct Xoshiro256
{
    ulong _s0, _s1, _s2, _s3;

    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, bound), bound ≥ 1.</summary>
    public int NextInt(int bound)
    {
        var product = (Next() >> 32) * (ulong)(uint)bound;
        var low = (uint)product;
        if (low < (uint)bound)
        {
            var threshold = (uint)-bound % (uint)bound;
            while (low < threshold)
            {
                product = (Next() >> 32) * (ulong)(uint)bound;
                low = (uint)product;
            }
        }
        return (int)(product >> 32);
    }
}
