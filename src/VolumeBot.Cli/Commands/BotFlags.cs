using System.CommandLine;
using VolumeBot.Core.Trading.Closing;

namespace VolumeBot.Cli.Commands;

/// <summary>The runbot flags (spec 1.1) and the product's own, with their defaults.</summary>
public sealed class BotFlags
{
    public Option<string> Exchange { get; } = new("--exchange")
    {
        Description = "Venue: paradex or grvt (edgex, the Python bot's first choice, is not a product venue)",
        DefaultValueFactory = _ => "paradex",
    };

    public Option<string> Ticker { get; } = new("--ticker") { Description = "Base asset, e.g. BTC (upper-cased)", DefaultValueFactory = _ => "ETH" };

    public Option<decimal> Quantity { get; } = new("--quantity") { Description = "Order size in base units, > 0", DefaultValueFactory = _ => 0.1m };

    public Option<decimal> TakeProfit { get; } = new("--take-profit")
    {
        Description = "Take-profit distance in percent of the open price (0.02 means 0.02 %), normal mode",
        DefaultValueFactory = _ => 0.02m,
    };

    public Option<string> Direction { get; } = new("--direction") { Description = "Side that opens: buy or sell", DefaultValueFactory = _ => "buy" };

    public Option<int> MaxOrders { get; } = new("--max-orders") { Description = "Most resting take-profit orders (normal mode), > 0", DefaultValueFactory = _ => 40 };

    public Option<decimal> WaitTime { get; } = new("--wait-time")
    {
        Description = "Seconds, >= 0, decimals allowed (0.5). Normal mode: base cooldown between opens (tiered by resting orders). Boost mode: pause between cycles",
        DefaultValueFactory = _ => 450m,
    };

    public Option<string?> EnvFile { get; } = new("--env-file") { Description = "dotenv file with keys; must exist when given (default: .env if present)" };

    public Option<decimal> GridStep { get; } = new("--grid-step")
    {
        Description = "Minimum percent between a new take-profit and the nearest resting one; -100 disables",
        DefaultValueFactory = _ => -100m,
    };

    public Option<decimal> StopPrice { get; } = new("--stop-price")
    {
        Description = "Stop trading when the ask (buy) reaches or the bid (sell) falls to this price; -1 disables",
        DefaultValueFactory = _ => -1m,
    };

    public Option<decimal> PausePrice { get; } = new("--pause-price")
    {
        Description = "Pause opening while the ask (buy) is at or above / the bid (sell) at or below this price; -1 disables",
        DefaultValueFactory = _ => -1m,
    };

    public Option<bool> Boost { get; } = new("--boost") { Description = "Boost mode: maker open, immediate taker close of the filled size" };

    public Option<bool> UseIoc { get; } = new("--use-ioc")
    {
        Description = "With --boost: close by IOC at mid -/+ the tolerance, then market for what did not fill",
    };

    public Option<string?> Close { get; } = new("--close")
    {
        Description = "With --boost: how each cycle closes: market (default), ioc (the same as --use-ioc), layered-ioc (IOC layers, then market) or maker-first (post-only at the touch, then IOC, then market)",
    };

    public Option<string> IocLayers { get; } = new("--ioc-layers")
    {
        Description = "With --close layered-ioc: IOC layers as SHARE%@BPS, the share of what is left at bps through the mid, then market for the rest",
        DefaultValueFactory = _ => IocLayer.DefaultText,
    };

    public Option<decimal> MakerCloseTimeout { get; } = new("--maker-close-timeout")
    {
        Description = "With --close maker-first: seconds, > 0, the maker close may rest (re-priced at the touch) before IOC, then market",
        DefaultValueFactory = _ => 10m,
    };

    public Option<decimal> MaxAdverseBps { get; } = new("--max-adverse-bps")
    {
        Description = "With --close maker-first: bps, > 0, the mid may move against the position before the maker close gives way to IOC, then market",
        DefaultValueFactory = _ => 5m,
    };

    public Option<string?> Strategy { get; } = new("--strategy")
    {
        Description = "How the bot trades: normal (take-profits), boost (the same as --boost), two-sided (post-only bid and ask around the mid) or hedge (what --hedge-exchange sets)",
    };

