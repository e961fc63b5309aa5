using System.CommandLine;
using System.Globalization;
using VolumeBot.Cli.Reports;

namespace VolumeBot.Cli.Commands;

/// <summary>`volumebot stats`: volume and cost report over trades CSVs.</summary>
public static class StatsCommand
{
    public static Command Build() => Build(TimeProvider.System, Console.Out, Console.Error);

    public static Command Build(TimeProvider clock, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"Trades CSVs, directories or globs (default {TradeFiles.DefaultPattern})",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON for scripts" };
        var since = new Option<string?>("--since") { Description = "Only fills at or after this time: 2026-11-20, \"2026-11-20 14:30\", today, 2h, 30m" };
        var until = new Option<string?>("--until") { Description = "Only fills before this time (same forms as --since)" };
        var watch = new Option<int?>("--watch") { Description = "Refresh every N seconds until Ctrl-C" };
        var timezone = new Option<string?>("--timezone") { Description = "Zone of the CSV timestamps and of 'today' (default: TIMEZONE, else Asia/Shanghai)" };
        var plot = new Option<string?>("--plot") { Description = "Also write a PNG chart of cumulative volume and cost per book" };
        files.Validators.Add(result =>
        {
            // a mistyped flag would otherwise be taken for a file name
            if (result.Tokens.FirstOrDefault(token => token.Value.StartsWith("--", StringComparison.Ordinal) && !File.Exists(token.Value)) is { } typo
                && result.Parent is System.CommandLine.Parsing.CommandResult command)
            {
                result.AddError(CommandLine.ParseErrorText.UnknownFlag(typo.Value, command));
            }
        });
        watch.Validators.Add(result =>
        {
            // reads the token itself: the parser reports a value that is not a whole number, and GetValueOrDefault would throw on it
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds <= 0)
            {
                result.AddError("--watch must be a number of seconds greater than 0");
            }
        });

        var command = new Command("stats", "Volume and cost report over trades CSVs (default logs/*_orders.csv)")
        {
            files, json, since, until, watch, timezone, plot,
        };
        command.SetAction(async (parse, _) =>
        {
            var zone = ReportTime.Zone(parse.GetValue(timezone));
            if (zone is null)
            {
                await error.WriteLineAsync($"Error: time zone {parse.GetValue(timezone) ?? Environment.GetEnvironmentVariable("TIMEZONE")} is not known (e.g. Asia/Shanghai, UTC)");
                return StatsRun.Failed;
            }

            var patterns = parse.GetValue(files) is { Length: > 0 } given ? given : [TradeFiles.DefaultPattern];
            var request = new StatsRequest(
                patterns,
                zone,
                parse.GetValue(since),
                parse.GetValue(until),
                parse.GetValue(json),
                parse.GetValue(plot),
                parse.GetValue(watch) is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return await new StatsRun(clock, output, error, workingDirectory ?? Environment.CurrentDirectory).RunAsync(request, stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
