using System.Buffers.Binary;
using System.Text;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// EIP-712 hashing of GRVT <c>Order</c> messages. The domain is name "GRVT Exchange", version "0" and the
/// chain id only: GRVT's domain has no verifyingContract and no salt (adding one breaks every signature).
/// The domain separator is computed once per instance.
/// </summary>
public sealed class Eip712OrderHasher
{
    public const string DomainName = "GRVT Exchange";
    public const string DomainVersion = "0";
    public const string DomainEncodeType = "EIP712Domain(string name,string version,uint256 chainId)";
    public const string OrderLegEncodeType = "OrderLeg(uint256 assetID,uint64 contractSize,uint64 limitPrice,bool isBuyingContract)";
    public const string OrderEncodeType =
        "Order(uint64 subAccountID,bool isMarket,uint8 timeInForce,bool postOnly,bool reduceOnly,OrderLeg[] legs,uint32 nonce,int64 expiration)"
        + OrderLegEncodeType;

    private const int Word = 32;
    private const int LegEncodedSize = 5 * Word;
    private const int OrderEncodedSize = 9 * Word;
    private const int DigestPreimageSize = 2 + 2 * Word;
    private const int MaxLegsOnStack = 8;

    private static readonly byte[] DomainTypeHashBytes = Keccak256.Hash(Encoding.ASCII.GetBytes(DomainEncodeType));
    private static readonly byte[] OrderLegTypeHashBytes = Keccak256.Hash(Encoding.ASCII.GetBytes(OrderLegEncodeType));
    private static readonly byte[] OrderTypeHashBytes = Keccak256.Hash(Encoding.ASCII.GetBytes(OrderEncodeType));

    private readonly byte[] _domainSeparator;

    public Eip712OrderHasher(ulong chainId)
    {
        ChainId = chainId;
        _domainSeparator = ComputeDomainSeparator(chainId);
    }

    public ulong ChainId { get; }
    public ReadOnlySpan<byte> DomainSeparator => _domainSeparator;

    public static ReadOnlySpan<byte> DomainTypeHash => DomainTypeHashBytes;
    public static ReadOnlySpan<byte> OrderLegTypeHash => OrderLegTypeHashBytes;
    public static ReadOnlySpan<byte> OrderTypeHash => OrderTypeHashBytes;

    /// <summary>keccak256(typeHash ‖ keccak256(name) ‖ keccak256(version) ‖ uint256(chainId)).</summary>
    public static byte[] ComputeDomainSeparator(ulong chainId)
    {
        Span<byte> encoded = stackalloc byte[4 * Word];
        encoded.Clear();
        DomainTypeHashBytes.CopyTo(encoded);
        Keccak256.Hash(Encoding.UTF8.GetBytes(DomainName), encoded[Word..]);
        Keccak256.Hash(Encoding.UTF8.GetBytes(DomainVersion), encoded[(2 * Word)..]);
        WriteUInt(encoded[(3 * Word)..], chainId);
        return Keccak256.Hash(encoded);
    }

    /// <summary>The 32 bytes that get ECDSA-signed: keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ hashStruct(order)).</summary>
    public void ComputeDigest(OrderTypedData order, Span<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(order);
        Span<byte> legsArrayHash = stackalloc byte[Word];
        HashLegs(order.Legs, legsArrayHash);

        Span<byte> orderEncoded = stackalloc byte[OrderEncodedSize];
        EncodeOrder(order, legsArrayHash, orderEncoded);

        Span<byte> preimage = stackalloc byte[DigestPreimageSize];
        WritePreimagePrefix(preimage);
        Keccak256.Hash(orderEncoded, preimage[(2 + Word)..]);
        Keccak256.Hash(preimage, digest);
    }

    public byte[] ComputeDigest(OrderTypedData order)
    {
        var digest = new byte[Word];
        ComputeDigest(order, digest);
        return digest;
    }

    /// <summary>Every intermediate value of the hashing, for diagnostics and test vectors.</summary>
    public OrderHashTrace Trace(OrderTypedData order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var legEncodings = new List<byte[]>(order.Legs.Count);
        var legHashes = new List<byte[]>(order.Legs.Count);
        var concatenatedLegHashes = new byte[order.Legs.Count * Word];
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var encoded = new byte[LegEncodedSize];
            EncodeLeg(order.Legs[i], encoded);
            var hash = Keccak256.Hash(encoded);
            hash.CopyTo(concatenatedLegHashes, i * Word);
            legEncodings.Add(encoded);
            legHashes.Add(hash);
        }

