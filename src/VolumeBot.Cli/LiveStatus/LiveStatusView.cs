using Spectre.Console;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>A status block that refreshes while the bot runs, on an interactive terminal only.</summary>
public static class LiveStatusView
{
    public static bool IsWanted(bool noLive) =>
        !noLive && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task RunAsync(string label, Func<BotStatus> status, RecentLines lines, Task until)
    {
        await AnsiConsole.Live(StatusPanel.Render(label, status(), lines.Snapshot()))
            .AutoClear(false)
            .StartAsync(async context =>
            {
                while (!until.IsCompleted)
                {
                    await Task.WhenAny(until, Task.Delay(TimeSpan.FromMilliseconds(500)));
                    context.UpdateTarget(StatusPanel.Render(label, status(), lines.Snapshot()));
                }
            });
    }
}
