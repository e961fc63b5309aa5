using VolumeBot.Cli.Configuration;

namespace VolumeBot.Cli.Tests.Configuration;

public class DotEnvFileTests
{
    [Theory]
    [InlineData("\"0xabc\" # the trading key", "0xabc")]
    [InlineData("'0xabc'   # single quotes, comment", "0xabc")]
    [InlineData("\"0xabc\"", "0xabc")]
    [InlineData("0xabc # a comment", "0xabc")]
    [InlineData("0xabc#not-a-comment", "0xabc#not-a-comment")]
    [InlineData("\"a # inside quotes\" # outside", "a # inside quotes")]
    [InlineData("\"line\\nnext\\ttab \\\"quoted\\\" back\\\\slash\"", "line\nnext\ttab \"quoted\" back\\slash")]
    [InlineData("'no \\n escapes in single quotes'", "no \\n escapes in single quotes")]
    [InlineData("'pa$$word $HOME'", "pa$$word $HOME")]
    [InlineData("", "")]
    public void Values_load_as_dotenv_files_mean_them(string written, string expected)
    {
        var key = $"VOLUMEBOT_TEST_VALUE_{Guid.NewGuid():N}";
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# a comment line", $"{key}={written}"]);

            DotEnvFile.Load(file);

            Assert.Equal(expected, Environment.GetEnvironmentVariable(key) ?? "");
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
            File.Delete(file);
        }
    }

    [Fact]
    public void A_quoted_key_with_a_trailing_comment_loads_without_its_quotes_and_set_variables_win()
    {
        var key = $"VOLUMEBOT_TEST_KEY_{Guid.NewGuid():N}";
        var kept = $"VOLUMEBOT_TEST_KEPT_{Guid.NewGuid():N}";
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, [$"{key}=\"0x01ab\" # my key", $"export {kept}=from-file"]);
            Environment.SetEnvironmentVariable(kept, "already-set");

            DotEnvFile.Load(file);

            Assert.Equal("0x01ab", Environment.GetEnvironmentVariable(key));
            Assert.Equal("already-set", Environment.GetEnvironmentVariable(kept));
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
            Environment.SetEnvironmentVariable(kept, null);
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unclosed_quote_is_one_error_line_that_names_the_line_but_never_echoes_the_value()
    {
        var key = $"VOLUMEBOT_TEST_BROKEN_{Guid.NewGuid():N}";
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# keys", "A_FIRST_LINE_KEY_UNUSED=1", $"{key}=\"0xsecretvalue"]);

            var error = DotEnvFile.LoadFlagOrDefault(file);

            Assert.Equal($"--env-file {file} is not a dotenv file: line 3 cannot be read (an unclosed quote?)", error);
            Assert.Null(Environment.GetEnvironmentVariable(key));
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
            Environment.SetEnvironmentVariable("A_FIRST_LINE_KEY_UNUSED", null);
            File.Delete(file);
        }
    }
}
