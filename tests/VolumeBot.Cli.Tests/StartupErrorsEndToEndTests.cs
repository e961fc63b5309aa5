using System.Net;
using System.Net.Sockets;
using VolumeBot.Cli.Tests.Notifications;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests;

/// <summary>A run that cannot start: one line on stderr, said once, naming what to fix; no "started" alert.</summary>
public class StartupErrorsEndToEndTests
{
    private const string L1Address = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";
    private const string ParadexKey = "0x5f1e3b0b9c4d2a7e8f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c";
    private const string UrlSecret = "hunter2";
    private const string GrvtKey = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";

    [Theory]
    [InlineData("paradex", "PARADEX_REST_URL")]
    [InlineData("grvt", "GRVT_EDGE_URL")]
    public async Task An_unreachable_venue_is_one_line_naming_the_host_and_the_likely_causes_with_no_started_alert(string venue, string urlVariable)
    {
        using var telegram = new FakeWebhookServer();
        var port = ClosedPort();
        var environment = new Dictionary<string, string>(Keys(venue, port))
        {
            ["TELEGRAM_BOT_TOKEN"] = "999:token",
            ["TELEGRAM_CHAT_ID"] = "7",
            ["TELEGRAM_API_BASE"] = telegram.BaseAddress.ToString(),
        };

        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", venue, "--ticker", "BTC", "--quantity", "0.01", "--boost", "--no-live"], environment, timeoutSeconds: 90);
        using var _ = run;

        Assert.Equal(1, exit);
        var error = run.OnlyErrorLine();
        Assert.StartsWith($"Error: Could not connect to {venue} at 127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.Contains(urlVariable, error, StringComparison.Ordinal);
        Assert.Contains("no network", error, StringComparison.Ordinal);
        Assert.Contains("is down", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not connect", run.Stdout, StringComparison.Ordinal); // said once, on stderr
        Assert.DoesNotContain("started", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, telegram.Received);
        var log = File.ReadAllText(Path.Combine(run.WorkingDirectory, "logs", $"{venue}_BTC_activity.log"));
        Assert.Single(log.Split('\n'), l => l.Contains("Could not connect", StringComparison.Ordinal));
        Assert.DoesNotContain(venue == "paradex" ? ParadexKey[2..] : GrvtKey[2..], run.Stdout + run.Stderr + log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UrlSecret, run.Stdout + run.Stderr + log, StringComparison.Ordinal); // a URL's user info is never shown
    }

    [Fact]
    public async Task Keys_the_venue_does_not_know_point_at_the_environment_they_belong_to()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var environment = new Dictionary<string, string>(emulator.EnvironmentFor()) { ["PARADEX_L2_PRIVATE_KEY"] = ParadexKey };

        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--no-live"], environment, timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        var error = run.OnlyErrorLine();
        Assert.StartsWith($"Error: Could not connect to paradex at {emulator.RestUrl.Authority}", error, StringComparison.Ordinal);
        Assert.Contains("refused the keys", error, StringComparison.Ordinal);
        Assert.Contains("PARADEX_ENVIRONMENT=testnet", error, StringComparison.Ordinal);
        Assert.DoesNotContain(ParadexKey[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("paradex", "PARADEX_L1_ADDRESS", "not-an-address")]
    [InlineData("paradex", "PARADEX_L1_ADDRESS", "0x71C7656EC7ab88b098defB751B7401B5f6d8976")]
    [InlineData("paradex", "PARADEX_L2_PRIVATE_KEY", "0xsecret-but-not-hex")]
    [InlineData("paradex", "PARADEX_ENVIRONMENT", "staging")]
    [InlineData("grvt", "GRVT_PRIVATE_KEY", "0x8b3a350cf5c34c9194ca85829a2df0ec")]
    [InlineData("grvt", "GRVT_TRADING_ACCOUNT_ID", "12ab34")]
    [InlineData("grvt", "GRVT_ENVIRONMENT", "mainnet")]
    public async Task A_malformed_key_or_environment_is_named_once_before_any_file_or_host_and_its_value_never_shown(string venue, string variable, string value)
    {
        var environment = new Dictionary<string, string>(Keys(venue, ClosedPort())) { [variable] = value };

        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", venue, "--ticker", "BTC", "--quantity", "0.01", "--boost", "--no-live"], environment, timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        var error = run.OnlyErrorLine();
        Assert.StartsWith($"Error: {variable} ", error, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout.Trim());
        Assert.False(Directory.Exists(Path.Combine(run.WorkingDirectory, "logs")));
        if (!variable.EndsWith("_ENVIRONMENT", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(value, error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("../acct1")]
    [InlineData("desk/acct1")]
    [InlineData("acct 1")]
    [InlineData("..")]
    public async Task An_account_name_that_cannot_be_a_file_name_is_refused(string accountName)
    {
        var (exit, run) = await VolumebotProcess.RunAsync(["--paper", "--no-live", "--max-cycles", "1"], new Dictionary<string, string> { ["ACCOUNT_NAME"] = accountName }, timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        var error = run.OnlyErrorLine();
        Assert.StartsWith("Error: ACCOUNT_NAME ", error, StringComparison.Ordinal);
        Assert.Contains("letters, digits", error, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout.Trim());
        Assert.False(Directory.Exists(Path.Combine(run.WorkingDirectory, "logs")));
    }

    [Fact]
    public async Task An_env_file_that_is_a_directory_is_called_one()
    {
        using var scratch = new ScratchDirectory();
        var directory = scratch.Subdirectory("env");

        var (exit, run) = await VolumebotProcess.RunAsync(["--paper", "--no-live", "--env-file", directory], timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Equal($"Error: --env-file {directory} is a directory, not a file of KEY=VALUE lines", run.Stderr.Trim());
    }

    private static IReadOnlyDictionary<string, string> Keys(string venue, int port) => venue == "paradex"
        ? new Dictionary<string, string>
        {
            ["PARADEX_L1_ADDRESS"] = L1Address,
            ["PARADEX_L2_PRIVATE_KEY"] = ParadexKey,
            ["PARADEX_REST_URL"] = $"http://trader:{UrlSecret}@127.0.0.1:{port}/v1",
            ["PARADEX_WS_URL"] = $"ws://127.0.0.1:{port}/v1",
        }
        : new Dictionary<string, string>
        {
            ["GRVT_TRADING_ACCOUNT_ID"] = "1234567890",
            ["GRVT_PRIVATE_KEY"] = GrvtKey,
            ["GRVT_API_KEY"] = "api-key",
            ["GRVT_EDGE_URL"] = $"http://127.0.0.1:{port}",
            ["GRVT_TRADES_URL"] = $"http://127.0.0.1:{port}",
            ["GRVT_MARKET_DATA_URL"] = $"http://127.0.0.1:{port}",
            ["GRVT_WS_URL"] = $"ws://127.0.0.1:{port}/ws/full",
        };

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
