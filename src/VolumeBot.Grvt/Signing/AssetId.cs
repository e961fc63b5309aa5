using System.Buffers.Binary;
using System.Numerics;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// The uint256 assetID of an order leg: the instrument's <c>instrument_hash</c> read as an unsigned
/// hex integer (e.g. "0x030501" → 197889). Stored as four big-endian words so encoding never allocates.
/// </summary>
public readonly record struct AssetId(ulong Word0, ulong Word1, ulong Word2, ulong Word3)
{
    public static AssetId FromInstrumentHash(string instrumentHash)
    {
        var bytes = Hex.ParseUnsigned(instrumentHash, 32);
        return new AssetId(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(8)),
            BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(16)),
            BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(24)));
    }

    /// <summary>The 32-byte EIP-712 encoding (big-endian uint256).</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, Word0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Word1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], Word2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], Word3);
    }

    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    public override string ToString() => ToBigInteger().ToString();
}
