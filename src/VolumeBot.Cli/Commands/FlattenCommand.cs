using System.CommandLine;
using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Operations;
using VolumeBot.Cli.Venues;

namespace VolumeBot.Cli.Commands;

/// <summary>
/// `volumebot flatten`: shows, then with --yes does, what gets the market flat: the bot's open orders cancelled (every
/// order with --all-orders) and the position closed reduce-only. Takes the run's flags so the same --config file
/// serves; only --exchange, --ticker, --env-file and --ioc-tolerance-bps matter here.
/// </summary>
public static class FlattenCommand
{
    public static Command Build()
    {
        var flags = new BotFlags();
        var yes = new Option<bool>("--yes") { Description = "Do it (without it flatten only shows what it would do)" };
        var allOrders = new Option<bool>("--all-orders") { Description = "Also cancel the market's orders volumebot did not place" };
        var command = new Command("flatten", "Cancel the bot's orders, close the position reduce-only (IOC, then market); --yes does it")
        {
            yes, allOrders,
        };
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = SettingsBuilder.Build(parse, flags);
            error ??= options!.Paper ? "flatten works on a live venue: a paper run's market ends with the run" : VenueFactory.Precheck(options);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync($"Error: {error}");
                return Flattener.NotFlat;
            }

            return await RunAsync(options!, parse.GetValue(yes), parse.GetValue(allOrders), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(RunOptions options, bool execute, bool allOrders, CancellationToken cancellationToken)
    {
        var (venue, venueError) = VenueFactory.Create(options, TimeProvider.System, Serilog.Core.Logger.None);
        if (venue is null)
        {
            await Console.Error.WriteLineAsync($"Error: {venueError}");
            return Flattener.NotFlat;
        }

        await using var lifetime = venue;
        var connected = await venue.ConnectAsync(cancellationToken);
        if (!connected.IsSuccess)
        {
            var (endpoint, _) = VenueEndpoint.For(options);
            await Console.Error.WriteLineAsync($"Error: {(endpoint is null ? connected.Error.Message : endpoint.DescribeConnectFailure(connected.Error))}");
            return Flattener.NotFlat;
        }

        var (code, error) = await new Flattener(venue, TimeProvider.System, Console.Out).RunAsync(connected.Value, execute, allOrders, options.Settings.IocToleranceBps, cancellationToken);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync($"Error: {error}");
        }

        return code;
    }
}
