namespace VolumeBot.Paradex.Tests.Client;

public sealed class EnvironmentTests
{
    [Theory]
    [InlineData(null, "prod")]
    [InlineData("", "prod")]
    [InlineData("prod", "prod")]
    [InlineData("TESTNET", "testnet")]
    [InlineData("nightly", "testnet")]
    public void Known_environments_pick_their_urls(string? value, string expected)
    {
        var (environment, error) = ParadexEnvironment.From(name => name == "PARADEX_ENVIRONMENT" ? value : null);

        Assert.Null(error);
        Assert.Equal(expected, environment!.Name);
        Assert.Equal($"https://api.{expected}.paradex.trade/v1", environment.RestUrl.ToString().TrimEnd('/'));
        Assert.Equal($"wss://ws.api.{expected}.paradex.trade/v1", environment.WebSocketUrl.ToString().TrimEnd('/'));
    }

    [Fact]
    public void An_unknown_environment_is_an_error_not_a_default()
    {
        var (environment, error) = ParadexEnvironment.From(name => name == "PARADEX_ENVIRONMENT" ? "staging" : null);

        Assert.Null(environment);
        Assert.Contains("PARADEX_ENVIRONMENT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_can_be_overridden()
    {
        var variables = new Dictionary<string, string>
        {
            ["PARADEX_REST_URL"] = "http://127.0.0.1:1234/v1/",
            ["PARADEX_WS_URL"] = "ws://127.0.0.1:1234/v1",
        };

        var (environment, error) = ParadexEnvironment.From(variables.GetValueOrDefault);

        Assert.Null(error);
        Assert.Equal("http://127.0.0.1:1234/v1", environment!.RestUrl.ToString().TrimEnd('/'));
        Assert.Equal("ws://127.0.0.1:1234/v1", environment.WebSocketUrl.ToString().TrimEnd('/'));
        Assert.NotNull(ParadexEnvironment.From(n => n == "PARADEX_WS_URL" ? "http://x" : null).Error);
    }
}
