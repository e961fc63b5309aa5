using System.CommandLine;
using System.Globalization;
using VolumeBot.Cli.Commands;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var flags = new BotFlags();
var root = new RootCommand("volumebot: volume farming on Paradex and GRVT perpetuals (a port of runbot.py). Start with --paper.");
foreach (var option in flags.All)
{
    root.Options.Add(option);
}

root.Subcommands.Add(StatsCommand.Build());
root.Subcommands.Add(EstimateCommand.Build());
root.Subcommands.Add(SimulateCommand.Build());

root.SetAction(async (parse, _) =>
{
    var (options, error) = SettingsBuilder.Build(parse, flags);
    if (options is null)
    {
        await Console.Error.WriteLineAsync($"Error: {error}");
        return BotRunner.Failed;
    }

    using var signals = new StopSignals(Console.Out);
    return await BotRunner.RunAsync(options, signals.Token, Console.Error);
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync($"Error: {parsed.Errors[0].Message} (see --help)");
    return 2;
}

return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
