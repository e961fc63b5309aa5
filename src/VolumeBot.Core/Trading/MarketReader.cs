using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>Reads the top of book with retries; the loop never acts on a crossed or empty book.</summary>
public sealed class MarketReader
{
    private const int Attempts = 5;
    private readonly IExchangeClient _venue;
    private readonly Backoff _backoff;
    private readonly ActivityLog _log;

    public MarketReader(IExchangeClient venue, BotTimings timings, TimeProvider time, ActivityLog log)
    {
        _venue = venue;
        _backoff = new Backoff(timings, time);
        _log = log;
    }

    /// <summary>A usable top of book, or null after the retries (the caller skips this round).</summary>
    public async Task<TopOfBook?> ReadTopAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var result = await _venue.GetTopOfBookAsync(CancellationToken.None);
            if (result.IsSuccess && result.Value.IsUsable)
            {
                return result.Value;
            }

            var reason = result.IsSuccess ? $"no usable bid/ask ({result.Value.BestBid} / {result.Value.BestAsk})" : result.Error.Message;
            _log.Warn($"Market data unavailable: {reason}");
            try
            {
                await _backoff.WaitAsync(attempt, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        return null;
    }
}
