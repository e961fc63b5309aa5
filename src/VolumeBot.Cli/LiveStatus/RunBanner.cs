using System.Globalization;
using Spectre.Console;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>
/// What kind of run this is, said up front: PAPER or LIVE, venue, market, quantity, mode and how positions close.
/// A live run says LIVE in white on red in the status block and as a WARNING line in the log.
/// </summary>
public sealed record RunBanner(bool Live, string Venue, string Ticker, decimal Quantity, string Mode, string Close, string CloseInWords)
{
    public static RunBanner For(RunOptions options)
    {
        var s = options.Settings;
        var c = CultureInfo.InvariantCulture;
        var (close, inWords) = (s.Boost, s.CloseTacticName) switch
        {
            _ when s.HedgeVenue is { } hedge => (
                string.Create(c, $"hedged on {hedge}"),
                string.Create(c, $"open post-only, each fill hedged at once on {hedge} by {(s.HedgeWith == "maker-first" ? "a maker order first" : "IOC, then market")}, both legs held {s.HoldTime.TotalSeconds} s then unwound maker-first")),
            _ when s.StrategyName == "two-sided" => (
                "two-sided quotes",
                string.Create(c, $"post-only bid and ask {s.QuoteSpreadBps} bps apart around the mid, position at most {s.MaxPosition ?? s.Quantity}, held at that bound {s.MaxInventoryTime.TotalSeconds} s then closed maker-first")),
            (false, _) => (
                string.Create(c, $"take-profit {(s.Direction == Side.Buy ? "+" : "-")}{s.TakeProfitPercent}%"),
                string.Create(c, $"close by take-profit limit orders {s.TakeProfitPercent}% {(s.Direction == Side.Buy ? "above" : "below")} the open price")),
            (true, "ioc") => ("IOC close", string.Create(c, $"close by IOC at mid -/+ {s.IocToleranceBps} bps, market order for what does not fill")),
            (true, "layered-ioc") => ("layered IOC close", string.Create(c, $"close by IOC layers {string.Join(",", s.IocLayers)} (share of what is left @ bps through the mid), market order for the rest")),
            (true, "maker-first") => ("maker-first close", string.Create(c, $"close by a post-only order at the touch for up to {s.MakerCloseTimeout.TotalSeconds} s or {s.MaxAdverseBps} bps against, then IOC, then market")),
            (true, _) => ("market close", "close by market order"),
        };
        return new RunBanner(!options.Paper, s.Venue, s.Ticker, s.Quantity, s.StrategyName, close, inWords);
    }

    public string Kind => Live ? "LIVE" : "PAPER";

    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Kind} · {Venue} {Ticker} · qty {Quantity} · {Mode}, {Close}");

    /// <summary>The title as Spectre markup: LIVE white on red, PAPER in a calm colour.</summary>
    public string TitleMarkup =>
        (Live ? "[bold white on red] LIVE [/]" : "[bold black on green] PAPER [/]")
        + " " + Markup.Escape(Title[(Kind.Length + 3)..]);

    /// <summary>The run's first log line.</summary>
    public string LogLine => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Live ? "LIVE trading with real orders" : "PAPER trading, no real orders")} on {Venue} {Ticker}: quantity {Quantity}, {Mode} mode, {CloseInWords}");
}
