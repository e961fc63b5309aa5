using System.CommandLine;
using VolumeBot.Cli.Operations;

namespace VolumeBot.Cli.Commands;

/// <summary>`volumebot check`: the run's flags (or --config FILE) validated and the account read on the venue, without trading.</summary>
public static class CheckCommand
{
    public static Command Build()
    {
        var flags = new BotFlags();
        var command = new Command("check", "Check keys, account, market, fees, position, orders and clock on the venue; places nothing");
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = SettingsBuilder.Build(parse, flags);
            if (options is null)
            {
                await Console.Error.WriteLineAsync($"Error: {error}");
                return AccountCheck.NotReady;
            }

            return await AccountCheck.RunAsync(options, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }
}
