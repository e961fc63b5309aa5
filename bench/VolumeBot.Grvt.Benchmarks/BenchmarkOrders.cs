using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Benchmarks;

/// <summary>A deterministic, varied set of orders (sides, sizes, prices, time in force, nonces) to sign.</summary>
internal static class BenchmarkOrders
{
    private static readonly GrvtInstrument[] Instruments =
    [
        new("BTC_USDT_Perp", "0x030501", 9),
        new("ETH_USDT_Perp", "0x030401", 9),
    ];

    public static IReadOnlyList<GrvtOrderRequest> Create(int count, int seed)
    {
        var random = new Random(seed);
        var orders = new List<GrvtOrderRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var instrument = Instruments[i % Instruments.Length];
            var isMarket = random.Next(5) == 0;
            var timeInForce = isMarket ? GrvtTimeInForce.ImmediateOrCancel : (GrvtTimeInForce)random.Next(1, 5);
            orders.Add(new GrvtOrderRequest
            {
                Instrument = instrument,
                SubAccountId = (ulong)random.NextInt64(1, long.MaxValue),
                Side = random.Next(2) == 0 ? GrvtOrderSide.Buy : GrvtOrderSide.Sell,
                Size = random.Next(1, 50_000) / 1000m,
                LimitPrice = isMarket ? null : random.Next(1_000_000, 100_000_000) / 10m,
                TimeInForce = timeInForce,
                PostOnly = timeInForce == GrvtTimeInForce.GoodTillTime && random.Next(2) == 0,
                ReduceOnly = random.Next(4) == 0,
                ClientOrderId = (ulong)random.NextInt64() | (1UL << 63),
                Nonce = (uint)random.NextInt64(0, uint.MaxValue + 1L),
                ExpirationNs = 1_767_225_600_000_000_000 + random.NextInt64(0, 2_592_000_000_000_000),
            });
        }

        return orders;
    }
}
