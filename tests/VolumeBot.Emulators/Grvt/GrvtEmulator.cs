using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Hosting;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

/// <summary>
/// A GRVT-compatible venue on 127.0.0.1 for one sub-account and one perpetual: edge login, market data, trades and
/// the /ws/full order and fill streams, in GRVT's wire format, over the shared matching engine (paper mode's rules).
/// Every path lives on one server; point all four GRVT URLs at <see cref="BaseAddress"/> / <see cref="WebSocketUrl"/>.
/// Faults are injected through <see cref="Faults"/>, <see cref="DropWebSockets"/> and <see cref="ExpireSessions"/>.
/// </summary>
public sealed partial class GrvtEmulator : IAsyncDisposable
{
    private readonly GrvtEmulatorOptions _options;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly string _account;
    private readonly GrvtSessions _sessions;
    private readonly GrvtOrderCheck _check;
    private readonly GrvtFeedHub _feeds;
    private readonly GrvtBookFeedHub _books;
    private readonly ConcurrentDictionary<string, GrvtOrderRecord> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _createAttempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _contentTypes = new(StringComparer.Ordinal);
    private readonly List<GrvtEmulatedFill> _fills = [];
    private readonly CancellationTokenSource _stop = new();
    private LoopbackHost? _host;
    private Task? _stepping;
    private long _orderSequence;

    private GrvtEmulator(GrvtEmulatorOptions options)
    {
        _options = options;
        _account = options.SubAccountId.ToString(CultureInfo.InvariantCulture);
        _sessions = new GrvtSessions(options);
        _check = new GrvtOrderCheck(options);
        Faults = new GrvtFaults();
        _feeds = new GrvtFeedHub(options, Faults);
        Engine = new MatchingEngine(new MarketModel(options.MarketOptions, options.Seed), options.Fees, _time);
        Engine.EventRaised += OnEngineEvent;
        _books = new GrvtBookFeedHub(options, Engine, _time);
    }

    public GrvtEmulatorOptions Options => _options;

    public GrvtFaults Faults { get; }

    /// <summary>The simulated venue behind the wire (for assertions; trading goes through HTTP).</summary>
    public MatchingEngine Engine { get; }

    /// <summary>http://127.0.0.1:{port}: the edge, trades and market-data base URL.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("not started");

    /// <summary>ws://127.0.0.1:{port}/ws/full</summary>
    public Uri WebSocketUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/ws/full" }.Uri;

    /// <summary>ws://127.0.0.1:{port}/market-data/ws/full: the public book stream (the market-data host's /ws/full).</summary>
    public Uri MarketDataWebSocketUrl => new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/market-data/ws/full" }.Uri;

    /// <summary>Connections to the market-data book stream (not counted in <see cref="WebSocketConnections"/>).</summary>
    public int BookStreamConnections => _books.ConnectionsAccepted;

    /// <summary>The next v1.book.d message is lost on the way: subscribers see a sequence gap.</summary>
    public void SkipNextBookMessage() => _books.SkipNextBookSequence();

    public int Logins => _sessions.Logins;

    public int WebSocketConnections => _feeds.ConnectionsAccepted;

    public int OpenWebSockets => _feeds.OpenConnections;

    /// <summary>Signed position of the account.</summary>
    public decimal Position => Engine.Position(_account);

    /// <summary>Every fill of the account, oldest first.</summary>
    public IReadOnlyList<GrvtEmulatedFill> Fills
    {
        get
        {
            lock (_fills)
            {
                return _fills.ToList();
            }
        }
    }

    /// <summary>Client order ids of every order the venue accepted (reached the book or was rejected by it).</summary>
    public IReadOnlyCollection<string> AcceptedOrders => _orders.Keys.ToList();

    public IReadOnlyList<SimOrder> OpenOrders => Engine.OpenOrders(_account);

    /// <summary>How many /full/v1/{name} requests came in, answered or not (e.g. "book", "create_order").</summary>
    public int Requests(string name) => _requests.GetValueOrDefault(name);

    /// <summary>Every Content-Type header the REST endpoints received, as sent.</summary>
    public IReadOnlyCollection<string> ContentTypes => _contentTypes.Keys.ToList();

    /// <summary>How many create_order requests carried this client order id (accepted or not).</summary>
    public int CreateAttempts(string clientOrderId) => _createAttempts.GetValueOrDefault(clientOrderId);

    /// <summary>The engine's view of an order by client id (null for one the emulator rejected itself).</summary>
    public SimOrder? FindOrder(string clientOrderId) => Engine.Find(_account, clientOrderId);

    public static async Task<GrvtEmulator> StartAsync(GrvtEmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var emulator = new GrvtEmulator(options);
        emulator._host = await LoopbackHost.StartAsync(emulator.MapRoutes);
        emulator._stepping = emulator.StepMarketAsync(emulator._stop.Token);
        return emulator;
    }

    /// <summary>Breaks every WebSocket without a close handshake; new handshakes are refused (503) for <paramref name="downFor"/>.</summary>
    public void DropWebSockets(TimeSpan downFor = default)
    {
        Faults.RefuseWebSocketsUntil(_time.GetUtcNow() + downFor);
        _feeds.DropAll();
        _books.DropAll();
    }

    /// <summary>Ends every session: the next private call answers 401 and the client must log in again.</summary>
    public void ExpireSessions() => _sessions.ExpireAll();

