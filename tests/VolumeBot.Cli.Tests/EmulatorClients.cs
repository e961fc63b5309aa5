using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Cli.Tests;

/// <summary>Venue clients in the test process on an emulator's default account, for setting a scene or watching the seam.</summary>
internal static class EmulatorClients
{
    public static ParadexClient Paradex(ParadexEmulator emulator)
    {
        var (environment, error) = ParadexEnvironment.From(name => emulator.EnvironmentFor().GetValueOrDefault(name));
        Assert.Null(error);
        return new ParadexClient(new ParadexClientOptions
        {
            Environment = environment!,
            Market = "BTC-USD-PERP",
            Key = StarkKey.FromHex(emulator.Account.PrivateKeyHex),
            L1Address = emulator.Account.L1Address,
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        });
    }
}
