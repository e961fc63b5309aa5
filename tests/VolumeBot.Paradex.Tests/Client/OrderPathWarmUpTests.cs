using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Connect signs throwaway orders so the first close is signed by optimised code; none of them is sent.</summary>
public sealed class OrderPathWarmUpTests
{
    [Fact]
    public async Task Connect_signs_the_warm_up_orders_sends_none_and_the_first_real_order_is_accepted()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { WarmUpOrders = 9 });

        Assert.Equal(9, client.WarmedUpOrders);
        Assert.Empty(emulator.Stats.OrderMarks);
        Assert.Equal(0, emulator.Stats.OrdersAccepted);

        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var placed = await client.PlaceOrderAsync(new OrderRequest("7400000000000000001", Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 5m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.Equal(1, emulator.Stats.OrdersAccepted);
        Assert.Equal(0, emulator.Stats.SignatureRejections);
    }

    [Fact]
    public void A_client_warms_up_by_default()
    {
        Assert.True(new ParadexClientOptions { Environment = ParadexEnvironment.Testnet, Market = "BTC-USD-PERP", Key = Signing.StarkKey.FromHex("0x1") }.WarmUpOrders >= 100);
    }
}
