using System.CommandLine;
using VolumeBot.Cli.Configuration;

namespace VolumeBot.Cli.CommandLine;

/// <summary>Parses and runs a command line; whatever goes wrong, the user sees one line and a non-zero exit, never a stack trace.</summary>
public static class CommandLineRunner
{
    public const int ParseFailed = 2;
    public const int Failed = 1;

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parse = root.Parse(args);
            var (withConfig, configError) = ConfigFile.Merge(parse, args);
            if (configError is not null)
            {
                await error.WriteLineAsync($"Error: {configError}");
                return ParseFailed;
            }

            parse = withConfig.Length == args.Length ? parse : root.Parse(withConfig);
            if (ParseErrorText.Describe(parse) is { } problem && !(parse.Action?.ClearsParseErrors ?? false))
            {
                await error.WriteLineAsync($"Error: {problem} (see {HelpCommand(parse)})");
                return ParseFailed;
            }

            return await parse.InvokeAsync(new InvocationConfiguration
            {
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
                Output = output,
                Error = error,
            });
        }
        catch (Exception unexpected)
        {
            await error.WriteLineAsync($"Error: {OneLine(unexpected.Message)}");
            return Failed;
        }
    }

    private static string HelpCommand(ParseResult parse)
    {
        var names = new List<string>();
        for (var command = parse.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, command.Command.Name);
        }

        names[0] = "volumebot";
        return string.Join(' ', names) + " --help";
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
