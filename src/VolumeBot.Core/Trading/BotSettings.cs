using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>What the trader asked for. Percentages are percent (0.02 means 0.02 %), money is quote currency.</summary>
public sealed record BotSettings
{
    public required string Venue { get; init; }

    public required string Ticker { get; init; }

    public decimal Quantity { get; init; } = 0.1m;

    public decimal TakeProfitPercent { get; init; } = 0.02m;

    public Side Direction { get; init; } = Side.Buy;

    public int MaxOrders { get; init; } = 40;

    public TimeSpan WaitTime { get; init; } = TimeSpan.FromSeconds(450);

    /// <summary>-100 disables the rule, as in the Python bot.</summary>
    public decimal GridStepPercent { get; init; } = -100m;

    public decimal? StopPrice { get; init; }

    public decimal? PausePrice { get; init; }

    public bool Boost { get; init; }

    public bool UseIoc { get; init; }

    public decimal IocToleranceBps { get; init; } = 1m;

    /// <summary>--strategy; null means what --boost says (boost or normal).</summary>
    public string? Strategy { get; init; }

    /// <summary>--close (boost mode); null means what --use-ioc says (ioc or market).</summary>
    public string? CloseTactic { get; init; }

    /// <summary>--ioc-layers of --close layered-ioc.</summary>
    public IReadOnlyList<IocLayer> IocLayers { get; init; } = IocLayer.Default;

    /// <summary>--maker-close-timeout of --close maker-first: how long the maker close may rest in all.</summary>
    public TimeSpan MakerCloseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>--max-adverse-bps of --close maker-first: the move of the mid against the position that ends the maker close.</summary>
    public decimal MaxAdverseBps { get; init; } = 5m;

    /// <summary>--quote-spread-bps of --strategy two-sided: how far apart the bid and ask are quoted around the mid (0: at the touch).</summary>
    public decimal QuoteSpreadBps { get; init; }

    /// <summary>--requote-bps of --strategy two-sided: the move of the mid that cancels and re-places both quotes.</summary>
    public decimal RequoteBps { get; init; } = 2m;

    /// <summary>--max-position of --strategy two-sided: the absolute position no quote may take it past; null means --quantity.</summary>
    public decimal? MaxPosition { get; init; }

    /// <summary>--max-inventory-time of --strategy two-sided: how long a position may sit at the bound before it is closed.</summary>
    public TimeSpan MaxInventoryTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>--hedge-exchange: the venue each fill of the open is hedged on (--strategy hedge); null when not hedging.</summary>
    public string? HedgeVenue { get; init; }

    /// <summary>--hold-time of hedged farming: how long both legs are held before they are unwound.</summary>
    public TimeSpan HoldTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>--hedge-with: how a fill is hedged on the other venue, "ioc" (IOC, then market) or "maker-first".</summary>
    public string HedgeWith { get; init; } = "ioc";

    public int? MaxCycles { get; init; }

    public decimal? TargetVolume { get; init; }

    public decimal? MaxLoss { get; init; }

    /// <summary>Fee rates (fractions of notional) the --max-loss pre-check assumes: the venue's profile or the paper fees.</summary>
    public decimal MakerFeeRate { get; init; }

    public decimal TakerFeeRate { get; init; }

    /// <summary>The name of the fee profile behind those rates (as the run header shows it); null when none was resolved.</summary>
    public string? FeeProfile { get; init; }

    public Side CloseSide => Direction.Opposite();

    public string StrategyName => Strategy ?? (Boost ? "boost" : "normal");

    public string CloseTacticName => CloseTactic ?? (UseIoc ? "ioc" : "market");

    public string Label => $"{Venue.ToUpperInvariant()}_{Ticker}";
}
