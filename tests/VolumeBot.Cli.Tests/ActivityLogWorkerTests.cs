using Serilog.Core;
using Serilog.Events;
using VolumeBot.Cli.Logging;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// Issue 11, the hot path: the bot logs through Microsoft.Extensions.Logging into the CLI's Serilog with the lines
/// unchanged, the file and the terminal are written by a background worker, and no line is lost at shutdown.
/// </summary>
public sealed class ActivityLogWorkerTests : IDisposable
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"vb-{Guid.NewGuid():N}.log");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void The_bots_lines_are_the_ones_serilog_wrote_itself()
    {
        var price = 99999.90m;
        var failure = new InvalidOperationException("venue said no");
        using (var logger = ActivityLogFactory.Create(_path, "PARADEX_BTC", Zone, new HeldTerminal(released: true)))
        {
            var log = new ActivityLog(ActivityLogFactory.ForBot(logger));
            log.Info($"[OPEN] [c1] FILLED {0.0100m} @ {price} {{\"quoted\": \"json\"}} {{Text}}");
            log.Warn($"[CLOSE_IOC] IOC order failed: {"a \"string\""}");
            log.Error(failure, $"[CLOSE] close_method={"ioc"} FAILED");

            // what the activity log got before the bot moved to Microsoft.Extensions.Logging
            logger.Information("{Text:l}", ActivityLog.Render($"[OPEN] [c1] FILLED {0.0100m} @ {price} {{\"quoted\": \"json\"}} {{Text}}"));
            logger.Warning("{Text:l}", ActivityLog.Render($"[CLOSE_IOC] IOC order failed: {"a \"string\""}"));
            logger.Error(failure, "{Text:l}", ActivityLog.Render($"[CLOSE] close_method={"ioc"} FAILED"));
        }

        var lines = File.ReadAllLines(_path).Select(l => l.Length > 23 && l[4] == '-' ? l[23..] : l).ToList(); // without the time
        var half = lines.Count / 2;
        Assert.Equal(lines[half..], lines[..half]);
        Assert.Equal(" - INFO - [PARADEX_BTC] [OPEN] [c1] FILLED 0.01 @ 99999.9 {\"quoted\": \"json\"} {Text}", lines[0]);
        Assert.Equal(" - WARNING - [PARADEX_BTC] [CLOSE_IOC] IOC order failed: a \"string\"", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("System.InvalidOperationException: venue said no", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_line_is_not_held_up_by_a_terminal_that_does_not_take_it()
    {
        var terminal = new HeldTerminal(released: false);
        using (var logger = ActivityLogFactory.Create(_path, "PARADEX_BTC", Zone, terminal))
        {
            var log = new ActivityLog(ActivityLogFactory.ForBot(logger));

            var logged = Task.Run(() => log.Info($"[CLOSE_IOC] Attempting IOC order: {0.01m} @ {100m}"));

            Assert.Same(logged, await Task.WhenAny(logged, Task.Delay(TimeSpan.FromSeconds(30)))); // else logging waited for the terminal
            terminal.Release();
        }

        Assert.Single(terminal.Lines);
        Assert.EndsWith("[CLOSE_IOC] Attempting IOC order: 0.01 @ 100", Assert.Single(File.ReadAllLines(_path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_line_queued_is_written_at_shutdown_even_beyond_the_queue()
    {
        const int Lines = ActivityLogFactory.QueuedLines + 2_000;
        var terminal = new HeldTerminal(released: false);
        using (var logger = ActivityLogFactory.Create(_path, "PARADEX_BTC", Zone, terminal))
        {
            var log = new ActivityLog(ActivityLogFactory.ForBot(logger));
            var attempted = 0;
            var burst = Task.Run(() =>
            {
                for (var i = 0; i < Lines; i++)
                {
                    Interlocked.Increment(ref attempted);
                    log.Info($"line {i}");
                }
            });

            // the worker holds the first line at the terminal while the burst fills the queue and goes past it
            SpinWait.SpinUntil(() => Volatile.Read(ref attempted) > ActivityLogFactory.QueuedLines + 1 || burst.IsCompleted, TimeSpan.FromSeconds(60));
            terminal.Release();
            await burst;
        }

        var written = File.ReadAllLines(_path);
        Assert.Equal(Lines, written.Length);
        Assert.EndsWith($"line {Lines - 1}", written[^1], StringComparison.Ordinal);
        Assert.Equal(Lines, terminal.Lines.Count);
    }

    [Fact]
    public void A_crash_flush_closes_every_writer_even_when_one_fails()
    {
        var failing = new Writer(fails: true);
        var last = new Writer(fails: false);
        using var crash = new CrashFlush(failing, last);

        crash.Flush();

        Assert.True(failing.Closed);
        Assert.True(last.Closed);
    }

    private sealed class Writer(bool fails) : IDisposable
    {
        public bool Closed { get; private set; }

        public void Dispose()
        {
            Closed = true;
            if (fails)
            {
                throw new IOException("disk full");
            }
        }
    }

    /// <summary>A terminal that takes no line until released (a paused terminal, a slow SSH session).</summary>
    private sealed class HeldTerminal : ILogEventSink
    {
        private readonly ManualResetEventSlim _released;
        private readonly List<string> _lines = [];

        public HeldTerminal(bool released)
        {
            _released = new ManualResetEventSlim(released);
        }

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToList();
                }
            }
        }

        public void Release() => _released.Set();

        public void Emit(LogEvent logEvent)
        {
            _released.Wait();
            lock (_lines)
            {
                _lines.Add(logEvent.RenderMessage());
            }
        }
    }
}
