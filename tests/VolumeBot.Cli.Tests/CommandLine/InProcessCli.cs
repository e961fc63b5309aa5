using System.CommandLine;
using VolumeBot.Cli.CommandLine;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests.CommandLine;

/// <summary>The volumebot command tree as Program.cs builds it, run in-process with captured output.</summary>
internal static class InProcessCli
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineRunner.RunAsync(Build(output, error), args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var flags = new BotFlags();
        var root = new RootCommand("volumebot: test root");
        foreach (var option in flags.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(StatsCommand.Build(TimeProvider.System, output, error, Path.GetTempPath()));
        root.Subcommands.Add(EstimateCommand.Build(output, error));
        root.Subcommands.Add(SimulateCommand.Build(output, error));
        root.Subcommands.Add(CheckCommand.Build());
        root.Subcommands.Add(FlattenCommand.Build());
        root.SetAction(_ => 0);
        BotHelp.Install(root, flags);
        VersionText.Install(root);
        return root;
    }
}
