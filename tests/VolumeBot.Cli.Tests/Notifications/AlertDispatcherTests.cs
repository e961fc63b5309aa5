using System.Net;
using System.Text.Json;
using VolumeBot.Cli.Notifications;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Tests.Notifications;

public class AlertDispatcherTests
{
    [Fact]
    public async Task Telegram_gets_html_escaped_text_with_the_html_parse_mode()
    {
        using var server = new FakeWebhookServer();
        using var http = new HttpClient();
        var log = new RecordingLog();
        await using (var alerts = new AlertDispatcher([new TelegramChannel(http, "123:secret", "42", server.BaseAddress)], new ActivityLog(log.Logger)))
        {
            alerts.Send("IOC 0.4 < 1.0 & market <b>failed</b>");
            var (path, body) = await server.NextRequestAsync();
            Assert.Equal("/bot123:secret/sendMessage", path);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("42", json.RootElement.GetProperty("chat_id").GetString());
            Assert.Equal("HTML", json.RootElement.GetProperty("parse_mode").GetString());
            Assert.Equal("IOC 0.4 &lt; 1.0 &amp; market &lt;b&gt;failed&lt;/b&gt;", json.RootElement.GetProperty("text").GetString());
        }

        Assert.True(log.Contains("ALERT: IOC 0.4 < 1.0"));
    }

    [Fact]
    public async Task A_text_the_log_already_has_goes_to_the_channels_whole_but_is_logged_as_one_short_line()
    {
        using var server = new FakeWebhookServer();
        using var http = new HttpClient();
        var log = new RecordingLog();
        var summary = "[PARADEX_BTC] run ended: MaxCycles (3 cycles done)\n=== Run summary ===\nCycles: 3 completed (open orders placed: 3)";
        await using (var alerts = new AlertDispatcher([new LarkChannel(http, "tok", server.BaseAddress)], new ActivityLog(log.Logger)))
        {
            alerts.Send(summary, logAs: "[PARADEX_BTC] run ended: MaxCycles (3 cycles done); the summary is in the lines above");
            var (_, body) = await server.NextRequestAsync();
            using var json = JsonDocument.Parse(body);
            Assert.Equal(summary, json.RootElement.GetProperty("content").GetProperty("text").GetString());
        }

        Assert.DoesNotContain(log.Lines, l => l.Contains("Run summary", StringComparison.Ordinal));
        Assert.True(log.Contains("ALERT: [PARADEX_BTC] run ended: MaxCycles (3 cycles done); the summary is in the lines above"));
    }

    [Fact]
    public async Task Lark_gets_a_text_message_on_its_webhook()
    {
        using var server = new FakeWebhookServer();
        using var http = new HttpClient();
        await using var alerts = new AlertDispatcher([new LarkChannel(http, "tok", server.BaseAddress)], new ActivityLog(new RecordingLog().Logger));
        alerts.Send("🚨 风险提醒 | PARADEX_BTC");
        var (path, body) = await server.NextRequestAsync();
        Assert.Equal("/flow/api/trigger-webhook/tok", path);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("text", json.RootElement.GetProperty("msg_type").GetString());
        Assert.Equal("🚨 风险提醒 | PARADEX_BTC", json.RootElement.GetProperty("content").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_hanging_channel_never_holds_the_caller_and_is_reported_once_without_secrets()
    {
        using var server = new FakeWebhookServer { Hang = true };
        using var http = new HttpClient();
        var log = new RecordingLog();
        var alerts = new AlertDispatcher([new TelegramChannel(http, "123:secret", "42", server.BaseAddress)], new ActivityLog(log.Logger), TimeSpan.FromMilliseconds(200), drainDeadline: TimeSpan.FromSeconds(30));
        var sent = Task.Run(() =>
        {
            alerts.Send("first");
            alerts.Send("second");
        });
        await sent.WaitAsync(TimeSpan.FromSeconds(5)); // Send only queues: a hanging server cannot hold it
        await server.NextRequestAsync();
        await alerts.DisposeAsync();

        var failures = log.Lines.Where(l => l.Contains("Telegram alerts failing", StringComparison.Ordinal)).ToList();
        Assert.Single(failures);
        Assert.DoesNotContain(log.Lines, l => l.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_channel_is_logged_once_and_the_others_still_get_the_alert()
    {
        using var broken = new FakeWebhookServer { Status = HttpStatusCode.InternalServerError };
        using var working = new FakeWebhookServer();
        using var http = new HttpClient();
        var log = new RecordingLog();
        await using (var alerts = new AlertDispatcher([new LarkChannel(http, "a", broken.BaseAddress), new LarkChannel(http, "b", working.BaseAddress)], new ActivityLog(log.Logger)))
        {
            alerts.Send("one");
            alerts.Send("two");
            Assert.Equal("/flow/api/trigger-webhook/b", (await working.NextRequestAsync()).Path);
            await working.NextRequestAsync();
        }

        Assert.Single(log.Lines, l => l.Contains("Lark alerts failing (HTTP 500)", StringComparison.Ordinal));
    }
}
