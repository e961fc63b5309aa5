using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Mapping;
using VolumeBot.Grvt.Socket;

namespace VolumeBot.Grvt.Tests.Live;

public class ClientConfigurationTests
{
    private const string Key = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

    [Theory]
    [InlineData(null, "prod", 325UL, "https://trades.grvt.io/")]
    [InlineData("testnet", "testnet", 326UL, "https://trades.testnet.grvt.io/")]
    [InlineData("staging", "staging", 327UL, "https://trades.staging.gravitymarkets.io/")]
    [InlineData("dev", "dev", 327UL, "https://trades.dev.gravitymarkets.io/")]
    public void Environments_have_their_chain_ids_and_hosts(string? name, string expected, ulong chainId, string trades)
    {
        var (environment, error) = GrvtEnvironment.FromVariables(v => v == GrvtEnvironment.EnvironmentVariable ? name : null);

        Assert.Null(error);
        Assert.Equal(expected, environment!.Name);
        Assert.Equal(chainId, environment.ChainId);
        Assert.Equal(trades, environment.TradesUrl.ToString());
        Assert.Equal("/ws/full", environment.TradesWebSocketUrl.AbsolutePath);
    }

    [Fact]
    public void An_unknown_environment_is_an_error_and_urls_can_be_overridden()
    {
        Assert.NotNull(GrvtEnvironment.FromVariables(v => v == GrvtEnvironment.EnvironmentVariable ? "mainnet" : null).Error);

        var variables = new Dictionary<string, string>
        {
            [GrvtEnvironment.EnvironmentVariable] = "testnet",
            [GrvtEnvironment.EdgeUrlVariable] = "http://127.0.0.1:5001",
            [GrvtEnvironment.TradesUrlVariable] = "http://127.0.0.1:5002",
            [GrvtEnvironment.MarketDataUrlVariable] = "http://127.0.0.1:5003",
            [GrvtEnvironment.WebSocketUrlVariable] = "ws://127.0.0.1:5002/ws/full",
        };
        var (environment, _) = GrvtEnvironment.FromVariables(variables.GetValueOrDefault);

        Assert.Equal(326UL, environment!.ChainId);
        Assert.Equal(5001, environment.EdgeUrl.Port);
        Assert.Equal(5002, environment.TradesUrl.Port);
        Assert.Equal(5003, environment.MarketDataUrl.Port);
        Assert.Equal("ws://127.0.0.1:5002/ws/full", environment.TradesWebSocketUrl.ToString());
    }

    [Fact]
    public void Options_come_from_the_variables_and_errors_never_echo_secrets()
    {
        var variables = new Dictionary<string, string>
        {
            [GrvtClientOptions.TradingAccountVariable] = "8289849667772468",
            [GrvtClientOptions.PrivateKeyVariable] = Key,
            [GrvtClientOptions.ApiKeyVariable] = "api-key-secret",
        };

        var (options, error) = GrvtClientOptions.FromVariables(variables.GetValueOrDefault, "ETH");
        variables[GrvtClientOptions.PrivateKeyVariable] = "0xnot-hex-secret";
        var (_, badKey) = GrvtClientOptions.FromVariables(variables.GetValueOrDefault, "ETH");

        Assert.Null(error);
        Assert.Equal(8289849667772468UL, options!.SubAccountId);
        Assert.Equal("ETH_USDT_Perp", options.Instrument);
        Assert.DoesNotContain("api-key-secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key[2..], options.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(GrvtClientOptions.PrivateKeyVariable, badKey, StringComparison.Ordinal);
        Assert.DoesNotContain("not-hex-secret", badKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PENDING", "0", OrderStatus.Pending)]
    [InlineData("OPEN", "0", OrderStatus.Open)]
    [InlineData("OPEN", "0.01", OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", "0.1", OrderStatus.Filled)]
    [InlineData("CANCELLED", "0", OrderStatus.Canceled)]
    [InlineData("REJECTED", "0", OrderStatus.Rejected)]
    public void Statuses_are_normalised_as_spec_scenario_26(string status, string traded, OrderStatus expected) =>
        Assert.Equal(expected, GrvtOrderMapping.NormaliseStatus(status, decimal.Parse(traded, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Sequence_numbers_find_gaps_and_duplicates()
    {
        var sequence = new FeedSequence();

        Assert.Equal(SequenceCheck.InOrder, sequence.Check(17));
        Assert.Equal(SequenceCheck.InOrder, sequence.Check(18));
        Assert.Equal(SequenceCheck.Duplicate, sequence.Check(18));
        Assert.Equal(SequenceCheck.InOrder, sequence.Check(0)); // a snapshot
        Assert.Equal(SequenceCheck.Gap, sequence.Check(20));
    }

    [Fact]
    public void Numbering_that_starts_again_from_one_is_a_gap_not_a_run_of_duplicates()
    {
        var first = new FeedSequence();
        first.Check(1);
        Assert.Equal(SequenceCheck.Duplicate, first.Check(1)); // the first message, sent twice
        var sequence = new FeedSequence();
        sequence.Check(17);
        sequence.Check(18);

        Assert.Equal(SequenceCheck.Duplicate, sequence.Check(17)); // a late copy
        Assert.Equal(SequenceCheck.Gap, sequence.Check(1)); // the venue numbers the stream afresh
    }
}