    public async ValueTask DisposeAsync()
    {
        Engine.EventRaised -= OnEngineEvent;
        await _stop.CancelAsync();
        if (_stepping is not null)
        {
            try
            {
                await _stepping;
            }
            catch (OperationCanceledException)
            {
                // stepping ends by cancellation
            }
        }

        await _feeds.DisposeAsync();
        await _books.DisposeAsync();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _stop.Dispose();
    }

    private long NowNs => GrvtSignatureExpiration.ToUnixNanoseconds(_time.GetUtcNow());

    private void MapRoutes(WebApplication app)
    {
        app.MapPost("/auth/api_key/login", LoginAsync);
        app.MapPost("/full/v1/{name}", HandleAsync);
        app.Map("/ws/full", WebSocketAsync);
        app.Map("/market-data/ws/full", MarketDataWebSocketAsync);
    }

    private async Task StepMarketAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.StepInterval, _time);
        while (await timer.WaitForNextTickAsync(stop))
        {
            Engine.AdvanceTo(_time.GetUtcNow());
        }
    }

    private async Task LoginAsync(HttpContext context)
    {
        var body = await ReadJsonAsync(context);
        if (body?["api_key"]?.GetValue<string>() != _options.ApiKey)
        {
            await WriteAsync(context, 401, GrvtWire.Error(1000, "You need to authenticate prior to using this functionality", 401));
            return;
        }

        var (cookie, expires) = _sessions.Open(_time.GetUtcNow());
        context.Response.Headers.Append("Set-Cookie", $"gravity={cookie}; Path=/; Domain=grvt.io; Expires={expires.UtcDateTime.ToString("R", CultureInfo.InvariantCulture)}; HttpOnly; Secure; SameSite=Lax");
        context.Response.Headers.Append("X-Grvt-Account-Id", _options.AccountIdHeader);
        await WriteAsync(context, 200, new JsonObject { ["location"] = "", ["status"] = "success" });
    }

    private async Task WebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (Faults.RefusesWebSockets(_time.GetUtcNow()))
        {
            context.Response.StatusCode = 503;
            return;
        }

        if (!_sessions.IsAuthorized(context.Request, _time.GetUtcNow()))
        {
            context.Response.StatusCode = 401;
            return;
        }

        await _feeds.HandleAsync(context, _stop.Token);
    }

    private async Task MarketDataWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || Faults.RefusesWebSockets(_time.GetUtcNow()))
        {
            context.Response.StatusCode = context.WebSockets.IsWebSocketRequest ? 503 : 400;
            return;
        }

        await _books.HandleAsync(context, _stop.Token);
    }

    private async Task HandleAsync(HttpContext context, string name)
    {
        _requests.AddOrUpdate(name, 1, (_, n) => n + 1);
        _contentTypes.TryAdd(context.Request.ContentType ?? "", 0);
        if (!(context.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, 400, GrvtWire.Error(1003, "Request could not be processed due to malformed syntax", 400));
            return;
        }

        var body = await ReadJsonAsync(context);
        if (name == "create_order" && body?["order"]?["metadata"]?["client_order_id"]?.ToString() is { } clientId)
        {
            _createAttempts.AddOrUpdate(clientId, 1, (_, n) => n + 1);
        }

        if (Faults.TakeRestFault(name) is { } fault)
        {
            await WriteAsync(context, fault.HttpStatus, GrvtWire.Error(fault.Code, fault.Message, fault.HttpStatus));
            return;
        }

        if (IsPrivate(name) && !_sessions.IsAuthorized(context.Request, _time.GetUtcNow()))
        {
            await WriteAsync(context, 401, GrvtWire.Error(1000, "You need to authenticate prior to using this functionality", 401));
            return;
        }

        var (status, answer) = name switch
        {
            "instrument" => Instrument(body),
            "instruments" or "all_instruments" => Ok(new JsonArray(GrvtWire.Instrument(_options))),
            "book" => Book(body),
            "mini" => Ok(GrvtWire.Mini(Engine.Top, _options.Instrument, NowNs)),
            "trade" => RecentTrades(body),
            "create_order" => CreateOrder(body),
            "cancel_order" => CancelOrder(body),
            "cancel_all_orders" => CancelAllOrders(),
            "order" => Order(body),
            "open_orders" => Ok(new JsonArray(OpenOrders.Select(o => (JsonNode)OrderJson(_orders[o.Request.ClientOrderId])).ToArray())),
            "positions" => Positions(),
            "fill_history" => FillHistory(body),
            "account_summary" => AccountSummary(),
            "funding_account_summary" => FundingAccountSummary(),
            _ => (404, GrvtWire.Error(1004, "Data Not Found", 404)),
        };

        if (status == 200 && ((name == "create_order" && Faults.TakeTimeOut()) || (name == "cancel_order" && Faults.TakeCancelTimeOut())))
        {
            // carried out, but the answer never comes: the client must find out by asking about the order
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token);
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), linked.Token);
            }
            catch (OperationCanceledException)
            {
                // the client gave up
            }

            context.Abort();
            return;
        }

        await WriteAsync(context, status, answer);
    }

    private static bool IsPrivate(string name) => name is not ("instrument" or "instruments" or "all_instruments" or "book" or "mini" or "trade");

    private static (int, JsonObject) Ok(JsonNode result, string? next = null)
    {
        var answer = new JsonObject { ["result"] = result };
        if (next is not null)
        {
            answer["next"] = next;
        }

        return (200, answer);
    }

    private static (int, JsonObject) Refuse(int code, string message, int status = 400) => (status, GrvtWire.Error(code, message, status));

    private static async Task<JsonNode?> ReadJsonAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
