using System.Numerics;

namespace VolumeBot.Paradex.Signing;

/// <summary>Stark curve y² = x³ + α·x + β over F_p, generator G of prime order n (cofactor 1).</summary>
public static class StarkCurve
{
    /// <summary>p = 2^251 + 17·2^192 + 1.</summary>
    public static readonly Felt FieldPrime = Felt.ParseHex("0x800000000000011000000000000000000000000000000000000000000000001");

    /// <summary>n, the order of the generator.</summary>
    public static readonly Felt Order = Felt.ParseHex("0x800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2f");

    public static readonly Felt Alpha = Felt.One;

    public static readonly Felt Beta = Felt.ParseHex("0x6f21413efbe40de150e596d72f7a8c5609ad26c15c915c1f4cdfcb99cee9e89");

    public static readonly Felt GeneratorX = Felt.ParseHex("0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca");

    public static readonly Felt GeneratorY = Felt.ParseHex("0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f");

    /// <summary>2^251: upper bound (exclusive) for message hashes, r and s⁻¹.</summary>
    public static readonly Felt SignatureBound = new(0, 0, 0, 1UL << 59);

    internal static readonly BigInteger FieldPrimeBig = FieldPrime.ToBigInteger();
}
