using System.CommandLine;
using System.CommandLine.Parsing;

namespace VolumeBot.Cli.CommandLine;

/// <summary>
/// The one line a parse failure prints: what was expected in words, and the nearest flag or command for a typo.
/// </summary>
public static class ParseErrorText
{
    /// <summary>The problem with the command line in one line, or null when there is none.</summary>
    public static string? Describe(ParseResult parse)
    {
        if (parse.Errors.Count == 0)
        {
            return UnreadableNumber(parse);
        }

        // a flag's own problem explains the rest: in "--quantity --max-cycles 1" the "1" is only left over
        var error = parse.Errors.FirstOrDefault(e => e.SymbolResult is OptionResult) ?? parse.Errors[0];
        return error.SymbolResult is OptionResult option
            ? ForFlag(option, error.Message)
            : ForCommand(parse, error.Message);
    }

    /// <summary>"unknown flag --wach; did you mean --watch?" for a command whose arguments would otherwise take the typo.</summary>
    public static string UnknownFlag(string typed, CommandResult command)
    {
        var flags = FlagsOf(command).SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal));
        return NearestName.To(typed, flags) is { } flag ? $"unknown flag {typed}; did you mean {flag}?" : $"unknown flag {typed}";
    }

    /// <summary>
    /// The parser reads "0,01" as 1 (a thousands separator): a decimal with a comma, or in any form but plain digits and a
    /// point, is refused rather than read as something else (whole numbers with a comma the parser refuses itself).
    /// </summary>
    private static string? UnreadableNumber(ParseResult parse)
    {
        for (var command = parse.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            foreach (var option in command.Children.OfType<OptionResult>())
            {
                if (option.Tokens.FirstOrDefault(token => !ValueWords.Fits(token.Value, option.Option.ValueType)) is { } bad)
                {
                    return $"{option.Option.Name} must be {ValueWords.For(option.Option.ValueType)}, with a point for decimals and no thousands separators (got '{bad.Value}')";
                }
            }
        }

        return null;
    }

    private static string ForFlag(OptionResult result, string message)
    {
        var option = result.Option;
        var expected = ValueWords.For(option.ValueType);
        if (result.IdentifierTokenCount == 0)
        {
            return $"{option.Name} is required ({expected})";
        }

        if (result.Tokens is [] || result.Tokens[0].Value.StartsWith("--", StringComparison.Ordinal))
        {
            var next = result.Tokens is [var flag, ..] ? $", found the flag {flag.Value} instead" : "";
            return $"the value of {option.Name} is missing: expected {expected}{next}";
        }

        return result.Tokens.FirstOrDefault(token => !ValueWords.Fits(token.Value, option.ValueType)) is { } bad
            ? $"{option.Name} must be {expected} (got '{bad.Value}')"
            : message;
    }

    private static string ForCommand(ParseResult parse, string message)
    {
        if (parse.UnmatchedTokens is not [var typed, ..])
        {
            return message;
        }

        var command = parse.CommandResult.Command;
        if (typed.StartsWith('-'))
        {
            return UnknownFlag(typed, parse.CommandResult);
        }

        if (SwitchBefore(parse, typed) is { } flag)
        {
            return $"{flag} takes no value (got '{typed}'): give {flag} alone to turn it on";
        }

        var what = command.Subcommands.Count > 0 ? "command" : "argument";
        return NearestName.To(typed, command.Subcommands.Select(sub => sub.Name)) is { } nearest
            ? $"unknown {what} '{typed}'; did you mean {nearest}?"
            : $"unknown {what} '{typed}'";
    }

    /// <summary>The on/off flag (such as --boost) just before a left-over value ("--boost yes"), if that is what it follows.</summary>
    private static string? SwitchBefore(ParseResult parse, string typed)
    {
        var tokens = parse.Tokens.Select(token => token.Value).ToList();
        var at = tokens.IndexOf(typed);
        if (at <= 0)
        {
            return null;
        }

        var previous = tokens[at - 1];
        return FlagsOf(parse.CommandResult).FirstOrDefault(o => o.ValueType == typeof(bool) && (o.Name == previous || o.Aliases.Contains(previous)))?.Name;
    }

    /// <summary>The flags a command accepts: its own and the recursive ones of its parents (--help).</summary>
    private static IEnumerable<Option> FlagsOf(CommandResult command)
    {
        IEnumerable<Option> flags = command.Command.Options;
        for (var parent = command.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            flags = flags.Concat(parent.Command.Options.Where(option => option.Recursive));
        }

        return flags;
    }
}
