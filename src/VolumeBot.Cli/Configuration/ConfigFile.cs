using System.CommandLine;
using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace VolumeBot.Cli.Configuration;

/// <summary>
/// `--config FILE`: a TOML file whose keys are the command's flag names (quantity = 0.01, boost = true), turned into
/// flags placed after those of the command line, which win. Keys and tokens are refused: they stay in the environment
/// or the .env file. Every problem is one line naming the file and the key, never a value.
/// </summary>
public static class ConfigFile
{
    public const string OptionName = "--config";

    /// <summary>Flag-name parts that mark a secret; no flag of the bot carries one.</summary>
    private static readonly string[] SecretWords = ["key", "token", "secret", "password", "private", "cookie", "signature", "mnemonic", "seed-phrase"];

    private static readonly string[] NotInFile = ["config", "help", "version"];

    /// <summary>The command line with the file's flags added, or the one problem of the file.</summary>
    public static (string[] Args, string? Error) Merge(ParseResult parse, string[] args)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        if (command.Options.FirstOrDefault(o => o.Name == OptionName) is not Option<string?> option || parse.GetValue(option) is not { } path)
        {
            return (args, null);
        }

        var (table, readError) = Read(path);
        if (table is null)
        {
            return (args, readError);
        }

        var added = new List<string>();
        foreach (var (key, value) in table)
        {
            var (tokens, error) = Tokens(command, parse, path, key, value);
            if (error is not null)
            {
                return (args, error);
            }

            added.AddRange(tokens);
        }

        return ([.. args, .. added], null);
    }

    private static (TomlTable? Table, string? Error) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return (null, $"--config {path} cannot be read: {(unreadable is FileNotFoundException or DirectoryNotFoundException ? "no such file" : unreadable.Message)}");
        }

        try
        {
            return (TomlSerializer.Deserialize<TomlTable>(text) ?? [], null);
        }
        catch (TomlException invalid)
        {
            // the parser's message quotes positions, not values
            return (null, $"{path} is not valid TOML: {OneLine(invalid.Message)}");
        }
    }

    private static (IReadOnlyList<string> Tokens, string? Error) Tokens(Command command, ParseResult parse, string path, string key, object? value)
    {
        var name = key.Trim().ToLowerInvariant();
        if (SecretWords.Any(word => name.Replace('_', '-').Contains(word, StringComparison.Ordinal)))
        {
            return ([], $"{path}: '{key}' looks like a key or token; those stay in the environment or the .env file (--env-file), never in a config file");
        }

        if (value is TomlTable)
        {
            return ([], $"{path}: [{key}] is a table; write the flags at the top of the file (quantity = 0.01)");
        }

        var option = NotInFile.Contains(name) ? null : command.Options.FirstOrDefault(o => o.Name == "--" + name);
        if (option is null)
        {
            return ([], $"{path}: unknown key '{key}'; the keys are the flag names of {CommandName(command)} --help without the dashes");
        }

        if (parse.GetResult(option) is { Implicit: false })
        {
            return ([], null); // the command line wins
        }

        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        var text = (type, value) switch
        {
            _ when type == typeof(bool) && value is bool flag => flag ? "true" : "false",
            _ when type == typeof(int) && value is long whole => whole.ToString(CultureInfo.InvariantCulture),
            _ when type == typeof(decimal) && value is long whole => whole.ToString(CultureInfo.InvariantCulture),
            _ when type == typeof(decimal) && value is double real => real.ToString("R", CultureInfo.InvariantCulture),
            _ when type == typeof(string) && value is string word => word,
            _ => null,
        };
        return text is null
            ? ([], $"{path}: '{key}' must be {Expected(type)} (got {Describe(value)})")
            : ([option.Name, text], null);
    }

    private static string Expected(Type type) =>
        type == typeof(bool) ? "true or false" : type == typeof(int) ? "a whole number" : type == typeof(decimal) ? "a number" : "a string in quotes";

    private static string Describe(object? value) => value switch
    {
        bool => "true/false",
        long => "a whole number",
        double => "a number",
        string => "a string",
        TomlArray => "a list",
        _ => "a date or other value",
    };

    private static string CommandName(Command command) => command is RootCommand ? "volumebot" : $"volumebot {command.Name}";

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
