using System.Diagnostics;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Timing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 11, the hot path: the bot's own part of open fill to close sent is timed on every close.</summary>
public class CloseLatencyTests
{
    [Fact]
    public void Each_close_is_timed_from_the_fill_event_to_the_request_handed_to_the_transport()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 2));
        h.Venue.OnPlace = _ =>
        {
            CloseLatency.RequestHandedToTransport(); // what the venue's HTTP layer does for every request, opens too
            return null;
        };

        h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m);
        });

        Assert.Equal(2, h.Bot.CloseLatency.Count); // the two closes; the opens are not closes
        var figures = h.Bot.CloseLatency.Figures()!;
        Assert.InRange(figures.P50, 0, figures.P99);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("[LATENCY] Open fill to close sent (the bot's own part): 2 closes, p50 ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_open_whose_fill_came_over_rest_is_not_timed()
    {
        var venue = new ScriptedVenue { DropFillEvents = true }; // the wait for REST is the venue's, not the bot's
        var h = new BotHarness(BotHarness.Boost(), venue);
        venue.OnPlace = _ =>
        {
            CloseLatency.RequestHandedToTransport();
            return null;
        };

        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(0, h.Bot.CloseLatency.Count);
        Assert.DoesNotContain(h.Log.Lines, l => l.Contains("[LATENCY]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_venue_client_that_never_reaches_a_transport_times_nothing()
    {
        var latency = new CloseLatency();
        latency.OpenFilled(Stopwatch.GetTimestamp());
        using (latency.BeginClose())
        {
            // a paper venue: no HTTP request
        }

        CloseLatency.RequestHandedToTransport(); // outside a close: ignored

        Assert.Equal(0, latency.Count);
        Assert.Null(latency.Figures());
    }

    [Fact]
    public void Percentiles_are_of_the_closes_kept()
    {
        var latency = new CloseLatency();
        for (var i = 0; i < 100; i++)
        {
            latency.OpenFilled(Stopwatch.GetTimestamp() - (i + 1) * Stopwatch.Frequency / 1_000_000 * 10); // 10 us steps
            using (latency.BeginClose())
            {
                CloseLatency.RequestHandedToTransport();
            }
        }

        var figures = latency.Figures()!;
        Assert.Equal(100, figures.Count);
        Assert.InRange(figures.P50, 500, 600); // the 50th of 10, 20, ... 1,000 us, plus the time the loop took
        Assert.InRange(figures.P99, 990, 1_100);
        Assert.True(figures.Max >= figures.P99);
    }
}
