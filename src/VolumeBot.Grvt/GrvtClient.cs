using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Auth;
using VolumeBot.Grvt.Mapping;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Signing;
using VolumeBot.Grvt.Socket;
using VolumeBot.Venues.Books;
using VolumeBot.Venues.Sockets;
using Microsoft.Extensions.Logging;

namespace VolumeBot.Grvt;

/// <summary>
/// The bot's venue seam on GRVT for one perpetual ({TICKER}_USDT_Perp): API-key session, EIP-712 signed orders
/// tracked by client order id, REST for everything the loop asks and the account's order and fill streams for
/// what the venue pushes. Submissions are sent once; an answer that never came back is an unknown outcome.
/// </summary>
public sealed class GrvtClient : IExchangeClient
{
    private const int TopOfBookDepth = 10;

    private static readonly TimeSpan FirstBookWait = TimeSpan.FromSeconds(2);

    /// <summary>The tier's integer fees are 1/100 bps (see FeeTierWire): 1,000,000 of them make a rate of 1.</summary>
    private const decimal CentibeepsPerUnit = 1_000_000m;

    /// <summary>Fill history is read from a little before the submission, in case the clocks disagree.</summary>
    private static readonly TimeSpan FillLookBack = TimeSpan.FromMinutes(5);

    private readonly GrvtClientOptions _options;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly GrvtRestTransport _transport;
    private readonly GrvtAuthenticator _auth;
    private readonly MarketDataApi _marketData;
    private readonly TradingApi _trading;
    private readonly AccountApi _account;
    private readonly GrvtOrderSigner _signer;
    private readonly GrvtOrderStream _stream;
    private readonly StreamedBook _book;
    private readonly ReconnectingSocket? _bookSocket;
    private int _bookReadsOverRest;
    private readonly Channel<VenueEvent> _events = Channel.CreateUnbounded<VenueEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, DateTimeOffset> _submittedAt = new(StringComparer.Ordinal);
    private GrvtInstrument? _instrument;
    private DateTimeOffset _connectedAt;

    public GrvtClient(GrvtClientOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _log = options.CreateLogger();
        _transport = new GrvtRestTransport(options.Http(_time), _log, _time, handler);
        _auth = new GrvtAuthenticator(_transport, options, _time, _log);
        var rest = new GrvtRestClient(_transport, _auth, options.Environment);
        var filter = InstrumentFilter.ForPerpetual(options.Ticker.ToUpperInvariant());
        _marketData = new MarketDataApi(new GrvtPublicRest(_transport, options.Environment.MarketDataUrl));
        _trading = new TradingApi(rest, options.SubAccountId, filter);
        _account = new AccountApi(rest, options.SubAccountId, filter);
        _signer = new GrvtOrderSigner(options.SigningKey, options.Environment.ChainId, _time);
        _stream = new GrvtOrderStream(options, _auth, _time, _events.Writer);
        _book = new StreamedBook(options.BookMaxAge, _time);
        if (options.Environment.MarketDataWebSocketUrl is { } bookUrl && options.BookMaxAge > TimeSpan.Zero)
        {
            var socketOptions = new ReconnectingSocketOptions { ReconnectBaseDelay = options.ReconnectBaseDelay, ReconnectMaxDelay = options.ReconnectMaxDelay, KeepAliveInterval = options.KeepAliveInterval };
            _bookSocket = new ReconnectingSocket("GRVT book stream", bookUrl, new GrvtBookStream(options.Instrument, _book), socketOptions, _time, _log);
        }
    }

    public string VenueName => "grvt";

    public byte[]? ClientOrderIdKey => _options.SigningKey.DeriveKey(ClientOrderIds.KeyPurpose);

    public ChannelReader<VenueEvent> Events => _events.Reader;

    /// <summary>API-key logins so far (diagnostics for tests and logs).</summary>
    public int Logins => _auth.Logins;

    /// <summary>WebSocket connections so far, the first one included.</summary>
    public int StreamConnections => _stream.Connections;

    public int SequenceGapsDetected => _stream.GapsDetected;

    /// <summary>Book or touch reads that went to REST because the streamed book had nothing fresh.</summary>
    public int BookReadsOverRest => Volatile.Read(ref _bookReadsOverRest);

