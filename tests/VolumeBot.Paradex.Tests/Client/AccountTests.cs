using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Issue 9 items 1 and 7 on the wire: the account's fills since a time, the market's size limit and margin fraction, the free collateral.</summary>
public sealed class AccountTests
{
    [Fact]
    public async Task Fills_since_a_time_are_every_fill_of_the_account_on_the_market_oldest_first()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var ids = new ClientOrderIds(null, new Random(43));
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var first = ids.Next();
        var second = ids.Next();
        foreach (var id in new[] { first, second })
        {
            Assert.True((await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.ImmediateOrCancel, 0.02m, top.BestAsk + 2m), CancellationToken.None)).IsSuccess);
            await events.WaitForStatusAsync(id, OrderStatus.Filled);
        }

        var since = await client.GetFillsSinceAsync(before, CancellationToken.None);
        var later = await client.GetFillsSinceAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.True(since.IsSuccess, since.ToString());
        var emulated = emulator.Fills();
        Assert.True(emulated.Count >= 2);
        Assert.Equal(emulated.Select(f => f.FillId).Order(), since.Value.Select(f => f.FillId).Order());
        Assert.Equal(since.Value.OrderBy(f => f.Time).Select(f => f.FillId), since.Value.Select(f => f.FillId));
        Assert.Equal([first, second], since.Value.Select(f => f.ClientOrderId).Distinct());
        Assert.True(later.IsSuccess);
        Assert.Empty(later.Value);
    }

    [Fact]
    public async Task The_markets_max_order_size_and_margin_fraction_and_the_accounts_free_collateral_are_read()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { MaxOrderSize = 40m, InitialMarginFraction = 0.05m, FreeCollateral = 2500.25m });
        await using var client = new ParadexClient(ParadexTestClients.Options(emulator));

        var rules = await client.ConnectAsync(CancellationToken.None);
        var capacity = await client.GetAccountCapacityAsync(CancellationToken.None);

        Assert.True(rules.IsSuccess, rules.ToString());
        Assert.Equal((40m, 0.05m), (rules.Value.MaxOrderSize, rules.Value.InitialMarginFraction));
        Assert.True(capacity.IsSuccess, capacity.ToString());
        Assert.Equal(2500.25m, capacity.Value.FreeCollateral);
    }
}
