using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Support;

/// <summary>Real <see cref="ParadexClient"/>s pointed at an emulator, with test-sized timeouts and back-offs.</summary>
internal static class ParadexTestClients
{
    public static ParadexClientOptions Options(ParadexEmulator emulator, string? privateKeyHex = null, string ticker = "BTC")
    {
        var (environment, error) = ParadexEnvironment.From(name => emulator.EnvironmentFor().GetValueOrDefault(name));
        Assert.Null(error);
        return new ParadexClientOptions
        {
            Environment = environment!,
            Market = ParadexClientOptions.MarketFor(ticker),
            Key = StarkKey.FromHex(privateKeyHex ?? emulator.Account.PrivateKeyHex),
            L1Address = emulator.Account.L1Address,
            RequestTimeout = TimeSpan.FromSeconds(5),
            SubmitTimeout = TimeSpan.FromSeconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RetryMaxDelay = TimeSpan.FromMilliseconds(200),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(500),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
    }

    public static async Task<ParadexClient> ConnectedAsync(ParadexEmulator emulator, Func<ParadexClientOptions, ParadexClientOptions>? tweak = null, TimeProvider? time = null)
    {
        var options = Options(emulator);
        var client = new ParadexClient(tweak is null ? options : tweak(options), time);
        var connected = await client.ConnectAsync(CancellationToken.None);
        Assert.True(connected.IsSuccess, connected.ToString());
        return client;
    }

    /// <summary>A market that trades briskly, for tests that need fills within a second or two.</summary>
    public static ParadexEmulatorOptions BusyMarket(int seed = 11) => new() { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = seed };
}
