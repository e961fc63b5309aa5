using System.CommandLine;

namespace VolumeBot.Cli.Commands;

/// <summary>`volumebot estimate`: plans a run's rounds, duration and cost before it starts.</summary>
public static class EstimateCommand
{
    public static Command Build()
    {
        var command = new Command("estimate", "Plan a run: rounds, duration, fees, slippage and total cost");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("Error: estimate is not available in this build yet");
            return 1;
        });
        return command;
    }
}