    /// <summary>Book snapshots and deltas applied from the stream so far.</summary>
    public int BookStreamUpdates => _book.Updates;

    /// <summary>Connections of the market-data book stream so far.</summary>
    public int BookStreamConnections => _bookSocket?.Connections ?? 0;

    public async Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken)
    {
        var session = await _auth.GetSessionAsync(cancellationToken);
        if (!session.IsSuccess)
        {
            return session.Error;
        }

        var instrument = await _marketData.GetInstrumentAsync(_options.Instrument, cancellationToken);
        if (!instrument.IsSuccess)
        {
            return GrvtMarketMapping.InstrumentError(_options.Instrument, instrument.Error);
        }

        var wire = instrument.Value;
        _instrument = new GrvtInstrument(wire.Instrument, wire.InstrumentHash, wire.BaseDecimals);
        _bookSocket?.Start();
        var stream = await _stream.StartAsync(cancellationToken);
        if (!stream.IsSuccess)
        {
            return stream.Error;
        }

        await WaitForBookAsync(cancellationToken);
        _connectedAt = _time.GetUtcNow();
        return VenueResult<MarketRules>.Ok(GrvtMarketMapping.ToRules(wire));
    }

    public async Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken)
    {
        if (_book.FreshTop() is { } streamed)
        {
            return VenueResult<TopOfBook>.Ok(streamed);
        }

        var book = await GetOrderBookAsync(TopOfBookDepth, cancellationToken);
        if (!book.IsSuccess)
        {
            return book.Error;
        }

        return book.Value.Top is { } top
            ? VenueResult<TopOfBook>.Ok(top)
            : new VenueError(VenueErrorKind.Unavailable, $"GRVT book of {_options.Instrument} has an empty side");
    }

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        if (_book.FreshBook(depth) is { } streamed)
        {
            return VenueResult<OrderBook>.Ok(streamed);
        }

        Interlocked.Increment(ref _bookReadsOverRest);
        var book = await _marketData.GetBookAsync(_options.Instrument, depth, cancellationToken);
        return book.IsSuccess ? VenueResult<OrderBook>.Ok(GrvtMarketMapping.ToBook(book.Value, depth)) : book.Error;
    }

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_instrument is not { } instrument)
        {
            return new VenueError(VenueErrorKind.InvalidRequest, "not connected");
        }

        if (Validate(request, instrument) is { } invalid)
        {
            return invalid;
        }

        var clientOrderId = ulong.Parse(request.ClientOrderId, NumberStyles.None, CultureInfo.InvariantCulture);
        var signed = _signer.Sign(GrvtOrderMapping.ToSigningRequest(request, instrument, _options.SubAccountId, clientOrderId));
        _submittedAt[request.ClientOrderId] = _time.GetUtcNow();
        var created = await _trading.CreateOrderAsync(signed, cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        return VenueResult<OrderSnapshot>.Ok(WithClientId(GrvtOrderMapping.ToSnapshot(created.Value), request.ClientOrderId));
    }

    public Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        _trading.CancelOrderAsync(clientOrderId, cancellationToken);

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var order = await _trading.GetOrderAsync(clientOrderId, cancellationToken);
        return order.IsSuccess
            ? VenueResult<OrderSnapshot>.Ok(WithClientId(GrvtOrderMapping.ToSnapshot(order.Value), clientOrderId))
            : order.Error;
    }

    public async Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = await _trading.GetOpenOrdersAsync(cancellationToken);
        if (!orders.IsSuccess)
        {
            return orders.Error;
        }

        return VenueResult<IReadOnlyList<OrderSnapshot>>.Ok(orders.Value
            .Where(o => o.Legs.FirstOrDefault()?.Instrument == _options.Instrument)
            .Select(GrvtOrderMapping.ToSnapshot)
            .ToList());
    }

    public async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken)
    {
        var positions = await _account.GetPositionsAsync(cancellationToken);
        return positions.IsSuccess
            ? VenueResult<PositionSnapshot>.Ok(new PositionSnapshot(positions.Value.Where(p => p.Instrument == _options.Instrument).Sum(p => p.Size)))
            : positions.Error;
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var since = (_submittedAt.TryGetValue(clientOrderId, out var at) ? at : _connectedAt) - FillLookBack;
        var fills = await _account.GetFillsAsync(
            since,
            f => f.ClientOrderId == clientOrderId && f.Instrument == _options.Instrument,
            cancellationToken);
        return fills.IsSuccess
            ? VenueResult<IReadOnlyList<Fill>>.Ok(fills.Value.Select(GrvtOrderMapping.ToFill).OrderBy(f => f.Time).ToList())
            : fills.Error;
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var fills = await _account.GetFillsAsync(since, f => f.Instrument == _options.Instrument, cancellationToken);
        return fills.IsSuccess
            ? VenueResult<IReadOnlyList<Fill>>.Ok(fills.Value.Select(GrvtOrderMapping.ToFill).DistinctBy(f => f.FillId).Where(f => f.Time >= since).OrderBy(f => f.Time).ToList())
            : fills.Error;
    }

    public async Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken)
    {
        var summary = await _account.GetSummaryAsync(cancellationToken);
        if (!summary.IsSuccess)
        {
            return summary.Error;
        }

        return summary.Value?.AvailableBalance is { } available
            ? VenueResult<AccountCapacity>.Ok(new AccountCapacity(available))
            : new VenueError(VenueErrorKind.Unavailable, "GRVT account_summary has no available_balance");
    }

    /// <summary>The account's tier from funding_account_summary; null when the answer carries no tier.</summary>
    public async Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken)
    {
        var summary = await _account.GetFundingSummaryAsync(cancellationToken);
        if (!summary.IsSuccess)
        {
            return summary.Error;
        }

        return VenueResult<AccountFeeRates?>.Ok(summary.Value.Tier is { FuturesMakerFee: { } maker, FuturesTakerFee: { } taker } tier
            ? new AccountFeeRates(maker / CentibeepsPerUnit, taker / CentibeepsPerUnit, tier.Tier is { } level ? $"tier {level}" : "account tier")
            : null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_bookSocket is not null)
        {
            await _bookSocket.DisposeAsync();
        }

        await _stream.DisposeAsync();
        _events.Writer.TryComplete();
        _auth.Dispose();
        _transport.Dispose();
    }

    public override string ToString() => $"GrvtClient({_options})";

    /// <summary>The first reads come from the stream when it is up within a moment; REST otherwise, never an error.</summary>
    private async Task WaitForBookAsync(CancellationToken cancellationToken)
    {
        if (_bookSocket is null)
        {
            return;
        }

        try
        {
            await _book.FirstSync.WaitAsync(FirstBookWait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _log.LogWarning("GRVT book stream gave no book within {Seconds:0} s; reading the book over REST until it does", FirstBookWait.TotalSeconds);
        }
    }

    /// <summary>What GRVT would refuse or sign differently from what was asked, caught before signing.</summary>
    private static VenueError? Validate(OrderRequest request, GrvtInstrument instrument)
    {
        if (!ulong.TryParse(request.ClientOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new VenueError(VenueErrorKind.InvalidRequest, $"client order id {request.ClientOrderId} is not an unsigned 64-bit number");
        }

        if (request.Quantity <= 0 || GrvtScaling.Truncate(request.Quantity, instrument.BaseDecimals) != request.Quantity)
        {
            return new VenueError(VenueErrorKind.InvalidRequest, $"size {request.Quantity} does not fit {instrument.Name}'s {instrument.BaseDecimals} base decimals");
        }

        if (request.Kind == OrderKind.Market)
        {
            return null;
        }

        return request.Price is not { } price || price <= 0 || GrvtScaling.Truncate(price, GrvtScaling.PriceDecimals) != price
            ? new VenueError(VenueErrorKind.InvalidRequest, $"{request.Kind} order needs a positive price with at most 9 decimals")
            : null;
    }

    private static OrderSnapshot WithClientId(OrderSnapshot snapshot, string clientOrderId) =>
        string.IsNullOrEmpty(snapshot.ClientOrderId) ? snapshot with { ClientOrderId = clientOrderId } : snapshot;
}
