using System.Globalization;
using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using VolumeBot.Grvt.Signing;
using static VolumeBot.Grvt.Tests.Signing.Oracle;

namespace VolumeBot.Grvt.Tests.Signing;

/// <summary>
/// Nethereum's EIP-712 encoder and signer, an implementation independent of ours (and of ethers, which made the
/// vectors), must agree with the order path on random orders: the digest and all 65 signature bytes.
/// </summary>
public sealed class NethereumCrossCheckTests
{
    private const int Orders = 60;

    [Fact]
    public void Random_orders_hash_and_sign_as_nethereum_does()
    {
        var random = new Random(712);
        for (var i = 0; i < Orders; i++)
        {
            var privateKey = ToWord(Random(random, N - 1) + 1);
            var chainId = i % 2 == 0 ? GrvtChainId.Prod : GrvtChainId.Testnet;
            var order = RandomOrder(random);
            var json = TypedDataJson(order, chainId);

            var digest = new Eip712OrderHasher(chainId).ComputeDigest(order);
            Assert.Equal(Hex.Format(Eip712TypedDataEncoder.Current.EncodeAndHashTypedData(json)), Hex.Format(digest));

            var signature = EthereumKey.FromBytes(privateKey).Sign(digest);
            var expected = Eip712TypedDataSigner.Current.SignTypedDataV4(json, new EthECKey(privateKey, isPrivate: true));
            Assert.Equal(expected, Hex.Format(signature.ToRsv()), ignoreCase: true);
        }
    }

    private static OrderTypedData RandomOrder(Random random)
    {
        var legs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new OrderLegTypedData(
            new AssetId(NextUInt64(random), NextUInt64(random), NextUInt64(random), NextUInt64(random)),
            NextUInt64(random), random.Next(4) == 0 ? 0 : NextUInt64(random), random.Next(2) == 0)).ToList();
        return new OrderTypedData(
            NextUInt64(random), random.Next(2) == 0, (GrvtTimeInForce)random.Next(1, 5), random.Next(2) == 0, random.Next(2) == 0,
            legs, (uint)random.NextInt64(0, (long)uint.MaxValue + 1), random.NextInt64(long.MinValue, long.MaxValue));
    }

    private static ulong NextUInt64(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    /// <summary>The eth_signTypedData_v4 document of an order, as GRVT's SDKs build it.</summary>
    private static string TypedDataJson(OrderTypedData order, ulong chainId)
    {
        static JsonArray Fields(params (string Name, string Type)[] fields) =>
            [.. fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type })];
        static string Text<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

        var document = new JsonObject
        {
            ["types"] = new JsonObject
            {
                ["EIP712Domain"] = Fields(("name", "string"), ("version", "string"), ("chainId", "uint256")),
                ["Order"] = Fields(
                    ("subAccountID", "uint64"), ("isMarket", "bool"), ("timeInForce", "uint8"), ("postOnly", "bool"),
                    ("reduceOnly", "bool"), ("legs", "OrderLeg[]"), ("nonce", "uint32"), ("expiration", "int64")),
                ["OrderLeg"] = Fields(("assetID", "uint256"), ("contractSize", "uint64"), ("limitPrice", "uint64"), ("isBuyingContract", "bool")),
            },
            ["primaryType"] = "Order",
            ["domain"] = new JsonObject { ["name"] = Eip712OrderHasher.DomainName, ["version"] = Eip712OrderHasher.DomainVersion, ["chainId"] = chainId },
            ["message"] = new JsonObject
            {
                ["subAccountID"] = Text(order.SubAccountId),
                ["isMarket"] = order.IsMarket,
                ["timeInForce"] = (int)order.TimeInForce,
                ["postOnly"] = order.PostOnly,
                ["reduceOnly"] = order.ReduceOnly,
                ["legs"] = new JsonArray([.. order.Legs.Select(leg => (JsonNode)new JsonObject
                {
                    ["assetID"] = leg.AssetId.ToString(),
                    ["contractSize"] = Text(leg.ContractSize),
                    ["limitPrice"] = Text(leg.LimitPrice),
                    ["isBuyingContract"] = leg.IsBuyingContract,
                })]),
                ["nonce"] = order.Nonce,
                ["expiration"] = Text(order.Expiration),
            },
        };
        return document.ToJsonString();
    }
}
