namespace VolumeBot.Cli.Logging;

/// <summary>File names of a run: {exchange}_{TICKER}[_{ACCOUNT_NAME}]_activity.log and _orders.csv.</summary>
public sealed record RunFiles(string ActivityLog, string TradesCsv)
{
    public static RunFiles For(string logDirectory, string exchange, string ticker, string? accountName)
    {
        var stem = $"{exchange.ToLowerInvariant()}_{ticker.ToUpperInvariant()}";
        if (!string.IsNullOrEmpty(accountName))
        {
            stem += $"_{accountName}";
        }

        return new RunFiles(Path.Combine(logDirectory, $"{stem}_activity.log"), Path.Combine(logDirectory, $"{stem}_orders.csv"));
    }
}
