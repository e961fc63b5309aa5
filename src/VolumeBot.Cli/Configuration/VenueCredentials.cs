namespace VolumeBot.Cli.Configuration;

/// <summary>The environment variables a live venue needs. Only names are ever printed, never values.</summary>
public static class VenueCredentials
{
    public static IReadOnlyList<string> Required(string venue) => venue switch
    {
        "paradex" => ["PARADEX_L1_ADDRESS", "PARADEX_L2_PRIVATE_KEY"],
        "grvt" => ["GRVT_TRADING_ACCOUNT_ID", "GRVT_PRIVATE_KEY", "GRVT_API_KEY"],
        _ => [],
    };

    public static IReadOnlyList<string> Missing(string venue) =>
        Required(venue).Where(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name))).ToList();
}