        var legsArrayHash = Keccak256.Hash(concatenatedLegHashes);
        var orderEncoded = new byte[OrderEncodedSize];
        EncodeOrder(order, legsArrayHash, orderEncoded);
        var orderStructHash = Keccak256.Hash(orderEncoded);

        var preimage = new byte[DigestPreimageSize];
        WritePreimagePrefix(preimage);
        orderStructHash.CopyTo(preimage, 2 + Word);

        return new OrderHashTrace(
            _domainSeparator.ToArray(), legEncodings, legHashes, legsArrayHash, orderEncoded, orderStructHash, preimage, Keccak256.Hash(preimage));
    }

    private static void HashLegs(IReadOnlyList<OrderLegTypedData> legs, Span<byte> legsArrayHash)
    {
        var concatenated = legs.Count <= MaxLegsOnStack ? stackalloc byte[legs.Count * Word] : new byte[legs.Count * Word];
        Span<byte> legEncoded = stackalloc byte[LegEncodedSize];
        for (var i = 0; i < legs.Count; i++)
        {
            EncodeLeg(legs[i], legEncoded);
            Keccak256.Hash(legEncoded, concatenated.Slice(i * Word, Word));
        }

        Keccak256.Hash(concatenated, legsArrayHash);
    }

    private static void EncodeLeg(in OrderLegTypedData leg, Span<byte> encoded)
    {
        encoded.Clear();
        OrderLegTypeHashBytes.CopyTo(encoded);
        leg.AssetId.WriteBigEndian(encoded[Word..]);
        WriteUInt(encoded[(2 * Word)..], leg.ContractSize);
        WriteUInt(encoded[(3 * Word)..], leg.LimitPrice);
        WriteBool(encoded[(4 * Word)..], leg.IsBuyingContract);
    }

    private static void EncodeOrder(OrderTypedData order, ReadOnlySpan<byte> legsArrayHash, Span<byte> encoded)
    {
        encoded.Clear();
        OrderTypeHashBytes.CopyTo(encoded);
        WriteUInt(encoded[Word..], order.SubAccountId);
        WriteBool(encoded[(2 * Word)..], order.IsMarket);
        WriteUInt(encoded[(3 * Word)..], (byte)order.TimeInForce);
        WriteBool(encoded[(4 * Word)..], order.PostOnly);
        WriteBool(encoded[(5 * Word)..], order.ReduceOnly);
        legsArrayHash.CopyTo(encoded[(6 * Word)..]);
        WriteUInt(encoded[(7 * Word)..], order.Nonce);
        WriteInt(encoded[(8 * Word)..], order.Expiration);
    }

    private void WritePreimagePrefix(Span<byte> preimage)
    {
        preimage[0] = 0x19;
        preimage[1] = 0x01;
        _domainSeparator.CopyTo(preimage[2..]);
    }

    /// <summary>uintN: big-endian in the low bytes of a zeroed word.</summary>
    private static void WriteUInt(Span<byte> word, ulong value) =>
        BinaryPrimitives.WriteUInt64BigEndian(word[(Word - 8)..], value);

    /// <summary>intN: two's complement sign-extended to 256 bits.</summary>
    private static void WriteInt(Span<byte> word, long value)
    {
        word[..(Word - 8)].Fill(value < 0 ? (byte)0xFF : (byte)0x00);
        BinaryPrimitives.WriteInt64BigEndian(word[(Word - 8)..], value);
    }

    private static void WriteBool(Span<byte> word, bool value) => word[Word - 1] = value ? (byte)1 : (byte)0;
}

/// <summary>The EIP-712 intermediates of one order (all hashes are 32 bytes).</summary>
public sealed record OrderHashTrace(
    byte[] DomainSeparator,
    IReadOnlyList<byte[]> OrderLegEncodeData,
    IReadOnlyList<byte[]> OrderLegStructHashes,
    byte[] LegsArrayHash,
    byte[] OrderEncodeData,
    byte[] OrderStructHash,
    byte[] DigestPreimage,
    byte[] Digest);
