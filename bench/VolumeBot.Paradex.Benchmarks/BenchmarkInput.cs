using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Benchmarks;

/// <summary>Deterministic orders and a throwaway key shared by the C# and the starknet.js runs.</summary>
internal sealed class BenchmarkInput
{
    // a benchmark-only key; never used for anything real and never printed
    private const string BenchmarkPrivateKey = "0x3c1e9550e66958296d11b60f8e8e7a7ad990d07fa65d5f7652c4a6c87d4e3cc";

    private static readonly string[] Markets = ["BTC-USD-PERP", "ETH-USD-PERP", "SOL-USD-PERP", "DOGE-USD-PERP"];

    private BenchmarkInput(int orderCount)
    {
        Key = StarkKey.FromHex(BenchmarkPrivateKey);
        PrivateKeyHex = BenchmarkPrivateKey;
        Domain = ParadexDomain.Mainnet;
        Account = AccountAddress.Derive(Key.PublicKey, new ParaclearClassHashes(
            Felt.ParseHex("0x41cb0280ebadaa75f996d8d92c6f265f6d040bb3ba442e5f86a554f1765244e"),
            Felt.ParseHex("0x3530cc4759d78042f1b543bf797f5f3d647cde0388c33734cf91b7f7b9314a9")));
        Orders = [.. Enumerable.Range(0, orderCount).Select(CreateOrder)];
    }

    public StarkKey Key { get; }

    public string PrivateKeyHex { get; }

    public ParadexDomain Domain { get; }

    public Felt Account { get; }

    public IReadOnlyList<ParadexOrder> Orders { get; }

    public static BenchmarkInput Create(int orderCount) => new(orderCount);

    private static ParadexOrder CreateOrder(int i)
    {
        var market = i % 11 == 0;
        return new ParadexOrder
        {
            Market = Markets[i % Markets.Length],
            Side = i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell,
            Type = market ? ParadexOrderType.Market : ParadexOrderType.Limit,
            Size = $"{(i % 50) + 1}.{i % 1000:D3}",
            Price = market ? null : $"{60000 + (i * 7 % 9000)}.{i % 10}",
            Instruction = market ? ParadexInstruction.GoodTillCancel : ParadexInstruction.PostOnly,
            SignatureTimestampMs = 1_735_689_600_000 + (i * 37L),
        };
    }
}
