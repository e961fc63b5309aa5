using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>One listed market: its options and the matching engine it trades on.</summary>
internal sealed class EmulatedMarket
{
    public EmulatedMarket(int index, MarketModelOptions options, MatchingEngine engine)
    {
        Index = index;
        Options = options;
        Engine = engine;
    }

    public int Index { get; }

    public string Symbol => Options.Symbol;

    public MarketModelOptions Options { get; }

    public MatchingEngine Engine { get; }

    /// <summary>The mark price (GET /markets/summary, the minimum-notional check): the mid, as the emulator has no index.</summary>
    public decimal MarkPrice => Engine.Top.Mid;

    /// <summary>Paradex ids are long decimal strings: market digit, then the engine's sequence.</summary>
    public string WireId(string engineId) => $"{Index + 1}{engineId.PadLeft(15, '0')}";
}