    public Option<decimal> QuoteSpreadBps { get; } = new("--quote-spread-bps")
    {
        Description = "With --strategy two-sided: bps, >= 0, between the bid and the ask quoted around the mid (0: at the touch)",
        DefaultValueFactory = _ => 0m,
    };

    public Option<decimal> RequoteBps { get; } = new("--requote-bps")
    {
        Description = "With --strategy two-sided: bps, > 0, the mid may move before both quotes are cancelled and placed again",
        DefaultValueFactory = _ => 2m,
    };

    public Option<decimal?> MaxPosition { get; } = new("--max-position")
    {
        Description = "With --strategy two-sided: the absolute position no quote may take it past, from --quantity to 2 x --quantity (default --quantity)",
    };

    public Option<decimal> MaxInventoryTime { get; } = new("--max-inventory-time")
    {
        Description = "With --strategy two-sided: seconds, > 0, a position may sit at --max-position before it is closed (maker-first)",
        DefaultValueFactory = _ => 60m,
    };

    public Option<string?> HedgeExchange { get; } = new("--hedge-exchange")
    {
        Description = "Hedged farming: hedge every fill of the open at once on this venue (paradex or grvt, not --exchange), hold, unwind maker-first with each fill followed at once on this venue",
    };

    public Option<decimal> HoldTime { get; } = new("--hold-time")
    {
        Description = "With --hedge-exchange: seconds, >= 0, both legs are held before they are unwound",
        DefaultValueFactory = _ => 60m,
    };

    public Option<string> HedgeWith { get; } = new("--hedge-with")
    {
        Description = "With --hedge-exchange: how a fill is hedged, ioc (IOC, then market) or maker-first (rests first, --maker-close-timeout and --max-adverse-bps)",
        DefaultValueFactory = _ => "ioc",
    };

    public Option<string?> HedgeFeeProfile { get; } = new("--hedge-fee-profile")
    {
        Description = "With --hedge-exchange: the hedge venue's paper and simulate fees, one of its profiles (default: its venue's, paradex-pro or grvt-level1)",
    };

    public Option<decimal?> HedgeMakerFeeBps { get; } = new("--hedge-maker-fee-bps") { Description = "With --hedge-exchange: the hedge venue's paper maker fee in bps (negative = rebate; default from its fee profile)" };

    public Option<decimal?> HedgeTakerFeeBps { get; } = new("--hedge-taker-fee-bps") { Description = "With --hedge-exchange: the hedge venue's paper taker fee in bps (default from its fee profile)" };

    public Option<bool> Paper { get; } = new("--paper") { Description = "Paper trading on the built-in simulated market: no keys, simulated fills" };

    public Option<int?> MaxCycles { get; } = new("--max-cycles") { Description = "Stop after N completed open/close cycles" };

    public Option<decimal?> TargetVolume { get; } = new("--target-volume") { Description = "Stop once this much quote volume (USDT) has filled" };

    public Option<decimal?> MaxLoss { get; } = new("--max-loss") { Description = "Stop when the run's cost (fees + slippage, USDT) reaches this" };

    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed of the paper market's randomness", DefaultValueFactory = _ => 42 };

    public Option<string> LogDir { get; } = new("--log-dir") { Description = "Directory of the activity log and trades CSV", DefaultValueFactory = _ => "logs" };

    public Option<decimal> IocToleranceBps { get; } = new("--ioc-tolerance-bps")
    {
        Description = "IOC limit distance through the mid in basis points (1 = 0.01 %)",
        DefaultValueFactory = _ => 1m,
    };

    public Option<string?> FeeProfile { get; } = new("--fee-profile")
    {
        Description = "Paper and simulate fees: paradex-pro (Paradex's default), paradex-retail, grvt-level1 (GRVT's), grvt-doc",
    };

    public Option<decimal?> MakerFeeBps { get; } = new("--maker-fee-bps") { Description = "Paper maker fee in bps (negative = rebate; default from the venue's fee profile)" };

    public Option<decimal?> TakerFeeBps { get; } = new("--taker-fee-bps") { Description = "Paper taker fee in bps (default from the venue's fee profile)" };

