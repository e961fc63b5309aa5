using System.Globalization;
using VolumeBot.Core.Trading;

namespace VolumeBot.Core.Budget;

/// <summary>
/// Holds a cycle back until its worst case fits the order budget, saying once when it waits and until when, and
/// once when it goes on. While it holds the cycle the bot's own between-cycle work (reconcile, status) goes on.
/// </summary>
public sealed class OrderBudgetGate(OrderBudget budget, ActivityLog log, TimeProvider time) : ICycleGate
{
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public async Task WaitUntilOpenAsync(Func<Task<bool>> whileWaiting, TimeSpan every, CancellationToken stopToken)
    {
        var waited = false;
        while (!stopToken.IsCancellationRequested)
        {
            var fits = budget.CycleFitsAt();
            var now = time.GetUtcNow();
            if (fits <= now)
            {
                if (waited)
                {
                    log.Info($"Order budget: room for the next cycle again ({budget.Usage()}); resuming");
                }

                return;
            }

            if (!waited)
            {
                var clock = fits == DateTimeOffset.MaxValue ? "never" : TimeZoneInfo.ConvertTime(fits, Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                log.Info($"Order budget: the next cycle may take {budget.CycleWorstCase} orders and would not fit ({budget.Usage()}); waiting until {clock} (in {WaitNotice.Span(fits - now)}), then resuming");
                waited = true;
            }
            else if (!await whileWaiting())
            {
                return; // the bot stopped while it waited
            }

            try
            {
                await Task.Delay(fits - now < every ? fits - now : every, time, stopToken);
            }
            catch (OperationCanceledException)
            {
                return; // the loop sees the stop
            }
        }
    }
}
