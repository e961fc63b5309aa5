using System.Globalization;
using VolumeBot.Emulators.Grvt;

namespace VolumeBot.Cli.Tests;

/// <summary>The environment that points the program's GRVT client at an emulator, every host on the emulator.</summary>
internal static class GrvtEmulatorEnvironment
{
    public static Dictionary<string, string> For(GrvtEmulator emulator, string privateKey, string apiKey) => new()
    {
        ["GRVT_ENVIRONMENT"] = "testnet",
        ["GRVT_TRADING_ACCOUNT_ID"] = emulator.Options.SubAccountId.ToString(CultureInfo.InvariantCulture),
        ["GRVT_PRIVATE_KEY"] = privateKey,
        ["GRVT_API_KEY"] = apiKey,
        ["GRVT_EDGE_URL"] = emulator.BaseAddress.ToString(),
        ["GRVT_TRADES_URL"] = emulator.BaseAddress.ToString(),
        ["GRVT_MARKET_DATA_URL"] = emulator.BaseAddress.ToString(),
        ["GRVT_WS_URL"] = emulator.WebSocketUrl.ToString(),
        ["GRVT_MARKET_DATA_WS_URL"] = emulator.MarketDataWebSocketUrl.ToString(),
    };
}
