using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Issue 13: the interactive token makes Retail orders (no fee, 300 ms speed bump); past a Retail limit the account pays Pro fees.</summary>
public sealed class RetailOrderTests
{
    private static long _sequence = 7_400_000_000_000_000_000;

    private static string NextId() => Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Interactive_token_orders_fill_without_fee_after_the_speed_bump()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { InteractiveToken = true });
        var id = NextId();
        var clock = Stopwatch.StartNew();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"answered after {clock.ElapsedMilliseconds} ms, inside the speed bump");
        Assert.Equal(1, emulator.Stats.InteractiveTokens);
        var fill = Assert.Single(emulator.Fills());
        Assert.Equal(0m, fill.Fee);
        var read = await client.GetFillsAsync(id, CancellationToken.None);
        Assert.Equal(0m, Assert.Single(read.Value).Fee);
        Assert.False(emulator.Retail.IsDemoted(emulator.Account.Id));
    }

    [Fact]
    public async Task The_refreshed_token_is_interactive_too_so_orders_stay_retail()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Time = time, RetailSpeedBump = TimeSpan.Zero });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { InteractiveToken = true }, time);

        Assert.True((await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);
        time.Advance(TimeSpan.FromSeconds(290)); // past the refresh point of the 5-minute token
        Assert.True((await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Sell, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);

        Assert.Equal(2, client.TokensIssued);
        Assert.Equal(2, emulator.Stats.InteractiveTokens);
        Assert.Equal([0m, 0m], emulator.Fills().Select(f => f.Fee));
    }

    [Fact]
    public async Task Standard_token_orders_are_pro_and_pay_the_fee()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        var placed = await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.Equal(0, emulator.Stats.InteractiveTokens);
        Assert.True(Assert.Single(emulator.Fills()).Fee > 0m);
    }

    [Fact]
    public async Task Going_past_a_retail_limit_switches_the_account_to_pro_fees()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions
        {
            RetailLimits = [(TimeSpan.FromMinutes(1), 2)], // a small limit: the third order in a minute breaks it
        });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { InteractiveToken = true });

        foreach (var side in new[] { Side.Buy, Side.Sell, Side.Buy })
        {
            Assert.True((await client.PlaceOrderAsync(new OrderRequest(NextId(), side, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);
        }

        var fees = emulator.Fills().Select(f => f.Fee).ToList();
        Assert.Equal(3, fees.Count);
        Assert.Equal([0m, 0m], fees.Take(2));
        Assert.True(fees[2] > 0m, "the order past the limit pays the Pro fee");
        Assert.True(emulator.Retail.IsDemoted(emulator.Account.Id));
        Assert.Equal(3, emulator.Retail.MostIn(TimeSpan.FromMinutes(1)));
    }
}
