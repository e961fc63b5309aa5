namespace VolumeBot.Cli.Tests.CommandLine;

/// <summary>Parse errors say in words what was expected and suggest the nearest flag or command: one line, exit 2.</summary>
public class ParseErrorTextTests
{
    [Theory]
    [InlineData("--max-cycles must be a whole number (got '1.5') (see volumebot --help)", "--max-cycles", "1.5")]
    [InlineData("--quantity must be a decimal number such as 0.5 (got 'abc') (see volumebot --help)", "--quantity", "abc")]
    [InlineData("--wait-time must be a decimal number such as 0.5 (got '2s') (see volumebot --help)", "--wait-time", "2s")]
    [InlineData("the value of --quantity is missing: expected a decimal number such as 0.5, found the flag --max-cycles instead (see volumebot --help)", "--quantity", "--max-cycles", "1")]
    [InlineData("the value of --ticker is missing: expected a value (see volumebot --help)", "--paper", "--ticker")]
    [InlineData("unknown flag --tiker; did you mean --ticker? (see volumebot --help)", "--tiker", "BTC")]
    [InlineData("unknown flag --max-cycle; did you mean --max-cycles? (see volumebot --help)", "--max-cycle", "3")]
    [InlineData("unknown command 'stat'; did you mean stats? (see volumebot --help)", "stat")]
    [InlineData("unknown command 'estimat'; did you mean estimate? (see volumebot --help)", "estimat", "--quantity", "1")]
    [InlineData("unknown command 'hello' (see volumebot --help)", "hello")]
    [InlineData("--max-cycles must be a whole number (got '1,000') (see volumebot --help)", "--max-cycles", "1,000")]
    [InlineData("--boost takes no value (got 'yes'): give --boost alone to turn it on (see volumebot --help)", "--paper", "--boost", "yes")]
    [InlineData("unknown flag --wach; did you mean --watch? (see volumebot stats --help)", "stats", "--wach", "5")]
    [InlineData("--watch must be a whole number (got 'abc') (see volumebot stats --help)", "stats", "--watch", "abc")]
    [InlineData("--watch must be a number of seconds greater than 0 (see volumebot stats --help)", "stats", "--watch", "0")]
    [InlineData("--quantity is required (a decimal number such as 0.5) (see volumebot estimate --help)", "estimate", "--price", "100", "--target-volume", "1000", "--wait-time", "1")]
    [InlineData("--price must be a decimal number such as 0.5 (got 'high') (see volumebot estimate --help)", "estimate", "--price", "high")]
    [InlineData("--quantity must be a decimal number such as 0.5, with a point for decimals and no thousands separators (got '0,01') (see volumebot --help)", "--paper", "--quantity", "0,01")]
    [InlineData("--target-volume must be a decimal number such as 0.5, with a point for decimals and no thousands separators (got '1,000') (see volumebot estimate --help)", "estimate", "--price", "100", "--quantity", "1", "--wait-time", "1", "--target-volume", "1,000")]
    public async Task Bad_input_gets_one_line_in_words(string expected, params string[] args)
    {
        var (exit, output, error) = await InProcessCli.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("Error: " + expected + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("--max-cycles", "1.5")]
    [InlineData("--quantity", "abc")]
    [InlineData("--seed", "x")]
    [InlineData("--take-profit", "1,5")]
    [InlineData("--maker-fee-bps", "low")]
    [InlineData("--max-loss", "")]
    public async Task No_dotnet_type_name_reaches_the_user(params string[] args)
    {
        var (_, _, error) = await InProcessCli.RunAsync(args);

        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
        Assert.Contains(args[0], error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tiker", "ticker")]
    [InlineData("stat", "stats")]
    [InlineData("kitten", "sitting")]
    [InlineData("", "abc")]
    public void Distance_counts_single_character_edits(string a, string b)
    {
        var expected = (a, b) switch { ("kitten", _) => 3, ("", _) => 3, _ => 1 };
        Assert.Equal(expected, Cli.CommandLine.NearestName.Distance(a, b));
    }

    [Fact]
    public void Nothing_is_suggested_when_nothing_is_close()
    {
        Assert.Null(Cli.CommandLine.NearestName.To("--banana", ["--ticker", "--quantity", "--boost"]));
    }
}
