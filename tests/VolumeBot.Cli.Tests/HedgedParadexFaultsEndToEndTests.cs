using static VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;
using Hedged = VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// Faults on the Paradex side of a hedged run, the real program against both emulators: Paradex as the runner's venue
/// (hedged on GRVT) and as the hedge venue (GRVT hedged on Paradex). Whatever Paradex does, nothing of the bot is left
/// resting on either venue, the net exposure stays within one open, and each CSV holds exactly its venue's fills.
/// </summary>
public class HedgedParadexFaultsEndToEndTests
{
    private static string[] GrvtHedgedOnParadex => ["--exchange", "grvt", "--hedge-exchange", "paradex", .. Args.Skip(4)];

    [Fact]
    public async Task Paradex_as_the_runner_venue_loses_the_opens_answer_and_its_socket_in_the_hold_and_ends_flat_on_both()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        paradex.Faults.TimeOutNextOrder(); // the first open is placed, its answer never comes
        using var run = new VolumebotProcess(Args, Environment(paradex, grvt));
        await run.WaitForOutputAsync("holding");
        paradex.Faults.DropWebSockets(TimeSpan.FromSeconds(1)); // both legs held, the Paradex order stream cut
        var exit = await run.WaitForExitAsync(180);

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Single(paradex.Faults.TimedOutClientIds);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Order stream restored after a drop", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("looking the order up", run.Stdout, StringComparison.Ordinal);
        var (paradexRows, _) = AssertNothingOpenWithCsvsEqualToFills(run, paradex, grvt);
        Assert.Equal(0.02m, paradexRows.Where(r => r["Side"] == "buy").Sum(r => D(r["Quantity"]))); // two opens, the lost one not placed again
    }

    [Fact]
    public async Task Paradex_as_the_hedge_venue_loses_a_hedge_answer_a_cancel_answer_and_its_socket_and_hedges_nothing_twice()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        paradex.Faults.TimeOutNextOrder(); // the first hedge is carried out, its answer never comes
        paradex.Faults.LoseNextCancelAnswers(); // and the first cancel there, if the maker unwind has to chase
        using var run = new VolumebotProcess(GrvtHedgedOnParadex, Environment(paradex, grvt));
        await run.WaitForOutputAsync("[HEDGE] Cycle 1:");
        paradex.Faults.DropWebSockets(TimeSpan.FromSeconds(1));
        var exit = await run.WaitForExitAsync(180);

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Single(paradex.Faults.TimedOutClientIds);
        Assert.Contains("looking the order up", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        var (paradexRows, _) = AssertNothingOpenWithCsvsEqualToFills(run, paradex, grvt);
        Assert.Equal(0.02m, paradexRows.Where(r => r["Side"] == "sell").Sum(r => D(r["Quantity"]))); // both opens hedged, none twice
    }

    [Fact]
    public async Task A_paradex_hedge_venue_that_stops_taking_orders_closes_the_grvt_leg_and_exits_1_saying_what_is_open_where()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        paradex.Faults.FailNextRequests(100_000, 503, "POST /v1/orders");
        var (exit, run) = await VolumebotProcess.RunAsync(GrvtHedgedOnParadex, Environment(paradex, grvt), timeoutSeconds: 240);
        using var _ = run;

        Assert.True(exit == 1, run.Stdout + run.Stderr);
        Assert.Contains("open now: grvt BTC_USDT_Perp 0 (by this run's fills), paradex BTC-USD-PERP 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains("Trading halted: the hedge of", StringComparison.Ordinal));
        var (paradexRows, grvtRows) = AssertNothingOpenWithCsvsEqualToFills(run, paradex, grvt);
        Assert.Empty(paradexRows);
        Assert.NotEmpty(grvtRows); // the open filled and was closed again
    }

    [Fact]
    public async Task A_paradex_runner_venue_that_stops_taking_orders_in_the_hold_exits_1_with_the_exposure_within_one_open_and_nothing_resting()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        using var run = new VolumebotProcess(Args, Environment(paradex, grvt));
        await run.WaitForOutputAsync("holding");
        paradex.Faults.FailNextRequests(100_000, 503, "POST /v1/orders"); // the unwind cannot be placed, by any tactic
        paradex.Faults.DropWebSockets(TimeSpan.FromSeconds(5));
        var exit = await run.WaitForExitAsync(240);

        Assert.True(exit == 1, run.Stdout + run.Stderr);
        Assert.Equal(0.01m, paradex.Position()); // the long Paradex could not close
        Assert.InRange(Math.Abs(paradex.Position() + grvt.Position), 0m, 0.01m);
        Assert.Empty(grvt.OpenOrders);
        Assert.Empty(paradex.Engine().OpenOrders(paradex.Account.Id));
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains($"open now: paradex BTC-USD-PERP 0.01 (by this run's fills), grvt BTC_USDT_Perp {grvt.Position.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}", StringComparison.Ordinal));
        AssertCsvEqualsFills(run, paradex, grvt);
    }
}
