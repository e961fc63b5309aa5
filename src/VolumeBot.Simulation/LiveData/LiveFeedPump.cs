using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Simulation.LiveData;

/// <summary>
/// Polls a venue's public book and trades on the clock and publishes them to a <see cref="LiveFeedMarket"/>. A trade is
/// new when the previous answer did not list it, and only trades after the first poll count (older ones happened
/// before any paper order existed). It owns the feed and disposes it with the paper venue.
/// </summary>
public sealed class LiveFeedPump(IPublicMarketData feed, LiveFeedMarket market, TimeProvider time, int depth = 20) : IMarketDriver, IAsyncDisposable
{
    private HashSet<string>? _previousTrades;

    public async Task<VenueError?> StartAsync(CancellationToken cancellationToken)
    {
        var rules = await feed.GetMarketRulesAsync(cancellationToken);
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        market.Rules = rules.Value;
        if (!await PollAsync(cancellationToken))
        {
            return new VenueError(VenueErrorKind.Unavailable, "no public order book from the venue");
        }

        market.Step(); // the first book is there before the first order
        return null;
    }

    /// <summary>One poll; false when the venue did not answer (the market keeps its last book).</summary>
    public async Task<bool> PollAsync(CancellationToken cancellationToken)
    {
        var book = await feed.GetOrderBookAsync(depth, cancellationToken);
        var trades = await feed.GetRecentTradesAsync(cancellationToken);
        if (!book.IsSuccess)
        {
            return false;
        }

        var fresh = new List<PublicTrade>();
        if (trades.IsSuccess)
        {
            if (_previousTrades is not null)
            {
                fresh.AddRange(trades.Value.Where(t => !_previousTrades.Contains(t.Id)).OrderBy(t => t.Time));
            }

            _previousTrades = trades.Value.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        }

        market.Publish(book.Value, fresh);
        return true;
    }

    public ValueTask DisposeAsync() => feed.DisposeAsync();

    public async Task RunAsync(Action advance, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(market.StepInterval, time, cancellationToken);
            await PollAsync(cancellationToken);
            advance();
        }
    }
}
