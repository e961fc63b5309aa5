namespace VolumeBot.Cli.CommandLine;

/// <summary>The environment variables the bot reads, for --help (and kept in step with .env.example by a test).</summary>
public static class EnvironmentVariableDocs
{
    public static readonly IReadOnlyList<(string[] Names, string Meaning)> All =
    [
        (["PARADEX_L1_ADDRESS", "PARADEX_L2_PRIVATE_KEY"], "Paradex keys for a live run: your Ethereum (L1) address and the L2 Stark private key"),
        (["PARADEX_L2_ADDRESS"], "optional: the Paradex account address (default: derived from the key; needed with a subkey)"),
        (["PARADEX_ENVIRONMENT"], "prod (default) or testnet"),
        (["PARADEX_REST_URL", "PARADEX_WS_URL"], "optional: other Paradex hosts"),
        (["GRVT_TRADING_ACCOUNT_ID", "GRVT_API_KEY", "GRVT_PRIVATE_KEY"], "GRVT keys for a live run: the trading account id, an API key with Trade permission, that key's private key"),
        (["GRVT_ENVIRONMENT"], "prod (default), testnet, staging or dev"),
        (["GRVT_EDGE_URL", "GRVT_TRADES_URL", "GRVT_MARKET_DATA_URL", "GRVT_WS_URL", "GRVT_MARKET_DATA_WS_URL"], "optional: other GRVT hosts"),
        (["ACCOUNT_NAME"], "optional: goes into the log and CSV file names (logs/paradex_BTC_acct1_orders.csv)"),
        (["TIMEZONE"], "zone of log and CSV times (default Asia/Shanghai)"),
        (["TELEGRAM_BOT_TOKEN", "TELEGRAM_CHAT_ID", "TELEGRAM_API_BASE"], "optional: alerts to Telegram (the last: another API host)"),
        (["LARK_TOKEN", "LARK_API_BASE"], "optional: alerts to Lark (the last: another API host)"),
    ];

    public static IEnumerable<string> Names => All.SelectMany(entry => entry.Names);
}
