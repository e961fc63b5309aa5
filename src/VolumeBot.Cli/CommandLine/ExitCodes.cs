namespace VolumeBot.Cli.CommandLine;

/// <summary>What each exit code means, as --help and the README say it.</summary>
public static class ExitCodes
{
    public static readonly IReadOnlyList<(int Code, string Meaning)> All =
    [
        (0, "a normal stop: a limit reached, the stop price, Ctrl-C or SIGTERM"),
        (1, "bad input, a failed start, or a guard that stopped trading and needs a look (position mismatch, a close that could not be completed)"),
        (CommandLineRunner.ParseFailed, "flags that could not be parsed"),
        (Commands.StopSignals.ForcedExitCode, "a second Ctrl-C (exit at once)"),
    ];
}
