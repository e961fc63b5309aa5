using System.Text.Json;

namespace VolumeBot.Cli.Tests.Notifications;

public class AlertsEndToEndTests
{
    [Fact]
    public async Task A_paper_run_reports_its_start_and_summary_to_telegram_and_lark()
    {
        using var telegram = new FakeWebhookServer();
        using var lark = new FakeWebhookServer();
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--paper", "--max-cycles", "1"],
            new Dictionary<string, string>
            {
                ["TELEGRAM_BOT_TOKEN"] = "999:token",
                ["TELEGRAM_CHAT_ID"] = "7",
                ["TELEGRAM_API_BASE"] = telegram.BaseAddress.ToString(),
                ["LARK_TOKEN"] = "hook",
                ["LARK_API_BASE"] = lark.BaseAddress.ToString(),
            });
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        var texts = new List<string>();
        while (!texts.Any(t => t.Contains("run ended", StringComparison.Ordinal)))
        {
            var (path, body) = await telegram.NextRequestAsync();
            Assert.Equal("/bot999:token/sendMessage", path);
            texts.Add(JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!);
        }

        Assert.Contains(texts, t => t.Contains("volumebot started (paper)", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("[Boost刷量报告] PARADEX_BTC", StringComparison.Ordinal)); // the first report comes after 30 minutes, not at t = 0
        var reconciled = run.Stdout.IndexOf("[RECONCILE] Position at start", StringComparison.Ordinal);
        Assert.InRange(run.Stdout.IndexOf("ALERT: 🚀", StringComparison.Ordinal), reconciled + 1, int.MaxValue); // announced once trading starts
        Assert.Contains(texts, t => t.Contains("Total cost:", StringComparison.Ordinal));
        Assert.Equal("/flow/api/trigger-webhook/hook", (await lark.NextRequestAsync()).Path);
        Assert.DoesNotContain("999:token", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
