namespace VolumeBot.Cli.Tests;

/// <summary>Bad input: one clear line naming the flag, a non-zero exit, nothing started.</summary>
public class BadInputEndToEndTests
{
    [Theory]
    [InlineData(2, "--quantity", "abc")]
    [InlineData(1, "--exchange", "edgex")]
    [InlineData(1, "--use-ioc")]
    [InlineData(1, "--quantity", "0")]
    [InlineData(1, "--max-orders", "0")]
    [InlineData(1, "--wait-time", "-5")]
    [InlineData(1, "--env-file", "nope.env")]
    [InlineData(2, "--grid-step", "wide")]
    public async Task Bad_flag_is_named_in_one_line_and_nothing_runs(int expectedExit, params string[] args)
    {
        var (exit, run) = await VolumebotProcess.RunAsync([.. args, "--paper"]);
        using var _ = run;

        Assert.Equal(expectedExit, exit);
        var error = run.Stderr.Trim();
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("Error: ", error, StringComparison.Ordinal);
        Assert.Contains(args[0], error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(run.WorkingDirectory, "logs")));
    }

    [Fact]
    public async Task Live_run_without_credentials_names_the_variable_never_a_value_and_suggests_paper()
    {
        const string secret = "0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcd";
        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "paradex", "--ticker", "BTC"], new Dictionary<string, string> { ["PARADEX_L2_PRIVATE_KEY"] = secret });
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("PARADEX_L1_ADDRESS", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--paper", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_every_flag()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(["--help"]);
        using var _ = run;

        Assert.Equal(0, exit);
        foreach (var option in new Commands.BotFlags().All)
        {
            Assert.Contains(option.Name, run.Stdout, StringComparison.Ordinal);
        }
    }
}
