using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Auth;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Paradex.Signing;
using VolumeBot.Paradex.Socket;
using VolumeBot.Venues.Books;

namespace VolumeBot.Paradex;

/// <summary>
/// Live Paradex for one market behind the bot's <see cref="IExchangeClient"/> seam: REST for orders and reads,
/// the WebSocket for the account's order and fill events, a JWT kept fresh, orders signed with the Stark key.
/// Orders are addressed by the bot's client id (Paradex <c>client_id</c>).
/// </summary>
public sealed partial class ParadexClient : IExchangeClient
{
    private readonly ParadexClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly ParadexRestClient _rest;
    private readonly Channel<VenueEvent> _events = Channel.CreateUnbounded<VenueEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>What the client has seen of each of its orders by client id: venue id, creation time (ms) and side, for fills.</summary>
    private readonly ConcurrentDictionary<string, KnownOrder> _known = new(StringComparer.Ordinal);

    /// <summary>The side of each order seen, by venue order id: a fill names its order by id, and its wire side is the taker's.</summary>
    private readonly ConcurrentDictionary<string, Side> _sideByVenueId = new(StringComparer.Ordinal);
    private ParadexSigner? _signer;
    private ParadexAuthenticator? _authenticator;
    private ParadexSocketClient? _socket;
    private MarketRules? _rules;
    private readonly StreamedBook _book;
    private long _lastSignatureMs;
    private int _bookReadsOverRest;

    public ParadexClient(ParadexClientOptions options, TimeProvider? time = null)
        : this(options, time, null)
    {
    }

    internal ParadexClient(ParadexClientOptions options, TimeProvider? time, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _log = options.LoggerFactory.CreateLogger("Paradex");
        _rest = new ParadexRestClient(options, _time, handler);
        _book = new StreamedBook(options.BookMaxAge, _time);
    }

    public string VenueName => "paradex";

    public byte[]? ClientOrderIdKey => _options.Key.DeriveKey(Core.Trading.ClientOrderIds.KeyPurpose);

    public ChannelReader<VenueEvent> Events => _events.Reader;

    /// <summary>The L2 account the client trades for (derived or from PARADEX_L2_ADDRESS); known after connecting.</summary>
    public Felt? AccountAddress => _signer?.AccountAddress;

    /// <summary>JWTs fetched so far.</summary>
    public int TokensIssued => _authenticator?.TokensIssued ?? 0;

    /// <summary>Times the event stream came back after a drop.</summary>
    public int StreamRestorations => _socket?.Restorations ?? 0;

    private string Market => _options.Market;

    private MarketRules Rules => _rules ?? throw new InvalidOperationException("ConnectAsync must succeed before trading.");

