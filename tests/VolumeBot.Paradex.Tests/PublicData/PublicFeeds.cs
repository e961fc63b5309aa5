using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.PublicData;

namespace VolumeBot.Paradex.Tests.PublicData;

/// <summary>Public-data feeds pointed at an emulator the way the CLI points them: environment variables, no keys.</summary>
internal static class PublicFeeds
{
    public static ParadexPublicMarketData For(ParadexEmulator emulator, string market = "BTC-USD-PERP")
    {
        var variables = new Dictionary<string, string>
        {
            [ParadexEnvironment.EnvironmentVariable] = "testnet",
            [ParadexEnvironment.RestUrlVariable] = emulator.RestUrl.ToString(),
        };
        var (environment, error) = ParadexEnvironment.From(variables.GetValueOrDefault);
        Assert.Null(error);
        return new ParadexPublicMarketData(new ParadexPublicDataOptions
        {
            Environment = environment!,
            Market = market,
            RequestTimeout = TimeSpan.FromSeconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        });
    }
}
