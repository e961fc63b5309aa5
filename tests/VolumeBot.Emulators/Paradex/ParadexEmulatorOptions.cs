using VolumeBot.Paradex.Signing;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>How a <see cref="ParadexEmulator"/> behaves: its markets, chain, account and token lifetime.</summary>
public sealed record ParadexEmulatorOptions
{
    /// <summary>paradex-py's own test key (public test material, not a secret).</summary>
    public const string DefaultPrivateKey = "0x543b6cf6c91817a87174aaea4fb370ac1c694e864d7740d728f8344d53e815";

    public const string DefaultL1Address = "0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984";

    /// <summary>Markets the emulator lists; BTC-USD-PERP with the paper defaults unless told otherwise.</summary>
    public IReadOnlyList<MarketModelOptions> Markets { get; init; } = [MarketModelOptions.ForTicker("paradex", "BTC")];

    /// <summary>
    /// Protocol tests place orders a few ticks from the touch and expect them to stay put, so the emulator keeps the calm
    /// legacy walk of the market model unless this is set (the calibrated volatility is for paper runs and simulate).
    /// </summary>
    public bool CalibratedVolatility { get; init; }

    public int Seed { get; init; } = 7;

    public FeeSchedule Fees { get; init; } = FeeSchedule.Paradex;

    /// <summary>Whether GET /account/info carries <c>fees</c> (the account's <see cref="Fees"/>); false leaves them out.</summary>
    public bool ReportsFeeRates { get; init; } = true;

    public string ChainId { get; init; } = ParadexDomain.TestnetChainId;

    /// <summary>Testnet class hashes (the values every SDK test uses).</summary>
    public string AccountClassHash { get; init; } = "0x41cb0280ebadaa75f996d8d92c6f265f6d040bb3ba442e5f86a554f1765244e";

    public string ProxyClassHash { get; init; } = "0x3530cc4759d78042f1b543bf797f5f3d647cde0388c33734cf91b7f7b9314a9";

    /// <summary>The onboarded account every emulator starts with.</summary>
    public string AccountPrivateKey { get; init; } = DefaultPrivateKey;

    public string AccountL1Address { get; init; } = DefaultL1Address;

    /// <summary>Paradex JWTs live 5 minutes.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How far the signed auth timestamp may be from the emulator's clock.</summary>
    public TimeSpan AuthClockTolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the markets are stepped in the background, so resting orders fill without anyone asking.</summary>
    public TimeSpan StepTimer { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The delay an interactive (Retail) order or cancel waits before the venue acts on it.</summary>
    public TimeSpan RetailSpeedBump { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The Retail limits per rolling window (Paradex's 3/s, 30/min, 300/h, 1,000/24 h unless told otherwise).</summary>
    public IReadOnlyList<(TimeSpan Window, int Limit)> RetailLimits { get; init; } = RetailOrderDesk.ParadexLimits;

    /// <summary>Whether POST /orders verifies the Stark signature; off only for latency benchmarks, where its cost is the emulator's, not the bot's.</summary>
    public bool VerifiesOrderSignatures { get; init; } = true;

    /// <summary>How often order_book.{market}.snapshot@15@… subscribers get a snapshot (and bbo.{market} subscribers a changed touch).</summary>
    public TimeSpan BookStreamInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>GET /account's free_collateral (USDC) of the funded account.</summary>
    public decimal FreeCollateral { get; init; } = 100_000m;

    /// <summary>Every market's max_order_size.</summary>
    public decimal MaxOrderSize { get; init; } = 1_000m;

    /// <summary>Every market's delta1_cross_margin_params.imf_base (0.02 = 50x, as BTC-USD-PERP).</summary>
    public decimal InitialMarginFraction { get; init; } = 0.02m;

    /// <summary>A BTC market that trades briskly: small steps and frequent, larger takers, so test cycles take a second or two.</summary>
    public static MarketModelOptions BusyBtc { get; } = MarketModelOptions.ForTicker("paradex", "BTC") with
    {
        StepInterval = TimeSpan.FromMilliseconds(25),
        TakerArrivalProbability = 0.6,
        TakerMeanSize = 0.15m,
        SpreadWideningProbability = 0.01,
    };
}
