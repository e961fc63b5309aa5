using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt;
using VolumeBot.Grvt.Signing;
using static VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;
using Hedged = VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// A hedged run (Paradex hedged on GRVT) killed with SIGKILL, restarted in the same directory: once while its open
/// rests (the open fills while it is dead, unhedged and missing from the CSV), once while both legs are held. The last
/// restart closes what each venue holds, writes every fill to its venue's CSV and never touches an order of someone
/// else's on either venue.
/// </summary>
public class HedgedKillAndRestartEndToEndTests
{
    private const string ForeignId = "4242";

    [Fact]
    public async Task Killed_while_the_open_rests_and_while_both_legs_are_held_the_restarts_end_flat_on_both_with_every_fill_in_its_csv()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        await using (var paradexClient = EmulatorClients.Paradex(paradex))
        {
            await RestAForeignBuyAsync(paradexClient);
        }

        await using (var grvtClient = GrvtClient(grvt))
        {
            await RestAForeignBuyAsync(grvtClient);
        }

        var directory = Directory.CreateTempSubdirectory("volumebot-hedge-kill-").FullName;
        var environment = Environment(paradex, grvt);
        string[] Run(int holdSeconds, int cycles) =>
            ["--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--hold-time", $"{holdSeconds}", "--maker-close-timeout", "2", "--max-cycles", $"{cycles}", "--no-live"];
        var log = new System.Text.StringBuilder();
        try
        {
            using (var first = new VolumebotProcess(Run(30, 1000), environment, workingDirectory: directory))
            {
                await first.WaitForOutputAsync("Placed post-only");
                first.Signal("KILL");
                Assert.Equal(137, await first.WaitForExitAsync(30));
                log.Append(first.Stdout).AppendLine("----- SIGKILL while the open rests -----");
            }

            // another trader sells into the dead run's resting buy: a Paradex leg with no hedge and no CSV row
            // the flow fills the dead run's resting buy (another trader's sells help it along): a Paradex leg with no hedge and no CSV row
            var deadline = DateTime.UtcNow.AddSeconds(60);
            for (var sell = 0; paradex.Position() < 0.01m && DateTime.UtcNow < deadline; sell++)
            {
                paradex.Engine().Submit("another-trader", new OrderRequest($"kill-taker-{sell}", Side.Sell, OrderKind.Market, 0.01m, null));
                await Task.Delay(200);
            }

            Assert.True(paradex.Position() == 0.01m, $"the dead run's open did not fill: {paradex.Position()}\n{log}");

            using (var second = new VolumebotProcess(Run(30, 1000), environment, workingDirectory: directory))
            {
                await second.WaitForOutputAsync("holding 30 s");
                second.Signal("KILL");
                Assert.Equal(137, await second.WaitForExitAsync(30));
                log.Append(second.Stdout).AppendLine("----- SIGKILL while both legs are held -----");
                Assert.Contains("[RECOVER] 1 fills of an earlier run", second.Stdout, StringComparison.Ordinal);
            }

            Assert.True((paradex.Position(), grvt.Position) == (0.01m, -0.01m), $"paradex {paradex.Position()}, grvt {grvt.Position}\n{log}");

            using var last = new VolumebotProcess(Run(1, 1), environment, workingDirectory: directory);
            var exit = await last.WaitForExitAsync(120);
            log.Append(last.Stdout).Append(last.Stderr);

            Assert.True(exit == 0, log.ToString());
            Assert.Contains("[RECONCILE] Closing a position left by an earlier run on grvt: -0.01", last.Stdout, StringComparison.Ordinal);
            Assert.True((paradex.Position(), grvt.Position) == (0m, 0m), $"paradex {paradex.Position()}, grvt {grvt.Position}\n{log}");
            Assert.Equal([ForeignId], paradex.Engine().OpenOrders(paradex.Account.Id).Select(o => o.Request.ClientOrderId));
            Assert.Equal([ForeignId], grvt.OpenOrders.Select(o => o.Request.ClientOrderId));
            var (paradexRows, _) = AssertCsvEqualsFills(last, paradex, grvt);
            Assert.Single(paradexRows, r => r["CloseMethod"] == "recovered");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static GrvtClient GrvtClient(GrvtEmulator grvt) => new(new GrvtClientOptions
    {
        Environment = GrvtEnvironment.SingleHost("testnet", GrvtChainId.Testnet, grvt.BaseAddress),
        SubAccountId = grvt.Options.SubAccountId,
        ApiKey = grvt.Options.ApiKey,
        SigningKey = EthereumKey.FromHex(CloseTacticEndToEndTests.GrvtKey),
        Ticker = "BTC",
    });

    /// <summary>A resting buy far below the touch with an id outside the bot's keyed range, as a venue's web interface places it.</summary>
    private static async Task RestAForeignBuyAsync(IExchangeClient client)
    {
        var rules = await client.ConnectAsync(CancellationToken.None);
        Assert.True(rules.IsSuccess, rules.ToString());
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var rest = await client.PlaceOrderAsync(new OrderRequest(ForeignId, Side.Buy, OrderKind.PostOnly, 0.01m, rules.Value.RoundPrice(top.BestBid * 0.9m)), CancellationToken.None);
        Assert.True(rest.IsSuccess, rest.ToString());
        Assert.False(new ClientOrderIds(client.ClientOrderIdKey, new Random(1)).IsOwn(ForeignId));
    }
}
