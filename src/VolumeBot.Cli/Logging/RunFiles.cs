namespace VolumeBot.Cli.Logging;

/// <summary>
/// File names of a run: {exchange}_{TICKER}[_{ACCOUNT_NAME}]_activity.log and _orders.csv, and the .lock (held while a
/// run trades that venue, market and account) with its .lock.owner (who holds it).
/// </summary>
public sealed record RunFiles(string Directory, string ActivityLog, string TradesCsv, string Lock, string LockOwner)
{
    public static RunFiles For(string logDirectory, string exchange, string ticker, string? accountName)
    {
        var stem = $"{exchange.ToLowerInvariant()}_{ticker.ToUpperInvariant()}";
        if (!string.IsNullOrEmpty(accountName))
        {
            stem += $"_{accountName}";
        }

        string In(string name) => Path.Combine(logDirectory, name);
        return new RunFiles(logDirectory, In($"{stem}_activity.log"), In($"{stem}_orders.csv"), In($"{stem}.lock"), In($"{stem}.lock.owner"));
    }
}
