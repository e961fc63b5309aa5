using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 8 item 5: a wait of more than a few seconds says, once, what it waits for and until when.</summary>
public class WaitNoticeTests
{
    [Fact]
    public void Normal_mode_cooldown_says_once_until_when_it_waits()
    {
        var h = new BotHarness(BotHarness.Normal(maxCycles: 2)); // M 12, W 400: one resting take-profit -> 100 s
        var secondOpen = RunTwoCycles(h, async h =>
        {
            await h.FillTakeProfit();
            await h.FillTakeProfit(1);
        });

        var notices = h.Log.Lines.Where(l => l.StartsWith("Cooldown: 1 take-profit(s) resting, 1 min 40 s between opens: waiting until ", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices); // not once per 1 s re-check
        Assert.EndsWith(" (in 1 min 40 s)", notice, StringComparison.Ordinal);
        var until = TimeSpan.Parse(notice.Split("waiting until ")[1][..8], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(secondOpen.TimeOfDay - until, TimeSpan.Zero, TimeSpan.FromSeconds(2)); // the next open came when it said
    }

    [Fact]
    public void Boost_wait_time_says_until_when_and_short_waits_stay_quiet()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 2) with { WaitTime = TimeSpan.FromSeconds(30) });
        var secondOpen = RunTwoCycles(h);

        var notice = Assert.Single(h.Log.Lines, l => l.Contains("--wait-time 30 s between cycles: waiting until", StringComparison.Ordinal));
        Assert.EndsWith($"waiting until {secondOpen:HH:mm:ss} (in 30 s)", notice, StringComparison.Ordinal);

        var quick = new BotHarness(BotHarness.Boost(maxCycles: 2) with { WaitTime = TimeSpan.FromSeconds(2) });
        RunTwoCycles(quick);
        Assert.DoesNotContain(quick.Log.Lines, l => l.Contains("waiting until", StringComparison.Ordinal));
    }

    [Fact]
    public void Max_orders_says_it_waits_for_a_take_profit_to_fill()
    {
        var venue = new ScriptedVenue { Position = 2m };
        for (var i = 0; i < 2; i++)
        {
            venue.ExtraOpenOrders.Add(new OrderSnapshot($"tp-{i}", $"v-tp{i}", Side.Sell, OrderKind.PostOnly, 1.0m, 101m + i, OrderStatus.Open, 0m, null));
        }

        var h = new BotHarness(BotHarness.Normal() with { MaxOrders = 2, MaxCycles = null }, venue);
        using var stop = new CancellationTokenSource();
        h.Run(async h =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), h.Time);
            stop.Cancel();
        }, stop.Token);

        Assert.Empty(venue.Placed);
        Assert.Single(h.Log.Lines, l => l == "--max-orders 2: 2 take-profits resting, no new opens: waiting until one of them fills");
    }

    /// <summary>Fills two opens (then runs <paramref name="after"/>) and returns when the second open was placed.</summary>
    private static DateTimeOffset RunTwoCycles(BotHarness harness, Func<BotHarness, Task>? after = null)
    {
        DateTimeOffset secondOpen = default;
        harness.Run(async h =>
        {
            h.Venue.Fill((await h.NextPostOnly(h.Settings.Direction)).ClientOrderId, 1.0m);
            var second = await h.NextPostOnly(h.Settings.Direction, 1);
            secondOpen = h.Time.GetUtcNow();
            h.Venue.Fill(second.ClientOrderId, 1.0m);
            if (after is not null)
            {
                await after(h);
            }
        });
        return secondOpen;
    }
}
