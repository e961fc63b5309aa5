using System.CommandLine;
using System.Globalization;
using VolumeBot.Cli.CommandLine;
using VolumeBot.Cli.Commands;
using VolumeBot.Cli.Metrics;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var flags = new BotFlags();
var root = new RootCommand("volumebot: volume farming on Paradex and GRVT perpetuals (a port of runbot.py). Start with --paper.");
foreach (var option in flags.All)
{
    root.Options.Add(option);
}

root.Subcommands.Add(StatsCommand.Build());
root.Subcommands.Add(EstimateCommand.Build());
root.Subcommands.Add(SimulateCommand.Build());
root.Subcommands.Add(CheckCommand.Build());
root.Subcommands.Add(FlattenCommand.Build());

root.SetAction(async (parse, _) =>
{
    var (options, error) = SettingsBuilder.Build(parse, flags);
    var (metrics, metricsError) = MetricsEndpoint.From(parse.GetValue(flags.MetricsPort), parse.GetValue(flags.MetricsHost));
    if (options is null || metricsError is not null)
    {
        await Console.Error.WriteLineAsync($"Error: {error ?? metricsError}");
        return BotRunner.Failed;
    }

    options = options with { Metrics = metrics };

    using var signals = new StopSignals(Console.Out);
    return await BotRunner.RunAsync(options, signals.Token, Console.Error);
});

BotHelp.Install(root, flags, BotHelp.ConsoleWidth());
VersionText.Install(root);
return await CommandLineRunner.RunAsync(root, args, Console.Out, Console.Error);
