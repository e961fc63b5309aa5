using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Hosting;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// A Paradex-compatible venue on 127.0.0.1 for tests: REST under /v1 and the JSON-RPC WebSocket at /v1, speaking
/// the wire format of protocols/paradex.md, on the same matching engine as paper mode. It checks auth signatures,
/// JWTs and every order's Stark signature, and injects faults on demand (<see cref="Faults"/>).
/// </summary>
public sealed class ParadexEmulator : IAsyncDisposable
{
    private readonly EmulatedExchange _exchange;
    private readonly JwtIssuer _tokens;
    private readonly ParadexSocketHub _hub;
    private readonly LoopbackHost _host;

    private ParadexEmulator(EmulatedExchange exchange, JwtIssuer tokens, ParadexSocketHub hub, LoopbackHost host, ParadexEmulatorAccount account, ParadexEmulatorStats stats)
    {
        _exchange = exchange;
        _tokens = tokens;
        _hub = hub;
        _host = host;
        Account = account;
        Stats = stats;
    }

    /// <summary>REST base, e.g. http://127.0.0.1:5123/v1 (what PARADEX_REST_URL takes).</summary>
    public Uri RestUrl => new(_host.BaseAddress, "/v1");

    /// <summary>WebSocket endpoint, e.g. ws://127.0.0.1:5123/v1 (what PARADEX_WS_URL takes).</summary>
    public Uri WebSocketUrl => new UriBuilder(_host.BaseAddress) { Scheme = "ws", Path = "/v1" }.Uri;

    /// <summary>The onboarded account the emulator starts with.</summary>
    public ParadexEmulatorAccount Account { get; }

    public ParadexFaults Faults => _exchange.Faults;

    public ParadexEmulatorStats Stats { get; }

    public string ChainId => _exchange.Domain.ChainId;

    public int TokensIssued => _tokens.Issued;

    /// <summary>The Retail classification: limits, the most actions seen per window, accounts switched to Pro.</summary>
    public RetailOrderDesk Retail => _exchange.Retail;

    public static async Task<ParadexEmulator> StartAsync(ParadexEmulatorOptions? options = null)
    {
        options ??= new ParadexEmulatorOptions();
        var exchange = new EmulatedExchange(options);
        var account = exchange.AddAccount(options.AccountPrivateKey, options.AccountL1Address, onboarded: true);
        var tokens = new JwtIssuer(options.Time, options.TokenLifetime);
        var stats = new ParadexEmulatorStats();
        var api = new ParadexHttpApi(exchange, tokens, stats);
        var hub = new ParadexSocketHub(exchange, tokens, stats);
        var host = await LoopbackHost.StartAsync(app =>
        {
            hub.Map(app);
            api.Map(app);
        });
        return new ParadexEmulator(exchange, tokens, hub, host, account, stats);
    }

    /// <summary>Another account, e.g. one that is not onboarded.</summary>
    public ParadexEmulatorAccount AddAccount(string privateKeyHex, bool onboarded = true, string? l1Address = null) =>
        _exchange.AddAccount(privateKeyHex, l1Address ?? ParadexEmulatorOptions.DefaultL1Address, onboarded);

    /// <summary>Every JWT issued so far is refused from now on (401 on REST, 40111 on the WebSocket).</summary>
    public void RevokeTokens() => _tokens.RevokeAll();

    /// <summary>
    /// Sends changed levels (size 0 removes a level) as an SBE BookEvent delta (package type 1) on the market's
    /// order_book channel to every connection that asked for SBE; how many connections got it.
    /// </summary>
    public Task<int> PublishBookDeltaAsync(IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks, string market = "BTC-USD-PERP") =>
        _hub.PublishBookDeltaAsync(market, bids, asks, CancellationToken.None);

    /// <summary>The matching engine of a market (BTC-USD-PERP by default).</summary>
    public MatchingEngine Engine(string market = "BTC-USD-PERP") =>
        (_exchange.Market(market) ?? throw new ArgumentException($"{market} is not listed", nameof(market))).Engine;

    /// <summary>Orders the emulator accepted for an account (the default account when null), oldest first.</summary>
    public IReadOnlyList<AcceptedOrder> Orders(ParadexEmulatorAccount? account = null) =>
        _exchange.Orders((account ?? Account).Id).Select(o => o.ToAccepted()).ToList();

    /// <summary>An order's current state as the venue sees it.</summary>
    public OrderSnapshot? Order(string clientId, ParadexEmulatorAccount? account = null) =>
        _exchange.Find((account ?? Account).Id, clientId)?.Snapshot();

    /// <summary>Every fill of the account, oldest first, with the ids, sizes, prices and fees put on the wire.</summary>
    public IReadOnlyList<Fill> Fills(string market = "BTC-USD-PERP", ParadexEmulatorAccount? account = null)
    {
        var found = _exchange.Market(market) ?? throw new ArgumentException($"{market} is not listed", nameof(market));
        var id = (account ?? Account).Id;
        return found.Engine.AllFills(id)
            .Select(f => f with
            {
                FillId = found.WireId(f.FillId),
                VenueOrderId = f.VenueOrderId is { } orderId ? found.WireId(orderId) : null,
                ClientOrderId = f.ClientOrderId is { } clientId ? _exchange.Find(id, clientId)?.WireClientId ?? clientId : null,
                Fee = _exchange.WithWireFee(id, f).Fee,
            })
            .ToList();
    }

    public decimal Position(string market = "BTC-USD-PERP", ParadexEmulatorAccount? account = null) => Engine(market).Position((account ?? Account).Id);

    /// <summary>Environment variables that point the bot at this emulator with its default account.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(ParadexEmulatorAccount? account = null) => new Dictionary<string, string>
    {
        ["PARADEX_ENVIRONMENT"] = "testnet",
        ["PARADEX_REST_URL"] = RestUrl.ToString(),
        ["PARADEX_WS_URL"] = WebSocketUrl.ToString(),
        ["PARADEX_L1_ADDRESS"] = (account ?? Account).L1Address,
        ["PARADEX_L2_PRIVATE_KEY"] = (account ?? Account).PrivateKeyHex,
    };

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _host.DisposeAsync();
        _exchange.Dispose();
    }
}
