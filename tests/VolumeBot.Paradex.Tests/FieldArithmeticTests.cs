using System.Numerics;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests;

/// <summary>The limb arithmetic against System.Numerics.BigInteger on edge values and seeded random values.</summary>
public class FieldArithmeticTests
{
    private static readonly BigInteger P = StarkCurve.FieldPrime.ToBigInteger();
    private static readonly BigInteger N = StarkCurve.Order.ToBigInteger();

    [Fact]
    public void Field_operations_match_big_integer()
    {
        foreach (var (a, b) in Pairs(P))
        {
            var fa = FieldElement.FromFelt(Felt.FromBigInteger(a));
            var fb = FieldElement.FromFelt(Felt.FromBigInteger(b));

            Assert.Equal(a, fa.ToFelt().ToBigInteger());
            Assert.Equal((a + b) % P, FieldElement.Add(fa, fb).ToFelt().ToBigInteger());
            Assert.Equal(((a - b) % P + P) % P, FieldElement.Sub(fa, fb).ToFelt().ToBigInteger());
            Assert.Equal(a * b % P, FieldElement.Mul(fa, fb).ToFelt().ToBigInteger());
            Assert.Equal(a * a % P, FieldElement.Square(fa).ToFelt().ToBigInteger());
            if (!a.IsZero)
            {
                Assert.Equal(BigInteger.ModPow(a, P - 2, P), FieldElement.Inverse(fa).ToFelt().ToBigInteger());
            }
        }
    }

    [Fact]
    public void Scalar_operations_match_big_integer()
    {
        foreach (var (a, b) in Pairs(N))
        {
            var sa = Scalar.FromFelt(Felt.FromBigInteger(a));
            var sb = Scalar.FromFelt(Felt.FromBigInteger(b));

            Assert.Equal((a + b) % N, Scalar.Add(sa, sb).ToFelt().ToBigInteger());
            Assert.Equal(a * b % N, Scalar.Mul(sa, sb).ToFelt().ToBigInteger());
            if (!a.IsZero)
            {
                Assert.Equal(BigInteger.ModPow(a, N - 2, N), Scalar.Inverse(sa).ToFelt().ToBigInteger());
            }
        }
    }

    [Fact]
    public void SafeGcd_inverse_matches_fermat_for_both_moduli()
    {
        foreach (var modulus in new[] { P, N })
        {
            var inverter = new SafeGcdInverse(Felt.FromBigInteger(modulus));
            var random = new Random(99);
            var values = new List<BigInteger> { 1, 2, 3, modulus - 1, modulus - 2, (modulus - 1) / 2, BigInteger.Pow(2, 250), BigInteger.Pow(2, 62) - 1 };
            for (var i = 0; i < 2000; i++)
            {
                values.Add(1 + RandomBelow(random, modulus - 1));
                values.Add(1 + RandomBelow(random, BigInteger.Pow(2, random.Next(1, 250))));
            }

            foreach (var x in values)
            {
                Assert.Equal(BigInteger.ModPow(x, modulus - 2, modulus), inverter.Invert(Felt.FromBigInteger(x)).ToBigInteger());
            }
        }
    }

    [Fact]
    public void Scalar_reduces_any_256_bit_value()
    {
        var max = BigInteger.Pow(2, 256) - 1;

        Assert.Equal(max % N, Scalar.FromFelt(Felt.FromBigInteger(max)).ToFelt().ToBigInteger());
    }

    [Fact]
    public void Square_root_of_a_square_squares_back()
    {
        var random = new Random(7);
        for (var i = 0; i < 5; i++)
        {
            var x = FieldElement.FromFelt(Felt.FromBigInteger(RandomBelow(random, P)));
            var square = FieldElement.Square(x);

            Assert.True(FieldSqrt.TrySqrt(square, out var root));
            Assert.True(FieldElement.Square(root).Equals(square));
        }
    }

    [Fact]
    public void Generator_has_order_n()
    {
        var nMinusOne = GeneratorTable.Multiply(Felt.Subtract(StarkCurve.Order, 1)).ToAffine();

        Assert.Equal(StarkCurve.GeneratorX, nMinusOne.X.ToFelt());
        Assert.Equal(StarkCurve.FieldPrime.ToBigInteger() - StarkCurve.GeneratorY.ToBigInteger(), nMinusOne.Y.ToFelt().ToBigInteger());
    }

    [Fact]
    public void Fixed_base_table_matches_double_and_add()
    {
        var random = new Random(11);
        for (var i = 0; i < 5; i++)
        {
            var k = Felt.FromBigInteger(RandomBelow(random, N));

            var table = GeneratorTable.Multiply(k).ToAffine();
            var ladder = VariableBase.Multiply(AffinePoint.Generator, k).ToAffine();

            Assert.Equal(ladder.X.ToFelt(), table.X.ToFelt());
            Assert.Equal(ladder.Y.ToFelt(), table.Y.ToFelt());
        }
    }

    private static IEnumerable<(BigInteger A, BigInteger B)> Pairs(BigInteger modulus)
    {
        BigInteger[] edges = [0, 1, 2, modulus - 1, modulus - 2, BigInteger.Pow(2, 64) - 1, BigInteger.Pow(2, 192), BigInteger.Pow(2, 251) - 1];
        foreach (var a in edges)
        {
            foreach (var b in edges)
            {
                yield return (a, b);
            }
        }

        var random = new Random(42);
        for (var i = 0; i < 3000; i++)
        {
            yield return (RandomBelow(random, modulus), RandomBelow(random, modulus));
        }
    }

    private static BigInteger RandomBelow(Random random, BigInteger bound)
    {
        var bytes = new byte[33];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) % bound;
    }
}