    public async Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken)
    {
        var config = await _rest.SystemInfo.ConfigAsync(cancellationToken);
        if (!config.IsSuccess)
        {
            return VenueResult<MarketRules>.Fail(config.Error.Kind, $"Could not read Paradex /system/config: {config.Error.Message}");
        }

        var signer = CreateSigner(config.Value);
        if (!signer.IsSuccess)
        {
            return signer.Error;
        }

        _signer = signer.Value;
        _authenticator = new ParadexAuthenticator(_rest.Transport, _signer, _options, _time, _log);
        _rest.Authenticator = _authenticator;
        var token = await _authenticator.GetTokenAsync(cancellationToken);
        if (!token.IsSuccess)
        {
            return token.Error;
        }

        var market = await _rest.ExchangeData.MarketAsync(Market, cancellationToken);
        if (!market.IsSuccess)
        {
            return market.Error;
        }

        var rules = MarketMapping.ToRules(market.Value);
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        _rules = rules.Value;
        WarmUpOrderPath(_signer);
        _socket = new ParadexSocketClient(
            _options.Environment.WebSocketUrl,
            [$"orders.{Market}", $"fills.{Market}"],
            [BboChannel, BookChannel],
            _authenticator,
            OnStreamData,
            OnBookData,
            restored => _events.Writer.TryWrite(restored),
            _book.Invalidate,
            _options,
            _time,
            _log);
        _socket.Start();
        try
        {
            await _socket.FirstSubscribed.WaitAsync(_options.ConnectTimeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return VenueResult<MarketRules>.Fail(VenueErrorKind.Unavailable, $"Paradex WebSocket {_options.Environment.WebSocketUrl} did not accept the subscription within {_options.ConnectTimeout.TotalSeconds:0} s");
        }

        await WaitForBookAsync(cancellationToken);
        _log.LogInformation("Paradex {Environment}: account {Account}, market {Market}", _options.Environment.Name, _signer.AccountAddress, Market);
        return VenueResult<MarketRules>.Ok(_rules);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
        {
            await _socket.DisposeAsync();
        }

        _events.Writer.TryComplete();
        _authenticator?.Dispose();
        _rest.Dispose();
    }

    public override string ToString() => $"ParadexClient({_options.Environment.Name}, {Market})";

    private VenueResult<ParadexSigner> CreateSigner(SystemConfig config)
    {
        if (string.IsNullOrWhiteSpace(config.StarknetChainId))
        {
            return VenueResult<ParadexSigner>.Fail(VenueErrorKind.Unavailable, "Paradex /system/config has no starknet_chain_id");
        }

        var domain = new ParadexDomain(config.StarknetChainId);
        if (_options.AccountAddress is { } configured)
        {
            return VenueResult<ParadexSigner>.Ok(new ParadexSigner(_options.Key, configured, domain));
        }

        if (!Felt.TryParseHex(config.ParaclearAccountHash, out var accountHash) || !Felt.TryParseHex(config.ParaclearAccountProxyHash, out var proxyHash))
        {
            return VenueResult<ParadexSigner>.Fail(VenueErrorKind.Unavailable, "Paradex /system/config lacks the account class hashes; set PARADEX_L2_ADDRESS");
        }

        var address = Signing.AccountAddress.Derive(_options.Key.PublicKey, new ParaclearClassHashes(accountHash, proxyHash));
        return VenueResult<ParadexSigner>.Ok(new ParadexSigner(_options.Key, address, domain));
    }

    private void OnStreamData(string channel, JsonElement data)
    {
        try
        {
            if (OnBookData(channel, data))
            {
                return;
            }

            if (channel == $"orders.{Market}")
            {
                if (data.Deserialize(ParadexJson.Default.OrderWire) is { } order && (order.Market is null || order.Market == Market))
                {
                    Remember(order);
                    _events.Writer.TryWrite(new OrderUpdated(OrderMapping.ToSnapshot(order)));
                }
            }
            else if (channel == $"fills.{Market}")
            {
                if (data.Deserialize(ParadexJson.Default.FillWire) is { } fill && (fill.Market is null || fill.Market == Market))
                {
                    _events.Writer.TryWrite(new FillReported(OrderMapping.ToFill(fill, SideOfOrder(fill))));
                }
            }
        }
        catch (JsonException e)
        {
            _log.LogWarning("Unreadable Paradex {Channel} message ignored: {Error}", channel, e.Message);
        }
    }

    private void Remember(OrderWire order)
    {
        if (string.IsNullOrEmpty(order.Id))
        {
            return;
        }

        var side = OrderMapping.SideOf(order.Side);
        _sideByVenueId[order.Id] = side;
        if (!string.IsNullOrEmpty(order.ClientId))
        {
            _known[order.ClientId] = new KnownOrder(order.Id, order.CreatedAt, side);
        }
    }

    /// <summary>The side of the order a fill belongs to, when the client has seen that order.</summary>
    private Side? SideOfOrder(FillWire fill)
    {
        if (!string.IsNullOrEmpty(fill.OrderId) && _sideByVenueId.TryGetValue(fill.OrderId, out var side))
        {
            return side;
        }

        return !string.IsNullOrEmpty(fill.ClientId) && _known.TryGetValue(fill.ClientId, out var known) ? known.Side : null;
    }

    private sealed record KnownOrder(string VenueOrderId, long CreatedAtMs, Side Side);
}
