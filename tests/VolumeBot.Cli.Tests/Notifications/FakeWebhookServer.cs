using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace VolumeBot.Cli.Tests.Notifications;

/// <summary>A loopback HTTP server that records requests and answers as told (status, or never).</summary>
public sealed class FakeWebhookServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<(string Path, string Body)> _requests = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();

    public FakeWebhookServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri BaseAddress { get; }

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public bool Hang { get; set; }

    public async Task<(string Path, string Body)> NextRequestAsync() =>
        await _requests.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public int Received => _requests.Reader.Count;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            _requests.Writer.TryWrite((context.Request.Url!.AbsolutePath, body));
            if (Hang)
            {
                _ = Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => context.Response.Abort(), TaskScheduler.Default);
                continue;
            }

            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
    }
}
