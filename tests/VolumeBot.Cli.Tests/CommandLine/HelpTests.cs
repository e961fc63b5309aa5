using System.Text.RegularExpressions;
using VolumeBot.Cli.CommandLine;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests.CommandLine;

public class HelpTests
{
    private static readonly string[] Headings =
        ["Usage:", "Trading:", "Close:", "Limits:", "Paper and simulate:", "Output:", "Other:", "Examples:", "Environment variables", "Exit codes:"];

    [Fact]
    public async Task Help_is_grouped_trading_close_limits_paper_output_then_examples_variables_and_exit_codes()
    {
        var (exit, help, _) = await InProcessCli.RunAsync("--help");

        Assert.Equal(0, exit);
        var positions = Headings.Select(heading => help.IndexOf("\n" + heading, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var group in new BotFlags().Groups)
        {
            var section = Section(help, group.Title + ":");
            Assert.All(group.Options, option => Assert.Contains("  " + option.Name + " ", section, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_flag_appears_once_with_its_default_once()
    {
        var (_, help, _) = await InProcessCli.RunAsync("--help");

        foreach (var option in new BotFlags().All)
        {
            Assert.Single(Regex.Matches(help, "^  " + Regex.Escape(option.Name) + "\\b", RegexOptions.Multiline));
            var row = Row(help, option.Name);
            Assert.True(Regex.Matches(row, "default", RegexOptions.IgnoreCase).Count <= 1, row);
        }

        Assert.Contains("[default: 450]", Row(help, "--wait-time"), StringComparison.Ordinal);
        Assert.Contains("[default: paradex]", Row(help, "--exchange"), StringComparison.Ordinal);
        Assert.Contains("[default: 42]", Row(help, "--seed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_environment_variables_exit_codes_examples_and_subcommands()
    {
        var (_, help, _) = await InProcessCli.RunAsync("--help");

        foreach (var name in EnvironmentVariableDocs.Names)
        {
            Assert.Contains(name, help, StringComparison.Ordinal);
        }

        var exitCodes = Section(help, "Exit codes:");
        foreach (var code in new[] { "0", "1", "2", "130" })
        {
            Assert.Matches("(?m)^  " + code + " ", exitCodes);
        }

        Assert.All(BotHelp.Examples, example => Assert.Contains(example.Command, help, StringComparison.Ordinal));
        Assert.Contains("volumebot stats [flags]", help, StringComparison.Ordinal);
        Assert.Contains("volumebot estimate [flags]", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_in_help_parse()
    {
        var root = InProcessCli.Build(TextWriter.Null, TextWriter.Null);
        foreach (var (command, _) in BotHelp.Examples)
        {
            var parse = root.Parse(command.Split(' ')[1..]);
            Assert.True(ParseErrorText.Describe(parse) is null, command + ": " + ParseErrorText.Describe(parse));
        }
    }

    [Fact]
    public async Task Subcommands_keep_their_own_help()
    {
        var (exit, help, _) = await InProcessCli.RunAsync("stats", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--watch", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit codes:", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_names_the_version_and_commit()
    {
        var (exit, output, _) = await InProcessCli.RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^volumebot 0\.1\.\d+ \(commit ([0-9a-f]{12}|unknown)\)\r?\n$", output);
    }

    private static string Section(string help, string heading)
    {
        var start = help.IndexOf("\n" + heading, StringComparison.Ordinal) + 1;
        var end = help.IndexOf("\n\n", start, StringComparison.Ordinal);
        return help[start..(end < 0 ? help.Length : end)];
    }

    /// <summary>A flag's row with its wrapped continuation lines.</summary>
    private static string Row(string help, string flag)
    {
        var lines = help.Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("  " + flag + " ", StringComparison.Ordinal));
        var rest = lines.Skip(first + 1).TakeWhile(line => line.StartsWith("    ", StringComparison.Ordinal));
        return string.Join("\n", rest.Prepend(lines[first]));
    }
}
