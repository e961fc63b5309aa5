using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Budget;
using VolumeBot.Testing;

namespace VolumeBot.Core.Tests.Budget;

/// <summary>Issue 13: rolling counts of order actions against the Paradex Retail limits, on fake time.</summary>
public sealed class OrderBudgetTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _directory = Directory.CreateTempSubdirectory("volumebot-budget-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_margin_comes_off_every_retail_limit()
    {
        var planned = OrderLimits.ParadexRetail.Planned(0.05m, null, 12);

        Assert.Equal([2, 28, 285, 950], planned.Windows.Select(w => w.Limit));
    }

    [Fact]
    public void Orders_per_day_are_spread_evenly_with_room_for_one_cycle_on_top_of_a_windows_share()
    {
        var planned = OrderLimits.ParadexRetail.Planned(0.05m, 480, 12);

        // 480 a day: 20 an hour and 1 a minute, each plus one cycle's 12 (a cycle starts while the share is not used up)
        Assert.Equal([2, 13, 32, 480], planned.Windows.Select(w => w.Limit));
    }

    [Fact]
    public void A_cycle_larger_than_a_planned_window_is_refused_at_start()
    {
        var problem = Assert.Throws<ArgumentException>(() => OrderBudget.Open(OrderLimits.ParadexRetail, 0.05m, 10, 12, null, _time));

        Assert.Contains("up to 12 orders, more than the 10 the budget allows per 24 h", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_left_of_the_day_falls_with_each_action_and_comes_back_after_24_hours()
    {
        using var budget = OrderBudget.Open(OrderLimits.ParadexRetail, 0.05m, null, 12, null, _time);

        Assert.True(FakeTimeRunner.Run(_time, () => budget.TryCountAsync(CancellationToken.None)));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(FakeTimeRunner.Run(_time, () => budget.TryCountAsync(CancellationToken.None)));

        Assert.Equal(948, budget.LeftToday());
        _time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(950, budget.LeftToday());
    }

    [Fact]
    public void Earliest_fit_waits_for_the_oldest_actions_to_leave_each_window()
    {
        var actions = new OrderActions([Start, Start.AddSeconds(10), Start.AddSeconds(20)]);
        BudgetWindow[] minute = [new(TimeSpan.FromMinutes(1), 4)];

        Assert.Equal(Start.AddSeconds(30), actions.EarliestFit(1, minute, Start.AddSeconds(30))); // 3 + 1 fits
        Assert.Equal(Start.AddSeconds(60), actions.EarliestFit(2, minute, Start.AddSeconds(30))); // the first must leave
        Assert.Equal(Start.AddSeconds(70), actions.EarliestFit(3, minute, Start.AddSeconds(30)));
        Assert.Null(actions.EarliestFit(5, minute, Start.AddSeconds(30))); // never: more than the limit
    }

    [Fact]
    public void Actions_are_paced_inside_the_second_and_refused_when_a_longer_window_is_full()
    {
        using var budget = OrderBudget.Open(new OrderLimits("test", [new(TimeSpan.FromSeconds(1), 3), new(TimeSpan.FromMinutes(1), 5)]), 0.05m, null, 1, null, _time);
        var sentAt = new List<DateTimeOffset>();

        var counted = FakeTimeRunner.Run(_time, async () =>
        {
            var results = new List<bool>();
            for (var i = 0; i < 6; i++)
            {
                var ok = await budget.TryCountAsync(CancellationToken.None);
                results.Add(ok);
                if (ok)
                {
                    sentAt.Add(_time.GetUtcNow());
                }
            }

            return results;
        }, step: TimeSpan.FromMilliseconds(10));

        // the second is paced at 2 (3 less 5 %); the minute's sixth would break the venue's 5 and is refused
        Assert.Equal([true, true, true, true, true, false], counted);
        Assert.True(sentAt[2] - sentAt[0] >= TimeSpan.FromSeconds(1), "the third waited for the first to leave the second");
        Assert.True(sentAt[4] - sentAt[0] < TimeSpan.FromMinutes(1));
        Assert.Contains("5/4 per 60 s", budget.Usage(), StringComparison.Ordinal); // the margin is for planning cycles; the venue's 5 is the hard stop
    }

    [Fact]
    public void Counts_survive_a_restart_through_the_file()
    {
        var path = Path.Combine(_directory, "paradex_budget.json");
        using (var first = OpenRetail(new OrderBudgetFile(path, "paradex", "0xabc")))
        {
            FakeTimeRunner.Run(_time, async () =>
            {
                for (var i = 0; i < 7; i++)
                {
                    Assert.True(await first.TryCountAsync(CancellationToken.None));
                }
            });
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        using var second = OpenRetail(new OrderBudgetFile(path, "paradex", "0xabc"));

        Assert.Equal(7, second.LoadedActions);
        Assert.StartsWith("0/2 per 1 s, 0/28 per 60 s, 7/285 per 1 h, 7/950 per 24 h", second.Usage(), StringComparison.Ordinal);
        _time.Advance(TimeSpan.FromDays(1));
        using var dayLater = OpenRetail(new OrderBudgetFile(path, "paradex", "0xabc"));
        Assert.Equal(0, dayLater.LoadedActions);
    }

    [Fact]
    public void Two_runs_of_one_account_share_the_file_and_never_break_a_window_together()
    {
        var path = Path.Combine(_directory, "paradex_budget.json");
        var limits = new OrderLimits("test", [new(TimeSpan.FromSeconds(1), 10), new(TimeSpan.FromDays(1), 4)]);
        using var btc = OrderBudget.Open(limits, 0m, null, 1, new OrderBudgetFile(path, "paradex", "0xabc"), _time);
        using var eth = OrderBudget.Open(limits, 0m, null, 1, new OrderBudgetFile(path, "paradex", "0xabc"), _time);

        var counted = FakeTimeRunner.Run(_time, async () => new[]
        {
            await btc.TryCountAsync(CancellationToken.None),
            await eth.TryCountAsync(CancellationToken.None),
            await btc.TryCountAsync(CancellationToken.None),
            await eth.TryCountAsync(CancellationToken.None),
            await btc.TryCountAsync(CancellationToken.None), // the fifth of the day, whichever run sends it
            await eth.TryCountAsync(CancellationToken.None),
        });

        Assert.Equal([true, true, true, true, false, false], counted);
        Assert.Equal(4, new OrderBudgetFile(path, "paradex", "0xabc").Load().Count);
    }

    [Fact]
    public void A_corrupt_file_is_a_clear_error_not_an_empty_budget()
    {
        var path = Path.Combine(_directory, "paradex_budget.json");
        File.WriteAllText(path, "{\"schema\":\"volumebot-order-budget/v1\",\"venue\":\"paradex\",\"account\":\"0xabc\",\"sent\":[1,");

        var error = Assert.Throws<OrderBudgetFileException>(() => OpenRetail(new OrderBudgetFile(path, "paradex", "0xabc")));

        Assert.Contains($"The order budget file {path} cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("delete it only if this account sent no orders in the last 24 h", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_accounts_file_is_refused()
    {
        var path = Path.Combine(_directory, "paradex_budget.json");
        new OrderBudgetFile(path, "paradex", "0xabc").Save([Start]);

        var error = Assert.Throws<OrderBudgetFileException>(() => OpenRetail(new OrderBudgetFile(path, "paradex", "0xdef")));

        Assert.Contains("belongs to paradex account 0xabc, not paradex account 0xdef", error.Message, StringComparison.Ordinal);
    }

    private OrderBudget OpenRetail(OrderBudgetFile file) => OrderBudget.Open(OrderLimits.ParadexRetail, 0.05m, null, 12, file, _time);
}
