using Spectre.Console;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>A status block that refreshes while the bot runs, on an interactive terminal only.</summary>
public static class LiveStatusView
{
    public static bool IsWanted(bool noLive) =>
        !noLive && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static Task RunAsync(RunBanner banner, Func<BotStatus> status, RecentLines lines, Task until) =>
        RunAsync(AnsiConsole.Console, banner, status, lines, until, TimeSpan.FromMilliseconds(500));

    public static async Task RunAsync(IAnsiConsole console, RunBanner banner, Func<BotStatus> status, RecentLines lines, Task until, TimeSpan refresh)
    {
        // the block fits the terminal by itself; should a resize outrun it, the bottom (log) is cut, never the figures
        await console.Live(StatusPanel.Render(banner, status(), lines.Snapshot()))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Crop)
            .Cropping(VerticalOverflowCropping.Bottom)
            .StartAsync(async context =>
            {
                while (!until.IsCompleted)
                {
                    await Task.WhenAny(until, Task.Delay(refresh));
                    context.UpdateTarget(StatusPanel.Render(banner, status(), lines.Snapshot()));
                }
            });
    }
}
