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
    [InlineData("\"line\\nnext \\\"quoted\\\" back\\\\slash\"", "line\nnext \"quoted\" back\\slash")]
    [InlineData("'no \\n escapes in single quotes'", "no \\n escapes in single quotes")]
    [InlineData("\"unterminated", "\"unterminated")]
    public void Values_read_as_python_dotenv_reads_them(string written, string expected) =>
        Assert.Equal(expected, DotEnvFile.Unquote(written));

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
}
