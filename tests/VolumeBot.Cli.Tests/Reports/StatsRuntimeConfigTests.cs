using System.Text.Json;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>
/// `stats` over a million rows spends a fifth of its time in the profiling JIT tier's instrumented code: volumebot is
/// built to run without it (the setting travels in volumebot.runtimeconfig.json to publish and the packed tool).
/// </summary>
public class StatsRuntimeConfigTests
{
    [Fact]
    public void Volumebot_runs_without_the_profiling_jit_tier()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "volumebot.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo), $"{path} does not set System.Runtime.TieredPGO");
        Assert.False(pgo.GetBoolean());
    }
}
