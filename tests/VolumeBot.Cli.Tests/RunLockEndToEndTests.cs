namespace VolumeBot.Cli.Tests;

/// <summary>One run per venue, market and account in a log directory, held by an OS file lock that dies with its process.</summary>
public class RunLockEndToEndTests
{
    [Fact]
    public async Task A_second_run_on_the_same_market_and_log_dir_exits_1_naming_the_first_and_leaves_its_csv_alone()
    {
        using var scratch = new ScratchDirectory();
        var logs = scratch["logs"];
        string[] args = ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--paper", "--no-live", "--log-dir", logs];
        using var first = new VolumebotProcess(args);
        await first.WaitForOutputAsync("volumebot started").WaitAsync(TimeSpan.FromSeconds(60));

        var (exit, second) = await VolumebotProcess.RunAsync([.. args, "--max-cycles", "1"], timeoutSeconds: 60);
        using var secondRun = second;
        var (otherAccountExit, otherAccount) = await VolumebotProcess.RunAsync([.. args, "--max-cycles", "1"], new Dictionary<string, string> { ["ACCOUNT_NAME"] = "acct2" }, timeoutSeconds: 60);
        using var otherAccountRun = otherAccount;
        first.Signal("TERM");
        var firstExit = await first.WaitForExitAsync(60);

        Assert.Equal(1, exit);
        var error = second.OnlyErrorLine();
        Assert.Contains("Another volumebot is already trading paradex BTC", error, StringComparison.Ordinal);
        Assert.Contains($"pid {first.Id}, started 20", error, StringComparison.Ordinal);
        Assert.Contains(logs, error, StringComparison.Ordinal);
        Assert.Equal("", second.Stdout.Trim());
        Assert.True(otherAccountExit == 0, otherAccount.Stdout + otherAccount.Stderr); // another account is another lock
        Assert.True(firstExit == 0, first.Stdout + first.Stderr);
        var rows = File.ReadAllLines(Path.Combine(logs, "paradex_BTC_orders.csv"));
        Assert.Equal(Reports.CsvFixtures.JournalHeader, rows[0]);
        Assert.NotEmpty(rows.Skip(1));
        Assert.All(rows.Skip(1), row => Assert.Equal(15, row.Split(',').Length));
        Assert.False(File.Exists(Path.Combine(logs, "paradex_BTC.lock.owner"))); // a clean stop says nobody holds it
    }

    [Fact]
    public async Task A_run_killed_with_sigkill_does_not_block_the_restart()
    {
        using var scratch = new ScratchDirectory();
        var logs = scratch["logs"];
        string[] args = ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--paper", "--no-live", "--log-dir", logs];
        using (var killed = new VolumebotProcess(args))
        {
            await killed.WaitForOutputAsync("volumebot started").WaitAsync(TimeSpan.FromSeconds(60));
            killed.Signal("KILL");
            await killed.WaitForExitAsync(60);
            Assert.Contains($"pid {killed.Id}", File.ReadAllText(Path.Combine(logs, "paradex_BTC.lock.owner")), StringComparison.Ordinal);
        }

        var (exit, restart) = await VolumebotProcess.RunAsync([.. args, "--max-cycles", "1"], timeoutSeconds: 60);
        using var _ = restart;

        Assert.True(exit == 0, restart.Stdout + restart.Stderr);
        Assert.Contains("volumebot started", restart.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_refuses_to_trade_when_dotnet_file_locking_is_turned_off()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--paper", "--no-live", "--max-cycles", "1"],
            new Dictionary<string, string> { ["DOTNET_SYSTEM_IO_DISABLEFILELOCKING"] = "1" },
            timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set", run.OnlyErrorLine(), StringComparison.Ordinal);
        Assert.Equal("", run.Stdout.Trim());
    }
}
