using System.Numerics;
using VolumeBot.Grvt.Signing.Secp256k1;
using static VolumeBot.Grvt.Tests.Signing.Oracle;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class FieldAndScalarArithmeticTests
{
    [Fact]
    public void Field_operations_agree_with_big_integer_arithmetic()
    {
        var samples = Samples(P, 60, seed: 1).ToList();
        foreach (var a in samples)
        {
            var fa = ToField(a);
            Assert.Equal(a, ToBig(fa));
            Assert.Equal(Mod(-a, P), ToBig(-fa));
            Assert.Equal(Mod(a * a, P), ToBig(fa.Square()));
            if (!a.IsZero)
                Assert.Equal(BigInteger.ModPow(a, P - 2, P), ToBig(fa.Invert()));

            foreach (var b in samples.Take(20))
            {
                var fb = ToField(b);
                Assert.Equal(Mod(a + b, P), ToBig(fa + fb));
                Assert.Equal(Mod(a - b, P), ToBig(fa - fb));
                Assert.Equal(Mod(a * b, P), ToBig(fa * fb));
                Assert.Equal(ToBig(fb * fa), ToBig(fa * fb));
            }
        }
    }

    [Fact]
    public void Field_square_root_finds_roots_of_squares_and_rejects_non_residues()
    {
        foreach (var a in Samples(P, 30, seed: 2))
        {
            var square = ToField(a).Square();
            Assert.True(square.TrySqrt(out var root));
            Assert.Equal(square, root.Square());
        }

        // -1 is not a square modulo p because p ≡ 3 (mod 4).
        Assert.False((-FieldElement.One).TrySqrt(out _));
    }

    [Fact]
    public void Field_rejects_values_not_below_p()
    {
        Assert.False(FieldElement.TryFromBigEndian(ToWord(P), out _));
        Assert.False(FieldElement.TryFromBigEndian(ToWord(BigInteger.Pow(2, 256) - 1), out _));
        Assert.True(FieldElement.TryFromBigEndian(ToWord(P - 1), out _));
    }

    [Fact]
    public void Scalar_operations_agree_with_big_integer_arithmetic()
    {
        var samples = Samples(N, 60, seed: 3).ToList();
        foreach (var a in samples)
        {
            var sa = ToScalar(a);
            Assert.Equal(a, ToBig(sa));
            Assert.Equal(Mod(-a, N), ToBig(-sa));
            Assert.Equal(a > N / 2, sa.IsHigh);
            if (!a.IsZero)
                Assert.Equal(BigInteger.ModPow(a, N - 2, N), ToBig(sa.Invert()));

            foreach (var b in samples.Take(20))
            {
                var sb = ToScalar(b);
                Assert.Equal(Mod(a + b, N), ToBig(sa + sb));
                Assert.Equal(Mod(a * b, N), ToBig(sa * sb));
                Assert.Equal(a < b, sa.IsLessThan(sb));
            }
        }
    }

    [Fact]
    public void Scalar_reduces_256_bit_values_modulo_n()
    {
        foreach (var value in new[] { N, N + 1, BigInteger.Pow(2, 256) - 1 })
        {
            var reduced = Scalar.FromBigEndianReduced(ToWord(value), out var wasReduced);
            Assert.True(wasReduced);
            Assert.Equal(value - N, ToBig(reduced));
            Assert.False(Scalar.TryFromBigEndianNonZero(ToWord(value), out _));
        }

        Assert.False(Scalar.TryFromBigEndianNonZero(new byte[32], out _));
    }
}
