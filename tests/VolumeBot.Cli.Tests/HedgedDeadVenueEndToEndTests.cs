using System.Diagnostics;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using Xunit.Abstractions;
using static VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;
using Hedged = VolumeBot.Cli.Tests.HedgedFarmingEndToEndTests;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// A venue of a hedged run that stops answering altogether (every request 503, sockets refused), the real program
/// against both emulators: the run halts, closes the leg on the venue that still answers, says in its alert what is
/// open where ("unknown" for the dead venue) and exits 1 within the bound the README states.
/// </summary>
public class HedgedDeadVenueEndToEndTests(ITestOutputHelper output)
{
    /// <summary>The README's bound, 60 s from the first request the dead venue leaves unanswered, plus the 1 s hold before the bot asks it anything; nothing added for load.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60 + 1);

    [Fact]
    public async Task A_paradex_runner_venue_that_dies_in_the_hold_closes_the_grvt_leg_and_exits_1_within_the_bound()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        using var run = await RunUntilDeadAsync(paradex, grvt, () =>
        {
            paradex.Faults.FailNextRequests(1_000_000, 503); // every REST request, public and private
            paradex.Faults.DropWebSockets(TimeSpan.FromHours(1));
        });

        Assert.Equal(0.01m, paradex.Position()); // the long Paradex could not close
        Assert.Equal(0m, grvt.Position); // the hedge leg closed on the venue that answers
        Assert.Empty(grvt.OpenOrders);
        Assert.Empty(paradex.Engine().OpenOrders(paradex.Account.Id));
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains("open now: paradex BTC-USD-PERP unknown", StringComparison.Ordinal) && l.Contains("grvt BTC_USDT_Perp 0", StringComparison.Ordinal));
        AssertCsvEqualsFills(run, paradex, grvt);
    }

    [Fact]
    public async Task A_grvt_hedge_venue_that_dies_in_the_hold_closes_the_paradex_leg_and_exits_1_within_the_bound()
    {
        await using var paradex = await Hedged.Paradex();
        await using var grvt = await Hedged.Grvt();
        using var run = await RunUntilDeadAsync(paradex, grvt, () =>
        {
            grvt.Faults.ServerErrorNext(1_000_000); // every REST request
            grvt.DropWebSockets(TimeSpan.FromHours(1));
        });

        Assert.Equal(0m, paradex.Position()); // the leg on the venue that answers is closed
        Assert.Equal(-0.01m, grvt.Position); // the short GRVT could not close
        Assert.Empty(grvt.OpenOrders);
        Assert.Empty(paradex.Engine().OpenOrders(paradex.Account.Id));
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains("grvt BTC_USDT_Perp unknown", StringComparison.Ordinal) && l.Contains("open now: paradex BTC-USD-PERP 0 ", StringComparison.Ordinal));
        AssertCsvEqualsFills(run, paradex, grvt);
    }

    /// <summary>Runs Paradex hedged on GRVT, kills a venue once both legs are held, and asserts exit code 1 within <see cref="Bound"/>.</summary>
    private async Task<VolumebotProcess> RunUntilDeadAsync(ParadexEmulator paradex, GrvtEmulator grvt, Action kill)
    {
        var run = new VolumebotProcess(Args, Environment(paradex, grvt));
        try
        {
            await run.WaitForOutputAsync("holding");
            var died = Stopwatch.StartNew();
            kill();
            var exit = await run.WaitForExitAsync(240);
            var took = died.Elapsed;
            output.WriteLine($"exited {took.TotalSeconds:0.0} s after the venue died");
            Assert.True(exit == 1, run.Stdout + run.Stderr);
            Assert.True(took <= Bound, $"exited {took.TotalSeconds:0} s after the venue died\n{run.Stdout}");
            return run;
        }
        catch
        {
            run.Dispose(); // ends the program if it is still running
            throw;
        }
    }
}
