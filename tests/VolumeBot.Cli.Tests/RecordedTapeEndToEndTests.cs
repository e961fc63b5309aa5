using System.Text.Json;
using VolumeBot.Cli.Commands;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests;

/// <summary>A paper run on an emulator's public data records its tape; `simulate --tape` replays it on the virtual clock.</summary>
public class RecordedTapeEndToEndTests
{
    private static async Task<(int Exit, string Output, string Error)> SimulateAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = SimulateCommand.Build(output, error).Parse(args);
        Assert.Empty(parse.Errors);
        var exit = await parse.InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_recorded_tape_replays_the_same_on_every_run_and_the_bot_fills_on_it()
    {
        var market = ParadexEmulatorOptions.BusyBtc with { InitialMid = 64_000m };
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [market], Seed = 43 });
        var environment = new Dictionary<string, string> { ["PARADEX_ENVIRONMENT"] = "testnet", ["PARADEX_REST_URL"] = emulator.RestUrl.ToString() };
        string[] trading = ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0"];

        var (exit, run) = await VolumebotProcess.RunAsync([.. trading, "--paper", "--live-data", "--max-cycles", "3", "--record", "tape.jsonl"], environment, timeoutSeconds: 120);
        using var _ = run;
        Assert.True(exit == 0, run.Stdout + run.Stderr);
        var tape = Path.Combine(run.WorkingDirectory, "tape.jsonl");
        var lines = File.ReadAllLines(tape);
        Assert.Contains(lines, l => l.Contains("\"rules\":{\"symbol\":\"BTC-USD-PERP\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"book\":{\"bids\":[{\"price\":", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"trades\":[{\"id\":", StringComparison.Ordinal));

        var first = await SimulateAsync([.. trading, "--tape", tape, "--json"]);
        var second = await SimulateAsync([.. trading, "--tape", tape, "--json"]);
        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(first.Output, second.Output);
        var replay = JsonDocument.Parse(first.Output).RootElement.GetProperty("runs")[0];
        Assert.True(replay.GetProperty("fills").GetInt32() > 0, first.Output);
        Assert.True(replay.GetProperty("cycles").GetInt32() > 0, first.Output);
        var recorded = RecordedAt(lines[^1]) - RecordedAt(lines[0]);
        Assert.InRange(replay.GetProperty("simulatedSeconds").GetDouble(), 0, recorded.TotalSeconds + 1); // the replay ends with the tape
    }

    private static DateTimeOffset RecordedAt(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("at").GetDateTimeOffset();
    }

    [Theory]
    [InlineData("{\"at\":\"2026-12-01T10:00:00Z\",\"rules\":{\"symbol\":\"BTC-USD-PERP\",\"tickSize\":0.1,\"sizeIncrement\":0.001,\"minSize\":0.001,\"minNotional\":10}}\nnot json\n", "line 2 is not a tape line")]
    [InlineData("{\"at\":\"2026-12-01T10:00:00Z\",\"book\":{\"bids\":[],\"asks\":[]}}\n", "has no market rules line")]
    [InlineData("{\"at\":\"2026-12-01T10:00:00Z\",\"rules\":{\"symbol\":\"ETH-USD-PERP\",\"tickSize\":0.1,\"sizeIncrement\":0.001,\"minSize\":0.001,\"minNotional\":10}}\n{\"at\":\"2026-12-01T10:00:01Z\",\"book\":{\"bids\":[],\"asks\":[]}}\n", "is a recording of ETH-USD-PERP, not of --ticker BTC")]
    public async Task A_bad_tape_file_is_one_clear_error_line(string content, string expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, content);
            var (exit, output, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--boost", "--tape", path);
            Assert.Equal(1, exit);
            Assert.Empty(output);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"Error: --tape {path}", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_tape_file_is_one_clear_error_line()
    {
        var (exit, _, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--boost", "--tape", "no-such-tape.jsonl");
        Assert.Equal(1, exit);
        Assert.Equal("Error: --tape no-such-tape.jsonl not found", error.Trim());
    }
}
