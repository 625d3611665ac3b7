namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// A small, fast pseudo-random generator (xoshiro256**) whose sequence depends only on its seed.
/// </summary>
/// <remarks>
/// The corpus must be byte-identical for a seed on every machine and .NET version, and each chunk
/// needs its own independent stream so chunks can be generated in any order on any thread;
/// <see cref="Random"/> makes no promise about its algorithm across versions, this does.
/// </remarks>
internal sealed class CorpusRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A generator for one stream of a seed, such as (seed, chunk, titles).</summary>
    public CorpusRandom(long seed, long stream = 0, long substream = 0)
    {
        var x = Mix((ulong)seed) ^ Mix((ulong)stream + 0x9E3779B97F4A7C15UL) ^ Mix(((ulong)substream << 1) + 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextULong()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="count"/>), by a multiply-shift, whose bias is far below anything a corpus could show.</summary>
    public int Next(int count) => (int)(((NextULong() >> 32) * (ulong)count) >> 32);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A standard normal deviate (Box-Muller; the second value is dropped for simplicity).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A well-mixed 64-bit value of <paramref name="value"/> (the SplitMix64 finalizer).</summary>
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }
}
