using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Benchmarks;

/// <summary>Per-primitive timings (run with the argument "micro") to see where signing time goes.</summary>
internal static class MicroBenchmarks
{
    public static void Run()
    {
        var a = FieldElement.FromFelt(Felt.ParseHex("0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804"));
        var b = FieldElement.FromFelt(Felt.ParseHex("0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a"));
        Measure("field mul", 2_000_000, () => { a = FieldElement.Mul(a, b); });
        Measure("field add", 2_000_000, () => { a = FieldElement.Add(a, b); });
        Measure("field inverse", 20_000, () => { a = FieldElement.Inverse(a); });
        var acc = JacobianPoint.FromAffine(AffinePoint.Generator);
        var g = AffinePoint.Generator;
        JacobianPoint.AddMixed(ref acc, g);
        Measure("mixed add", 200_000, () => JacobianPoint.AddMixed(ref acc, g));
        var x = Felt.ParseHex("0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804");
        var y = Felt.ParseHex("0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a");
        Measure("pedersen (full-size inputs)", 20_000, () => { x = Pedersen.Hash(x, y); });
        Measure("pedersen (small b)", 20_000, () => { x = Pedersen.Hash(x, 7UL); });
        var key = StarkKey.FromHex("0x3c1e9550e66958296d11b60f8e8e7a7ad990d07fa65d5f7652c4a6c87d4e3cc");
        var h = Felt.ParseHex("0x6976bbc29a9f96ce3bc04a1907f297ace169ccfb2b40b8c5e82da7256f3b22");
        Measure("sign", 5_000, () => key.Sign(h));
        var signature = key.Sign(h);
        var cached = StarkPublicKey.FromX(key.PublicKey);
        Measure("verify (x-only public key)", 500, () => StarkVerifier.Verify(key.PublicKey, h, signature));
        Measure("verify (cached StarkPublicKey)", 2_000, () => cached.Verify(h, signature));
        var hmacKey = new byte[32];
        var message = new byte[97];
        var digest = new byte[32];
        Measure("HMACSHA256.HashData (97 B)", 20_000, () => System.Security.Cryptography.HMACSHA256.HashData(hmacKey, message, digest));
        Measure("SHA256.HashData (97 B)", 20_000, () => System.Security.Cryptography.SHA256.HashData(message, digest));
        Measure("rfc6979 first candidate", 20_000, () => Rfc6979.Candidates(Felt.One, h).First());
        var k = Scalar.FromFelt(h);
        Measure("scalar inverse", 20_000, () => { k = Scalar.Inverse(k); });
        Measure("generator mul", 20_000, () => GeneratorTable.Multiply(h));
    }

    private static void Measure(string name, int iterations, Action action)
    {
        for (var i = 0; i < iterations / 10; i++)
        {
            action();
        }

        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var start = ThreadCpuClock.NowNanoseconds();
            for (var i = 0; i < iterations; i++)
            {
                action();
            }

            best = Math.Min(best, (double)(ThreadCpuClock.NowNanoseconds() - start) / iterations);
        }

        Console.WriteLine($"  {name,-30}: {best,10:F1} ns (thread CPU time, best of 3)");
    }
}
