using VolumeBot.Cli.Tests.Configuration;

namespace VolumeBot.Cli.Tests.Deploy;

/// <summary>The compose example's files agree with the program: each account's TOML is a valid run, and Prometheus scrapes every account's metrics port.</summary>
public class ComposeExampleTests
{
    private static readonly string Deploy = Path.Combine(PublishedBuild.RepositoryRoot(), "deploy");

    [Theory]
    [InlineData("account-1.toml", "paradex")]
    [InlineData("account-2.toml", "grvt")]
    public void Each_accounts_config_is_a_valid_run(string file, string venue)
    {
        var (options, error) = ConfigFileTests.Build("--config", Path.Combine(Deploy, file), "--paper");

        Assert.Null(error);
        Assert.Equal(venue, options!.Settings.Venue);
        Assert.NotNull(options.Settings.MaxLoss);
    }

    [Fact]
    public void Prometheus_scrapes_the_metrics_port_of_every_account_service()
    {
        var compose = File.ReadAllText(Path.Combine(Deploy, "compose.yaml"));
        var prometheus = File.ReadAllText(Path.Combine(Deploy, "prometheus.yml"));

        foreach (var account in new[] { "account-1", "account-2" })
        {
            Assert.Contains($"  {account}:\n", compose, StringComparison.Ordinal);
            Assert.Contains($"\"{account}:9464\"", prometheus, StringComparison.Ordinal);
        }

        Assert.Equal(2, compose.Split("\"--metrics-port\", \"9464\", \"--metrics-host\", \"0.0.0.0\"").Length - 1);
    }
}
