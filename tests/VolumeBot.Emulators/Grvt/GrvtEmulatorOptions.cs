using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

/// <summary>Who may trade on the emulator and what market it runs.</summary>
public sealed record GrvtEmulatorOptions
{
    public string Ticker { get; init; } = "ETH";

    public ulong SubAccountId { get; init; } = 8289849667772468;

    /// <summary>The API key that logs in; any other is refused.</summary>
    public string ApiKey { get; init; } = "emulator-api-key";

    /// <summary>The address orders must be signed by (the key registered for the API key).</summary>
    public required string SignerAddress { get; init; }

    /// <summary>The EIP-712 chain id signatures are checked against (prod 325, testnet 326).</summary>
    public ulong ChainId { get; init; } = 325;

    /// <summary>Opaque value of the X-Grvt-Account-Id header that login hands out.</summary>
    public string AccountIdHeader { get; init; } = "emulated-account-7f3a";

    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(24);

    public int Seed { get; init; } = 7;

    public FeeSchedule Fees { get; init; } = FeeSchedule.Grvt;

    /// <summary>The tier level funding_account_summary reports with <see cref="Fees"/> (Level 1 is the published 2.7 / 5.5 bps).</summary>
    public int FeeTier { get; init; } = 1;

    /// <summary>The simulated market; null uses the paper defaults for the ticker.</summary>
    public MarketModelOptions? Market { get; init; }

    /// <summary>How often the market steps while nobody calls (calls step it too).</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How often the market-data v1.book.d stream sends the levels that changed.</summary>
    public TimeSpan BookStreamInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The instrument's max_position_size.</summary>
    public decimal MaxPositionSize { get; init; } = 1_000_000m;

    /// <summary>account_summary's available_balance (USDT) of the funded sub-account.</summary>
    public decimal AvailableBalance { get; init; } = 100_000m;

    public string Instrument => $"{Ticker}_USDT_Perp";

    /// <summary>GRVT's hash pattern for perps: quote id, underlying id, kind (protocols/grvt.md §3.3).</summary>
    public string InstrumentHash => Ticker switch
    {
        "BTC" => "0x030501",
        "ETH" => "0x030401",
        "SOL" => "0x030c01",
        _ => "0x03ff01",
    };

    /// <summary>GRVT perps sign sizes with 9 decimals.</summary>
    public int BaseDecimals { get; init; } = 9;

    /// <summary>
    /// Protocol tests place orders a few ticks from the touch and expect them to stay put, so the emulator keeps the calm
    /// legacy walk of the market model unless this is set (the calibrated volatility is for paper runs and simulate).
    /// </summary>
    public bool CalibratedVolatility { get; init; }

    public MarketModelOptions MarketOptions => CalibratedVolatility
        ? Market ?? MarketModelOptions.ForTicker("grvt", Ticker)
        : (Market ?? MarketModelOptions.ForTicker("grvt", Ticker)) with { DailyVolatilityPercent = null };
}
