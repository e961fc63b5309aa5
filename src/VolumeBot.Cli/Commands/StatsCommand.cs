using System.CommandLine;

namespace VolumeBot.Cli.Commands;

/// <summary>`volumebot stats`: volume and cost report over trades CSVs.</summary>
public static class StatsCommand
{
    public static Command Build()
    {
        var command = new Command("stats", "Volume and cost report over trades CSVs (default logs/*_orders.csv)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("Error: stats is not available in this build yet");
            return 1;
        });
        return command;
    }
}
