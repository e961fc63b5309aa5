using Spectre.Console;
using VolumeBot.Cli.Reports.Plot;

namespace VolumeBot.Cli.Reports;

/// <summary>Reads the files, builds the report and shows it (table or JSON), writes the chart, and repeats under --watch.</summary>
public sealed class StatsRun(TimeProvider clock, TextWriter output, TextWriter error, string workingDirectory)
{
    public const int Ok = 0;
    public const int Failed = 1;
    private const int NoFiles = -1;

    public async Task<int> RunAsync(StatsRequest request, CancellationToken stop)
    {
        var console = CreateConsole(output);
        while (true)
        {
            var exit = await ShowOnceAsync(request, console);
            if (request.Watch is not { } every || exit != Ok && exit != NoFiles)
            {
                return exit == NoFiles ? Failed : exit;
            }

            try
            {
                await Task.Delay(every, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return Ok;
            }
        }
    }

    private async Task<int> ShowOnceAsync(StatsRequest request, IAnsiConsole console)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? since = null, until = null;
        if (request.Since is { } sinceText && !Window("--since", sinceText, now, request.Zone, out since)
            || request.Until is { } untilText && !Window("--until", untilText, now, request.Zone, out until))
        {
            return Failed;
        }

        var paths = TradeFiles.Expand(request.Patterns, workingDirectory);
        if (paths.Count == 0)
        {
            await error.WriteLineAsync($"Error: no trades CSV matches {string.Join(" ", request.Patterns)} (in {workingDirectory})");
            return NoFiles;
        }

        var reading = StatsReading.Read(paths, request.Zone, now, since, until, withChart: request.PlotPath is not null);
        var report = StatsReport.From(reading, now, request.Zone, since, until);
        foreach (var warning in report.Warnings)
        {
            await error.WriteLineAsync($"Warning: {warning}");
        }

        if (request.Json)
        {
            await output.WriteLineAsync(StatsJson.Write(report));
        }
        else
        {
            if (request.Watch is not null && console.Profile.Capabilities.Interactive)
            {
                console.Clear();
            }

            console.Write(StatsTable.Render(report));
        }

        if (request.PlotPath is { } plot)
        {
            var path = Path.GetFullPath(plot, workingDirectory);
            CostChart.Save(reading.Curves!, request.Zone, path);
            if (!request.Json)
            {
                await output.WriteLineAsync($"Chart written to {path}");
            }
        }

        return Ok;
    }

    private bool Window(string flag, string text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset? time)
    {
        if (ReportTime.TryParse(text, now, zone, out var parsed))
        {
            time = parsed;
            return true;
        }

        error.WriteLine($"Error: {flag} {text} is not a time: use e.g. 2026-11-20, \"2026-11-20 14:30\", today, 2h or 30m");
        time = null;
        return false;
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 160; // redirected output has no width; keep several books on one line
        }

        return console;
    }
}
