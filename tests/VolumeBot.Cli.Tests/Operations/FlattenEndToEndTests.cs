using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Cli.Tests.Operations;

/// <summary>
/// `volumebot flatten` against both emulators, on an account left with a position, a resting order of the bot's and
/// one placed by someone else (an id outside the bot's keyed range, as the venues' web interfaces use).
/// </summary>
public class FlattenEndToEndTests
{
    private const string ForeignId = "4242";

    [Fact]
    public async Task Paradex_flatten_shows_then_closes_the_bots_side_and_leaves_a_foreign_order_unless_told()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = EmulatorClients.Paradex(emulator);
        var ownId = await LeaveAPositionAndTwoOrdersAsync(client, 0.01m);

        await FlattenInStepsAsync(
            emulator.EnvironmentFor(),
            ["--exchange", "paradex", "--ticker", "BTC"],
            position: () => emulator.Position(),
            openOrders: () => emulator.Orders().Where(o => emulator.Order(o.ClientId) is { } order && !order.Status.IsTerminal()).Select(o => o.ClientId).ToList(),
            ownId,
            emulator.Account.PrivateKeyHex);
    }

    [Fact]
    public async Task Grvt_flatten_shows_then_closes_the_bots_side_and_leaves_a_foreign_order_unless_told()
    {
        const string key = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";
        await using var emulator = await GrvtEmulator.StartAsync(CheckEndToEndTests.GrvtOptions());
        await using var client = new GrvtClient(new GrvtClientOptions
        {
            Environment = GrvtEnvironment.SingleHost("testnet", GrvtChainId.Testnet, emulator.BaseAddress),
            SubAccountId = emulator.Options.SubAccountId,
            ApiKey = emulator.Options.ApiKey,
            SigningKey = EthereumKey.FromHex(key),
            Ticker = "ETH",
        });
        var ownId = await LeaveAPositionAndTwoOrdersAsync(client, 0.1m);

        await FlattenInStepsAsync(
            GrvtEmulatorEnvironment.For(emulator, key, emulator.Options.ApiKey),
            ["--exchange", "grvt", "--ticker", "ETH"],
            position: () => emulator.Position,
            openOrders: () => emulator.OpenOrders.Select(o => o.Request.ClientOrderId).ToList(),
            ownId,
            key);
    }

    /// <summary>A long position from a market buy, a resting buy of the bot's and a resting buy of someone else's, far below the touch.</summary>
    private static async Task<string> LeaveAPositionAndTwoOrdersAsync(IExchangeClient client, decimal quantity)
    {
        var rules = await client.ConnectAsync(CancellationToken.None);
        Assert.True(rules.IsSuccess, rules.ToString());
        var ids = new ClientOrderIds(client.ClientOrderIdKey, new Random(5));
        var bought = await client.PlaceOrderAsync(new OrderRequest(ids.Next(), Side.Buy, OrderKind.Market, quantity, null), CancellationToken.None);
        Assert.True(bought.IsSuccess, bought.ToString());
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var farBelow = rules.Value.RoundPrice(top.BestBid * 0.9m);
        var ownId = ids.Next();
        foreach (var id in new[] { ownId, ForeignId })
        {
            var rest = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, quantity, farBelow), CancellationToken.None);
            Assert.True(rest.IsSuccess, rest.ToString());
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await client.GetOpenOrdersAsync(CancellationToken.None)).Value.Count != 2 || (await client.GetPositionAsync(CancellationToken.None)).Value.SignedSize != quantity)
        {
            Assert.True(DateTime.UtcNow < deadline, "the venue never showed the position and the two resting orders");
            await Task.Delay(50);
        }

        return ownId;
    }

    private static async Task FlattenInStepsAsync(IReadOnlyDictionary<string, string> environment, string[] market, Func<decimal> position, Func<IReadOnlyList<string>> openOrders, string ownId, string secret)
    {
        var startPosition = position();
        var (dryExit, dryRun) = await VolumebotProcess.RunAsync(["flatten", .. market], environment, timeoutSeconds: 60);
        using (dryRun)
        {
            Assert.True(dryExit == 1, dryRun.Stdout + dryRun.Stderr);
            Assert.Contains("Would cancel 1 open order(s)", dryRun.Stdout, StringComparison.Ordinal);
            Assert.Contains($"(PostOnly, {ownId})", dryRun.Stdout, StringComparison.Ordinal);
            Assert.Contains("Leaving 1 order(s) volumebot did not place", dryRun.Stdout, StringComparison.Ordinal);
            Assert.Contains($"Would close the long {startPosition} position reduce-only", dryRun.Stdout, StringComparison.Ordinal);
            Assert.Contains("Nothing done: add --yes", dryRun.Stdout, StringComparison.Ordinal);
            Assert.Equal(startPosition, position());
            Assert.Equal(2, openOrders().Count);
        }

        var (ownExit, ownRun) = await VolumebotProcess.RunAsync(["flatten", .. market, "--yes"], environment, timeoutSeconds: 60);
        using (ownRun)
        {
            Assert.True(ownExit == 1, ownRun.Stdout + ownRun.Stderr);
            Assert.Contains("not flat: the venue still shows 1 open order(s) placed by someone else (--all-orders cancels them)", ownRun.OnlyErrorLine(), StringComparison.Ordinal);
            Assert.Contains($"  IOC sell {startPosition} @ ", ownRun.Stdout, StringComparison.Ordinal);
            Assert.Equal(0m, position());
            Assert.Equal([ForeignId], openOrders());
        }

        var (allExit, allRun) = await VolumebotProcess.RunAsync(["flatten", .. market, "--yes", "--all-orders"], environment, timeoutSeconds: 60);
        using (allRun)
        {
            Assert.True(allExit == 0, allRun.Stdout + allRun.Stderr);
            Assert.Contains("Flat: the venue shows no position and no open order on the market.", allRun.Stdout, StringComparison.Ordinal);
            Assert.Empty(openOrders());
            Assert.Equal(0m, position());
            Assert.DoesNotContain(secret[2..], allRun.Stdout + allRun.Stderr + ownRun.Stdout + ownRun.Stderr, StringComparison.OrdinalIgnoreCase);
        }
    }
}
