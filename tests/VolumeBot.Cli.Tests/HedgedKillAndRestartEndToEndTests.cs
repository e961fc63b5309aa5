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
/// A hedged run (Paradex hedged on GRVT) killed with SIGKILL, restarted in the same directory: while its open rests
/// (the open fills while it is dead, unhedged and missing from the Paradex CSV), while a hedge filled on GRVT but its
/// answer had not come (missing from the GRVT CSV), and while both legs are held. Each restart writes the missed fills
/// to their venue's CSV and closes what each venue holds; no order of someone else's is touched on either venue.
/// </summary>
public class HedgedKillAndRestartEndToEndTests
{
    private const string ForeignId = "4242";

    [Fact]
    public async Task Killed_while_the_open_rests_while_a_hedge_answer_is_outstanding_and_while_both_legs_are_held_the_restarts_end_flat_on_both_with_every_fill_in_its_csv()
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
            // killed while the open rests; the flow fills it while the run is dead (another trader's sells help it along): a
            // Paradex leg with no hedge and no CSV row. Should the price run away from it, the next run cancels it at start-up
            // and is killed the same way.
            for (var attempt = 0; attempt < 4 && paradex.Position() < 0.01m; attempt++)
            {
                using (var first = new VolumebotProcess(Run(30, 1000), environment, workingDirectory: directory))
                {
                    await first.WaitForOutputAsync("Placed post-only");
                    first.Signal("KILL");
                    Assert.Equal(137, await first.WaitForExitAsync(30));
                    log.Append(first.Stdout).AppendLine("----- SIGKILL while the open rests -----");
                }

                var deadline = DateTime.UtcNow.AddSeconds(10);
                for (var sell = 0; paradex.Position() < 0.01m && DateTime.UtcNow < deadline; sell++)
                {
                    paradex.Engine().Submit("another-trader", new OrderRequest($"kill-taker-{attempt}-{sell}", Side.Sell, OrderKind.Market, 0.01m, null));
                    await Task.Delay(200);
                }
            }

            Assert.True(paradex.Position() == 0.01m, $"the dead run's open did not fill: {paradex.Position()}\n{log}");

            // the next hedge fills on GRVT, but neither its answer nor (for a while) its events reach the bot before it dies
            grvt.Faults.TimeOutNextCreateOrder();
            grvt.Faults.FeedDelay = TimeSpan.FromSeconds(8);
            using (var second = new VolumebotProcess(Run(30, 1000), environment, workingDirectory: directory))
            {
                await second.WaitForOutputAsync("[HEDGE] Cycle 1: hedging");
                await Task.Delay(TimeSpan.FromSeconds(1.5)); // the IOC reaches GRVT and fills; the bot waits up to 5 s for its answer
                second.Signal("KILL");
                Assert.Equal(137, await second.WaitForExitAsync(30));
                log.Append(second.Stdout).AppendLine("----- SIGKILL while the hedge's answer is outstanding -----");
                Assert.Contains("[RECOVER] ", second.Stdout, StringComparison.Ordinal);
            }

            grvt.Faults.FeedDelay = TimeSpan.Zero;
            Assert.True((paradex.Position(), grvt.Position) == (0.01m, -0.01m), $"paradex {paradex.Position()}, grvt {grvt.Position}\n{log}");

            using (var third = new VolumebotProcess(Run(30, 1000), environment, workingDirectory: directory))
            {
                await third.WaitForOutputAsync("holding 30 s");
                third.Signal("KILL");
                Assert.Equal(137, await third.WaitForExitAsync(30));
                log.Append(third.Stdout).AppendLine("----- SIGKILL while both legs are held -----");
                Assert.Contains("[RECOVER] 1 fills of an earlier run on grvt", third.Stdout, StringComparison.Ordinal);
                Assert.Contains("[RECONCILE] Closing a position left by an earlier run on grvt: -0.01", third.Stdout, StringComparison.Ordinal);
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
            var (paradexRows, grvtRows) = AssertCsvEqualsFills(last, paradex, grvt);
            Assert.Contains(paradexRows, r => r["CloseMethod"] == "recovered"); // the open filled while the first run was dead
            Assert.Single(grvtRows, r => r["CloseMethod"] == "recovered"); // the hedge whose answer the second run never got
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
