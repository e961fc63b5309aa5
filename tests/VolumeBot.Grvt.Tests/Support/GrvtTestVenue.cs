using System.Threading.Channels;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Grvt;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Grvt.Tests.Support;

/// <summary>An emulator and a real GrvtClient pointed at it, with short timeouts so faults resolve in milliseconds.</summary>
internal sealed class GrvtTestVenue : IAsyncDisposable
{
    /// <summary>A throwaway key: never used anywhere but here.</summary>
    public const string PrivateKeyHex = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

    public const string ApiKey = "2WYgf9fKibj9wUB1mMb9BpMgFZn";

    public static readonly EthereumKey Key = EthereumKey.FromHex(PrivateKeyHex);

    private GrvtTestVenue(GrvtEmulator emulator, GrvtClient client, GrvtClientOptions options)
    {
        Emulator = emulator;
        Client = client;
        ClientOptions = options;
    }

    public GrvtEmulator Emulator { get; }

    public GrvtClient Client { get; }

    public GrvtClientOptions ClientOptions { get; }

    /// <summary>ETH on a busy market: 20 ms steps, thin top level, frequent takers, so resting orders fill quickly.</summary>
    public static MarketModelOptions FastMarket(string ticker = "ETH") =>
        MarketModelOptions.ForTicker("grvt", ticker) with { StepInterval = TimeSpan.FromMilliseconds(20), TopLevelSize = 1m, TakerArrivalProbability = 0.5 };

    public static GrvtEmulatorOptions EmulatorOptions(int seed = 7) => new()
    {
        SignerAddress = Key.Address,
        ApiKey = ApiKey,
        ChainId = GrvtChainId.Testnet,
        Market = FastMarket(),
        Seed = seed,
    };

    public static GrvtClientOptions ClientOptionsFor(GrvtEmulator emulator, string apiKey = ApiKey, TimeSpan? requestTimeout = null, TimeSpan? sessionRefreshMargin = null) => new()
    {
        Environment = GrvtEnvironment.SingleHost("testnet", GrvtChainId.Testnet, emulator.BaseAddress),
        SubAccountId = emulator.Options.SubAccountId,
        ApiKey = apiKey,
        SigningKey = Key,
        Ticker = emulator.Options.Ticker,
        RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(3),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(30),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(300),
        SessionRefreshMargin = sessionRefreshMargin ?? TimeSpan.FromMinutes(5),
    };

    public static async Task<GrvtTestVenue> StartAsync(GrvtEmulatorOptions? options = null, bool connect = true, TimeSpan? requestTimeout = null)
    {
        var emulator = await GrvtEmulator.StartAsync(options ?? EmulatorOptions());
        var clientOptions = ClientOptionsFor(emulator, requestTimeout: requestTimeout);
        var client = new GrvtClient(clientOptions);
        var venue = new GrvtTestVenue(emulator, client, clientOptions);
        if (connect)
        {
            var rules = await client.ConnectAsync(CancellationToken.None);
            Assert.True(rules.IsSuccess, rules.ToString());
        }

        return venue;
    }

    public async Task<TopOfBook> TopAsync()
    {
        var top = await Client.GetTopOfBookAsync(CancellationToken.None);
        Assert.True(top.IsSuccess, top.ToString());
        return top.Value;
    }

    /// <summary>Reads events until one matches; fails after <paramref name="timeoutSeconds"/>.</summary>
    public async Task<T> NextEventAsync<T>(Func<T, bool>? match = null, double timeoutSeconds = 10)
        where T : VenueEvent
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            while (await Client.Events.WaitToReadAsync(timeout.Token))
            {
                while (Client.Events.TryRead(out var venueEvent))
                {
                    Seen.Add(venueEvent);
                    if (venueEvent is T wanted && (match?.Invoke(wanted) ?? true))
                    {
                        return wanted;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // reported below
        }

        throw new TimeoutException($"no {typeof(T).Name} within {timeoutSeconds}s; seen: {string.Join(" | ", Seen)}");
    }

    /// <summary>Everything read from the event stream so far.</summary>
    public List<VenueEvent> Seen { get; } = [];

    /// <summary>Drains what is already queued without waiting.</summary>
    public IReadOnlyList<VenueEvent> DrainEvents()
    {
        while (Client.Events.TryRead(out var venueEvent))
        {
            Seen.Add(venueEvent);
        }

        return Seen;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

internal static class Wait
{
    /// <summary>Polls a condition every 10 ms until it holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, double timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(10);
        }
    }
}
