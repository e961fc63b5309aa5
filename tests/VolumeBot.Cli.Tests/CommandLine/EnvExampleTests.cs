using System.Text.RegularExpressions;
using VolumeBot.Cli.CommandLine;

namespace VolumeBot.Cli.Tests.CommandLine;

/// <summary>.env.example at the repository root names every variable the bot reads, each with a comment.</summary>
public class EnvExampleTests
{
    [Fact]
    public void Env_example_has_every_variable_the_bot_reads_and_only_those()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".env.example"));
        var variables = lines
            .Select(line => Regex.Match(line, @"^#?\s*([A-Z][A-Z0-9_]+)="))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Equal(EnvironmentVariableDocs.Names.Order(), variables.Distinct().Order());
        Assert.Equal(variables.Count, variables.Distinct().Count());
        foreach (var name in variables)
        {
            var at = Array.FindIndex(lines, line => Regex.IsMatch(line, @"^#?\s*" + name + "="));
            Assert.True(at > 0 && lines[at - 1].StartsWith('#'), $"{name} has a comment above it");
        }
    }

    [Fact]
    public void Every_variable_the_code_reads_is_documented()
    {
        var read = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), @"""((?:PARADEX|GRVT|TELEGRAM|LARK)_[A-Z0-9_]+|ACCOUNT_NAME|TIMEZONE)""").Select(m => m.Groups[1].Value))
            .ToHashSet();
        read.ExceptWith(["GRVT_VECTORS", "PARADEX_VECTORS"]); // test data overrides, not the bot's
        var names = EnvironmentVariableDocs.Names.ToHashSet();
        Assert.Empty(read.Except(names));
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VolumeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("VolumeBot.sln above " + AppContext.BaseDirectory);
    }
}
