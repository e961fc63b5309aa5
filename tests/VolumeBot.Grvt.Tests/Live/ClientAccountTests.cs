using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

/// <summary>Issue 9 items 1 and 7 on the wire: the account's fill history since a time, the instrument's size limit and the free margin.</summary>
public class ClientAccountTests
{
    [Fact]
    public async Task Fills_since_a_time_are_every_fill_of_the_account_on_the_market_oldest_first()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var ids = new ClientOrderIds(null, new Random(41));
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var top = await venue.TopAsync();
        var first = ids.Next();
        var second = ids.Next();
        foreach (var id in new[] { first, second })
        {
            Assert.True((await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.ImmediateOrCancel, 0.5m, top.BestAsk + 0.5m), CancellationToken.None)).IsSuccess);
            await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
        }

        var since = await venue.Client.GetFillsSinceAsync(before, CancellationToken.None);
        var later = await venue.Client.GetFillsSinceAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.True(since.IsSuccess, since.ToString());
        var emulated = venue.Emulator.Fills;
        Assert.True(emulated.Count >= 2);
        Assert.Equal(emulated.Select(f => f.TradeId), since.Value.Select(f => f.FillId));
        Assert.Equal(since.Value.OrderBy(f => f.Time).Select(f => f.FillId), since.Value.Select(f => f.FillId));
        Assert.Equal([first, second], since.Value.Select(f => f.ClientOrderId).Distinct());
        Assert.True(later.IsSuccess);
        Assert.Empty(later.Value);
    }

    [Fact]
    public async Task The_instruments_max_position_size_and_the_accounts_available_balance_are_read()
    {
        var options = GrvtTestVenue.EmulatorOptions() with { MaxPositionSize = 25m, AvailableBalance = 1234.5m };
        await using var venue = await GrvtTestVenue.StartAsync(options, connect: false);

        var rules = await venue.Client.ConnectAsync(CancellationToken.None);
        var capacity = await venue.Client.GetAccountCapacityAsync(CancellationToken.None);

        Assert.Equal(25m, rules.Value.MaxOrderSize);
        Assert.Null(rules.Value.InitialMarginFraction);
        Assert.True(capacity.IsSuccess, capacity.ToString());
        Assert.Equal(1234.5m, capacity.Value.FreeCollateral);
    }
}
