using System.CommandLine;
using VolumeBot.Cli.Commands;
using VolumeBot.Cli.Configuration;

namespace VolumeBot.Cli.Tests.Configuration;

/// <summary>`--config FILE`: the file's keys are the flag names, the command line wins, secrets and strangers are refused.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("volumebot-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_files_flags_shape_the_run_with_their_exact_values()
    {
        var file = Write("""
            # account 1
            exchange = "grvt"
            ticker = "btc"
            quantity = 0.01
            boost = true
            close = "ioc"
            wait-time = 1.5
            max-cycles = 20
            stop-price = -1
            """);

        var (options, error) = Build("--paper", "--config", file);

        Assert.Null(error);
        var s = options!.Settings;
        Assert.Equal(("grvt", "BTC", 0.01m, true, true, TimeSpan.FromSeconds(1.5), 20), (s.Venue, s.Ticker, s.Quantity, s.Boost, s.UseIoc, s.WaitTime, s.MaxCycles));
        Assert.Null(s.StopPrice);
        Assert.Equal("0.01", s.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Flags_on_the_command_line_win_over_the_file()
    {
        var file = Write("quantity = 0.01\nboost = true\nticker = \"BTC\"");

        var (options, error) = Build("--paper", "--config", file, "--quantity", "0.5", "--boost", "false");

        Assert.Null(error);
        Assert.Equal((0.5m, false, "BTC"), (options!.Settings.Quantity, options.Settings.Boost, options.Settings.Ticker));
    }

    [Theory]
    [InlineData("quantity = 0.01\nmax_cycle = 3", "unknown key 'max_cycle'")]
    [InlineData("quantity = \"a lot\"", "'quantity' must be a number (got a string)")]
    [InlineData("max-cycles = 2.5", "'max-cycles' must be a whole number (got a number)")]
    [InlineData("boost = \"yes\"", "'boost' must be true or false (got a string)")]
    [InlineData("ticker = 7", "'ticker' must be a string in quotes (got a whole number)")]
    [InlineData("[account]\nquantity = 1", "[account] is a table")]
    [InlineData("config = \"other.toml\"", "unknown key 'config'")]
    public void A_wrong_key_or_type_is_one_line_naming_the_key_and_the_file(string toml, string expected)
    {
        var file = Write(toml);

        var (_, error) = Build("--paper", "--config", file);

        Assert.NotNull(error);
        Assert.StartsWith(file + ": ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Theory]
    [InlineData("PARADEX_L2_PRIVATE_KEY")]
    [InlineData("grvt-api-key")]
    [InlineData("telegram_bot_token")]
    [InlineData("private-key")]
    public void Keys_and_tokens_are_refused_without_echoing_them(string key)
    {
        var file = Write($"{key} = \"0xdeadbeefcafe1234\"");

        var (_, error) = Build("--paper", "--config", file);

        Assert.Contains($"'{key}' looks like a key or token; those stay in the environment or the .env file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("deadbeef", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_toml_or_is_missing_is_named()
    {
        var broken = Write("quantity = = 1");

        Assert.StartsWith($"{broken} is not valid TOML: ", Build("--config", broken).Error, StringComparison.Ordinal);
        Assert.Equal("--config nowhere.toml cannot be read: no such file", Build("--config", "nowhere.toml").Error);
    }

    /// <summary>What the program makes of a command line with --config: the file merged in, then the settings built.</summary>
    internal static (RunOptions? Options, string? Error) Build(params string[] args)
    {
        var flags = new BotFlags();
        var root = new RootCommand();
        foreach (var option in flags.All)
        {
            root.Options.Add(option);
        }

        var (merged, error) = ConfigFile.Merge(root.Parse(args), args);
        if (error is not null)
        {
            return (null, error);
        }

        var parse = root.Parse(merged);
        Assert.Empty(parse.Errors);
        return SettingsBuilder.Build(parse, flags);
    }

    private string Write(string toml)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.toml");
        File.WriteAllText(path, toml);
        return path;
    }
}
