using System.Globalization;
using VolumeBot.Cli.Metrics;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests.Metrics;

/// <summary>What the metered venue counts on its way through: errors by kind, restored streams, open orders; and the order-budget hook.</summary>
public class MeteredVenueTests
{
    [Fact]
    public async Task Errors_reconnects_and_open_orders_seen_through_the_venue_are_scraped()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var venue = EmulatorClients.Paradex(emulator);
        var port = FreePort.Next();
        await using var metrics = new RunMetrics(new MetricsEndpoint("127.0.0.1", port), "paradex", "BTC", "default", TimeProvider.System);
        Assert.Null(metrics.Start());
        var metered = metrics.Meter(venue);
        var budget = 1_500d;
        metrics.OrderBudgetFrom(() => budget);

        Assert.True((await metered.ConnectAsync(CancellationToken.None)).IsSuccess);
        var events = metered.Events;
        Assert.False((await metered.GetOrderAsync("9000000000000000001", CancellationToken.None)).IsSuccess);
        var top = (await metered.GetTopOfBookAsync(CancellationToken.None)).Value;
        Assert.True((await metered.PlaceOrderAsync(new OrderRequest("77", Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 50m), CancellationToken.None)).IsSuccess);
        emulator.Faults.DropWebSockets();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await events.ReadAsync(wait.Token) is not StreamRestored)
        {
            // order updates of the resting buy come first
        }

        budget = 1_498;
        var text = await FreePort.ScrapeUntilAsync(port, t => t.Contains("volumebot_reconnects_total{venue=\"paradex\",market=\"BTC\",account=\"default\"} 1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Contains("volumebot_reconnects_total{venue=\"paradex\",market=\"BTC\",account=\"default\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("volumebot_venue_errors_total{kind=\"NotFound\",venue=\"paradex\",market=\"BTC\",account=\"default\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("volumebot_open_orders{venue=\"paradex\",market=\"BTC\",account=\"default\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("volumebot_order_budget_remaining{venue=\"paradex\",market=\"BTC\",account=\"default\"} " + 1_498.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.DoesNotContain("volumebot_seconds_since_last_fill{", text, StringComparison.Ordinal); // no fill yet

        Assert.True((await metered.CancelOrderAsync("77", CancellationToken.None)).IsSuccess);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await metered.GetOpenOrdersAsync(CancellationToken.None)).Value.Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the cancelled order stayed open");
            await Task.Delay(50);
        }

        text = await FreePort.ScrapeUntilAsync(port, _ => true, TimeSpan.FromSeconds(5));
        Assert.Contains("volumebot_open_orders{venue=\"paradex\",market=\"BTC\",account=\"default\"} 0", text, StringComparison.Ordinal);
    }
}
