using System.Diagnostics;
using VolumeBot.Simulation.Clock;

namespace VolumeBot.Simulation.Tests;

public class VirtualClockTests
{
    [Fact]
    public void An_hour_of_waiting_passes_in_simulated_time_only()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var wall = Stopwatch.StartNew();
        var elapsed = VirtualClockRunner.Run(clock, async () =>
        {
            await Task.Delay(TimeSpan.FromHours(1), clock);
            return clock.Elapsed;
        });
        Assert.Equal(TimeSpan.FromHours(1), elapsed);
        Assert.True(wall.Elapsed < TimeSpan.FromSeconds(5), $"took {wall.Elapsed} of real time");
    }

    [Fact]
    public void Timers_fire_in_due_order_and_ties_in_creation_order()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var order = VirtualClockRunner.Run(clock, async () =>
        {
            var seen = new List<string>();
            async Task After(int ms, string name)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(ms), clock);
                seen.Add($"{name}@{clock.Elapsed.TotalMilliseconds}");
            }

            await Task.WhenAll(After(300, "c"), After(100, "a"), After(300, "d"), After(200, "b"));
            return string.Join(" ", seen);
        });
        Assert.Equal("a@100 b@200 c@300 d@300", order);
    }

    [Fact]
    public void A_disposed_timer_never_fires_and_a_periodic_one_keeps_firing()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var ticks = 0;
        var cancelled = false;
        using var periodic = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var disposed = clock.CreateTimer(_ => cancelled = true, null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(clock.FireNext());
        }

        Assert.Equal((3, false, TimeSpan.FromSeconds(3)), (ticks, cancelled, clock.Elapsed));
    }

    [Fact]
    public void Code_that_waits_on_nothing_is_reported_as_stalled()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var never = new TaskCompletionSource<int>();
        var error = Assert.Throws<InvalidOperationException>(() => VirtualClockRunner.Run(clock, () => never.Task));
        Assert.Contains("stalled", error.Message);
    }
}
