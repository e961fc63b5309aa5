using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The venue as the loop sees it: every answer passes through unchanged, except an error that cannot heal, which
/// becomes a <see cref="VenueRefusalException"/> so that an open, a close, a cancel or a read that meets one stops
/// the run at once, whoever called. Connecting is left alone: start-up reports its own failure.
/// With a <see cref="VenueSilence"/> (hedged runs), a venue that has answered nothing for its limit is refused the
/// same way: every call from then on fails at once, and a call still waiting is cut off when the limit runs out.
/// </summary>
internal sealed class RefusalGuard(IExchangeClient venue, VenueSilence? silence = null, TimeProvider? time = null) : IExchangeClient
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string VenueName => venue.VenueName;

    public byte[]? ClientOrderIdKey => venue.ClientOrderIdKey;

    public ChannelReader<VenueEvent> Events => venue.Events;

    public Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => venue.ConnectAsync(cancellationToken);

    public Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetTopOfBookAsync(token), cancellationToken);

    public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetOrderBookAsync(depth, token), cancellationToken);

    public Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.PlaceOrderAsync(request, token), cancellationToken);

    public Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.CancelOrderAsync(clientOrderId, token), cancellationToken);

    public Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetOrderAsync(clientOrderId, token), cancellationToken);

    public Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetOpenOrdersAsync(token), cancellationToken);

    public Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetPositionAsync(token), cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetFillsAsync(clientOrderId, token), cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetFillsSinceAsync(since, token), cancellationToken);

    public Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) =>
        WatchedAsync(token => venue.GetAccountCapacityAsync(token), cancellationToken);

    /// <summary>Informational only: a failed fee read is logged by the bot and never stops the run.</summary>
    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => venue.GetFeeRatesAsync(cancellationToken);

    /// <summary>The bot does not own the venue: whoever made it disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<VenueResult<T>> WatchedAsync<T>(Func<CancellationToken, Task<VenueResult<T>>> call, CancellationToken cancellationToken)
    {
        if (silence is null)
        {
            return Checked(await call(cancellationToken));
        }

        ThrowIfDown();
        var sentAt = _time.GetUtcNow();
        using var cutOff = new CancellationTokenSource(silence.TimeLeft(), _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cutOff.Token);
        VenueResult<T> result;
        try
        {
            result = await call(linked.Token);
        }
        catch (OperationCanceledException) when (cutOff.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = VenueResult<T>.Fail(VenueErrorKind.UnknownOutcome, $"no answer within {silence.Limit.TotalSeconds:0} s");
        }

        if (result is { IsSuccess: false, Error.Kind: VenueErrorKind.Unavailable or VenueErrorKind.UnknownOutcome })
        {
            silence.Unanswered(sentAt);
            ThrowIfDown();
        }
        else
        {
            silence.Answered();
        }

        return Checked(result);
    }

    private void ThrowIfDown()
    {
        if (silence?.IsDown == true)
        {
            throw new VenueRefusalException(new VenueError(VenueErrorKind.NotAnswering, $"{venue.VenueName} answered no request for {silence.Limit.TotalSeconds:0} s"));
        }
    }

    private static VenueResult<T> Checked<T>(VenueResult<T> result) =>
        result is { IsSuccess: false, Error: { CannotHeal: true } error } ? throw new VenueRefusalException(error) : result;
}
