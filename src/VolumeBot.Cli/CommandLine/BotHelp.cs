using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.CommandLine;

/// <summary>
/// `volumebot --help`: the flags in groups (each default shown once), examples, the environment variables and the
/// exit codes. The subcommands keep the standard help.
/// </summary>
public sealed class BotHelp : SynchronousCommandLineAction
{
    public static readonly IReadOnlyList<(string Command, string What)> Examples =
    [
        ("volumebot --paper --ticker BTC --quantity 0.01 --boost --use-ioc --wait-time 1 --max-cycles 20", "a short paper run, no keys"),
        ("volumebot --paper --live-data --exchange grvt --ticker BTC --quantity 0.01 --boost --max-cycles 5", "paper fills on GRVT's live public market data"),
        ("volumebot --exchange paradex --ticker BTC --quantity 0.001 --boost --use-ioc --max-loss 1", "live, small, with a loss limit (keys in .env)"),
        ("volumebot --ticker ETH --quantity 0.1 --take-profit 0.02 --wait-time 450", "live normal mode: take-profit closes, 450 s base cooldown"),
        ("volumebot simulate --ticker BTC --quantity 0.01 --wait-time 1 --compare market,ioc", "close methods compared on a virtual clock, in seconds"),
        ("volumebot stats --since today", "volume and cost of today's fills"),
        ("volumebot check --config account-1.toml", "the file, keys, account and market checked on the venue; nothing traded"),
        ("volumebot flatten --exchange paradex --ticker BTC --yes", "cancel the bot's orders and close the position"),
    ];

    /// <summary>Keeps "[default: 450]" on one line when a description wraps.</summary>
    private const char NoBreak = '\u00A0';

    private readonly RootCommand _root;
    private readonly BotFlags _flags;
    private readonly CommandLineAction? _standard;
    private readonly int _width;

    private BotHelp(RootCommand root, BotFlags flags, CommandLineAction? standard, int width)
    {
        _root = root;
        _flags = flags;
        _standard = standard;
        _width = width;
    }

    public override bool ClearsParseErrors => true;

    /// <summary>Makes --help of the root command this grouped help; the subcommands keep theirs.</summary>
    public static void Install(RootCommand root, BotFlags flags, int width = 100)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new BotHelp(root, flags, help.Action, width);
    }

    /// <summary>The terminal's width (60 to 120 columns), or 100 when help goes to a file or pipe.</summary>
    public static int ConsoleWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 100 : Math.Clamp(Console.WindowWidth, 60, 120);
        }
        catch (IOException)
        {
            return 100;
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command != _root && _standard is SynchronousCommandLineAction standard)
        {
            return standard.Invoke(parseResult);
        }

        Write(parseResult.InvocationConfiguration.Output);
        return 0;
    }

    public void Write(TextWriter output)
    {
        output.WriteLine(_root.Description);
        output.WriteLine();
        Section(output, "Usage", [
            ("volumebot [flags]", "trade (add --paper for the built-in simulated market, no keys)"),
            .. _root.Subcommands.Where(c => !c.Hidden).Select(c => ($"volumebot {c.Name} [flags]", c.Description ?? "")),
            ("volumebot <command> --help", "the flags of a command"),
        ]);
        foreach (var group in _flags.Groups)
        {
            Section(output, group.Title, group.Options.Select(Row));
        }

        var others = _root.Options.Where(o => !_flags.All.Contains(o) && !o.Hidden);
        Section(output, "Other", others.Select(o => (string.Join(", ", o.Aliases.Prepend(o.Name)), o.Description ?? "")));
        output.WriteLine("Examples:");
        foreach (var (command, what) in Examples)
        {
            output.WriteLine($"  # {what}");
            output.WriteLine($"  {command}");
        }

        output.WriteLine();
        Section(output, "Environment variables (also read from .env, see .env.example; variables already set win)", EnvironmentVariableDocs.All.Select(e => (string.Join(", ", e.Names), e.Meaning)));
        Section(output, "Exit codes", ExitCodes.All.Select(e => (e.Code.ToString(CultureInfo.InvariantCulture), e.Meaning)));
    }

    private static (string, string) Row(Option option)
    {
        var value = option.ValueType == typeof(bool) ? "" : $" <{Placeholder(option.ValueType)}>";
        var defaultValue = option.ValueType != typeof(bool) && option.HasDefaultValue && option.GetDefaultValue() is { } given
            ? string.Create(CultureInfo.InvariantCulture, $" [default:{NoBreak}{given}]")
            : "";
        return (option.Name + value, option.Description + defaultValue);
    }

    private static string Placeholder(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare == typeof(decimal) ? "number" : bare == typeof(int) ? "whole number" : "text";
    }

    private void Section(TextWriter output, string title, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine(title + ":");
        var firstWidth = Math.Min(34, list.Max(r => r.First.Length));
        foreach (var (first, second) in list)
        {
            var indent = 2 + firstWidth + 2;
            var lines = Wrap(second, Math.Max(30, _width - indent));
            if (first.Length > firstWidth)
            {
                output.WriteLine("  " + first);
                lines.ForEach(line => output.WriteLine(new string(' ', indent) + line));
                continue;
            }

            output.WriteLine("  " + first.PadRight(firstWidth) + "  " + lines.FirstOrDefault());
            lines.Skip(1).ToList().ForEach(line => output.WriteLine(new string(' ', indent) + line));
        }

        output.WriteLine();
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines.ConvertAll(wrapped => wrapped.Replace(NoBreak, ' '));
    }
}
