using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Budget;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Commands;

/// <summary>A run's venue and cycle gate under its order class: Retail wraps both in the order budget.</summary>
public sealed record BudgetedRun(IExchangeClient Venue, ICycleGate Gate, OrderBudget? Budget) : IDisposable
{
    public void Dispose() => Budget?.Dispose();
}

/// <summary>
/// Opens the order budget of a Retail run: kept in {venue}[_{ACCOUNT_NAME}]_{key}_order_budget.json beside the log
/// for a live account (the key is the start of the account's public key, which is no secret), in memory for paper.
/// </summary>
public static class OrderBudgetSetup
{
    public static BudgetedRun Apply(RunOptions options, IExchangeClient venue, RunFiles files, TimeProvider time, ActivityLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = options.Paper || !options.OrderClass.Retail ? null : FileFor(options, files);
        var budget = options.OrderClass.OpenBudget(options.Settings, file, time);
        return budget is null
            ? new BudgetedRun(venue, ICycleGate.AlwaysOpen, null)
            : new BudgetedRun(new BudgetedVenue(venue, budget), new OrderBudgetGate(budget, log, time) { Zone = options.TimeZone }, budget);
    }

    public static OrderBudgetFile FileFor(RunOptions options, RunFiles files)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(files);
        var venue = options.Settings.Venue;
        var key = ParadexVenue.ClientOptions(options).Options?.Key.PublicKey.ToHexString() ?? "0x";
        var account = key.Length > 14 ? key[2..14] : key.TrimStart('0', 'x');
        var stem = string.IsNullOrEmpty(options.AccountName) ? $"{venue}_{account}" : $"{venue}_{options.AccountName}_{account}";
        return new OrderBudgetFile(Path.Combine(files.Directory, $"{stem}_order_budget.json"), venue, key);
    }
}
