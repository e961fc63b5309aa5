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

    [Theory]
    [InlineData("--max-cycles must be a whole number (got '1.5')", "--max-cycles", "1.5")]
    [InlineData("the value of --quantity is missing: expected a decimal number such as 0.5, found the flag --max-cycles instead", "--quantity", "--max-cycles", "1")]
    [InlineData("unknown flag --tiker; did you mean --ticker?", "--tiker", "BTC")]
    [InlineData("unknown command 'stat'; did you mean stats?", "stat")]
    [InlineData("--watch must be a whole number (got 'abc')", "stats", "--watch", "abc")]
    [InlineData("--quantity must be a decimal number such as 0.5 (got 'x')", "estimate", "--quantity", "x")]
    public async Task Bad_input_to_any_command_is_one_line_in_words_without_a_stack_trace(string expected, params string[] args)
    {
        var (exit, run) = await VolumebotProcess.RunAsync(args);
        using var _ = run;

        Assert.Equal(2, exit);
        var error = run.Stderr.Trim();
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("Error: " + expected + " (see volumebot", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_shows_the_version_and_the_commit_it_was_built_from()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(["--version"]);
        using var _ = run;

        Assert.Equal(0, exit);
        var builtFromGit = Path.Exists(Path.Combine(CommandLine.EnvExampleTests.RepositoryRoot(), ".git"));
        Assert.Matches(builtFromGit ? @"^volumebot 0\.1\.[1-9]\d* \(commit [0-9a-f]{12}\)$" : @"^volumebot 0\.1\.0 \(commit unknown\)$", run.Stdout.Trim());
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