    public Option<bool> LiveData { get; } = new("--live-data") { Description = "With --paper: the venue's live public book and trades instead of the simulated market (no keys)" };

    public Option<string?> Record { get; } = new("--record") { Description = "With --paper --live-data: write the public book and trades the run consumed to FILE (JSON lines), for simulate --tape" };

    public Option<string> OrderClass { get; } = new("--order-class")
    {
        Description = "Paradex: pro (standard token, Pro fees) or retail (interactive token: 0 fees, 300 ms speed bump, an order budget inside 3/s, 30/min, 300/h, 1000/24 h)",
        DefaultValueFactory = _ => "pro",
    };

    public Option<decimal?> BudgetMargin { get; } = new("--budget-margin") { Description = "With --order-class retail: percent of each Retail limit kept free (default 5)" };

    public Option<int?> OrdersPerDay { get; } = new("--orders-per-day") { Description = "With --order-class retail: a smaller daily order budget (at most 1000), spread evenly over the day" };

    public Option<int?> MaxReprices { get; } = new("--max-reprices") { Description = "With --order-class retail: most re-prices of a post-only per cycle (default 2)" };

    public Option<bool> NoLive { get; } = new("--no-live") { Description = "Plain log lines instead of the refreshing status block on a terminal" };

    public Option<string?> Config { get; } = new("--config") { Description = "TOML file of flags (keys are the flag names, e.g. quantity = 0.01); flags given on the command line win; no keys or tokens in it" };

    public Option<int?> MetricsPort { get; } = new("--metrics-port") { Description = "Serve Prometheus metrics at http://HOST:N/metrics (off by default)" };

    public Option<string> MetricsHost { get; } = new("--metrics-host") { Description = "Address the metrics endpoint listens on (0.0.0.0 for every interface, e.g. in a container)", DefaultValueFactory = _ => "127.0.0.1" };

    /// <summary>The flags as --help groups them; a new flag goes into one group and is then parsed and documented.</summary>
    public IReadOnlyList<FlagGroup> Groups =>
    [
        new("Trading", [Exchange, Ticker, Quantity, Direction, Boost, Strategy, WaitTime, EnvFile]),
        new("Close", [TakeProfit, MaxOrders, GridStep, Close, UseIoc, IocToleranceBps, IocLayers, MakerCloseTimeout, MaxAdverseBps]),
        new("Two-sided quoting", [QuoteSpreadBps, RequoteBps, MaxPosition, MaxInventoryTime]),
        new("Hedged farming", [HedgeExchange, HoldTime, HedgeWith, HedgeFeeProfile, HedgeMakerFeeBps, HedgeTakerFeeBps]),
        new("Limits", [MaxCycles, TargetVolume, MaxLoss, StopPrice, PausePrice]),
        new("Paradex Retail", [OrderClass, BudgetMargin, OrdersPerDay, MaxReprices]),
        new("Paper and simulate", [Paper, LiveData, Record, Seed, FeeProfile, MakerFeeBps, TakerFeeBps]),
        new("Output", [LogDir, NoLive]),
        new("Operations", [Config, MetricsPort, MetricsHost]),
    ];

    public IEnumerable<Option> All => Groups.SelectMany(group => group.Options);

    /// <summary>The flags that shape trading, which `simulate` takes as they are (it has its own cycles and log options).</summary>
    public IEnumerable<Option> Trading =>
    [
        Exchange, Ticker, Quantity, TakeProfit, Direction, MaxOrders, WaitTime, EnvFile, GridStep, StopPrice, PausePrice,
        Boost, UseIoc, Close, TargetVolume, MaxLoss, Seed, IocToleranceBps, FeeProfile, MakerFeeBps, TakerFeeBps,
        OrderClass, BudgetMargin, OrdersPerDay, MaxReprices,
        IocLayers, MakerCloseTimeout, MaxAdverseBps, Strategy, QuoteSpreadBps, RequoteBps, MaxPosition, MaxInventoryTime,
        HedgeExchange, HoldTime, HedgeWith, HedgeFeeProfile, HedgeMakerFeeBps, HedgeTakerFeeBps,
    ];
}

/// <summary>A heading of --help and the flags under it.</summary>
public sealed record FlagGroup(string Title, IReadOnlyList<Option> Options);
