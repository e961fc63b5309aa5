using System.Net.WebSockets;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// The public book channels as Paradex publishes them (protocols/paradex.md §6): bbo.{market} when the touch
/// changes, and order_book.{market}.snapshot@15@… a depth-15 snapshot every <see cref="ParadexEmulatorOptions.BookStreamInterval"/>.
/// No auth is needed. Each channel's first message goes out right after the subscription answer: a JSON-RPC
/// subscription message, or an SBE binary frame (<see cref="ParadexSbeFrames"/>) on a connection that asked for SBE.
/// </summary>
internal sealed partial class ParadexSocketHub
{
    private const int SnapshotDepth = 15;
    private const int UnknownTemplate = 99;

    private bool IsPublicBookChannel(string channel) =>
        _exchange.Markets.Any(m => channel == $"bbo.{m.Symbol}" || channel.StartsWith($"order_book.{m.Symbol}.snapshot@{SnapshotDepth}@", StringComparison.Ordinal));

    private string SubscribePublic(SocketConnection connection, JsonNode? id, string channel)
    {
        if (!connection.Channels.TryAdd(channel, 0))
        {
            return Reply(id, error: (100, $"already subscribed to {channel}"));
        }

        _stats.PublicSubscribed();
        connection.FirstBookDue.Enqueue(channel);
        return Reply(id, result: new JsonObject { ["channel"] = channel });
    }

    private async Task SendFirstBookAsync(SocketConnection connection, CancellationToken cancellationToken)
    {
        while (connection.FirstBookDue.TryDequeue(out var channel))
        {
            foreach (var market in _exchange.Markets)
            {
                if (BookMessage(connection, market, channel, force: true) is { } message)
                {
                    await SendBookAsync(connection, message, cancellationToken);
                }
            }
        }
    }

    private async Task PumpBookAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_exchange.Options.BookStreamInterval, _exchange.Time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var connection in _connections.Keys)
            {
                foreach (var channel in connection.Channels.Keys)
                {
                    foreach (var market in _exchange.Markets)
                    {
                        if (BookMessage(connection, market, channel, force: false) is not { } message)
                        {
                            continue;
                        }

                        try
                        {
                            await SendBookAsync(connection, message, cancellationToken);
                        }
                        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
                        {
                            // a connection that just dropped misses the book, as on the real venue
                        }
                    }
                }
            }
        }
    }

    private async Task SendBookAsync(SocketConnection connection, BookFrame message, CancellationToken cancellationToken)
    {
        if (message.Binary is { } frame)
        {
            if (_exchange.Faults.TryTakeUnknownSbeFrame())
            {
                await connection.SendAsync(ParadexSbeFrames.Other(UnknownTemplate, Enumerable.Repeat((byte)0x11, 48).ToArray(), "BTC-USD-PERP"), WebSocketMessageType.Binary, cancellationToken);
            }

            _stats.SbeBookFrameSent();
            await connection.SendAsync(frame, WebSocketMessageType.Binary, cancellationToken);
            return;
        }

        _stats.JsonBookMessageSent();
        await connection.SendAsync(message.Text!, cancellationToken);
    }

    /// <summary>The message for <paramref name="channel"/> if it is <paramref name="market"/>'s book channel and something is due.</summary>
    private BookFrame? BookMessage(SocketConnection connection, EmulatedMarket market, string channel, bool force)
    {
        JsonObject data;
        var micros = _exchange.NowMs * 1000;
        if (channel == $"bbo.{market.Symbol}")
        {
            var book = market.Engine.Book(1);
            if (book.Bids.Count == 0 || book.Asks.Count == 0)
            {
                return null;
            }

            var touch = $"{book.Bids[0]}|{book.Asks[0]}";
            if (!force && connection.LastBbo.TryGetValue(channel, out var last) && last == touch)
            {
                return null;
            }

            connection.LastBbo[channel] = touch;
            if (connection.Sbe)
            {
                return new BookFrame(null, ParadexSbeFrames.Bbo(market.Symbol, micros, _exchange.NowMs, book.Bids[0], book.Asks[0]));
            }

            data = new JsonObject
            {
                ["market"] = market.Symbol,
                ["bid"] = ParadexWire.Dec(book.Bids[0].Price),
                ["bid_size"] = ParadexWire.Dec(book.Bids[0].Size),
                ["ask"] = ParadexWire.Dec(book.Asks[0].Price),
                ["ask_size"] = ParadexWire.Dec(book.Asks[0].Size),
                ["last_updated_at"] = _exchange.NowMs,
                ["seq_no"] = _exchange.NowMs,
            };
        }
        else if (channel.StartsWith($"order_book.{market.Symbol}.snapshot@", StringComparison.Ordinal))
        {
            var book = market.Engine.Book(SnapshotDepth);
            if (connection.Sbe)
            {
                return new BookFrame(null, ParadexSbeFrames.Book(market.Symbol, micros, _exchange.NowMs, snapshot: true, book.Bids, book.Asks));
            }

            static IEnumerable<JsonNode> Levels(IEnumerable<BookLevel> levels, string side) => levels.Select(l =>
                (JsonNode)new JsonObject { ["side"] = side, ["price"] = ParadexWire.Dec(l.Price), ["size"] = ParadexWire.Dec(l.Size) });
            data = new JsonObject
            {
                ["seq_no"] = _exchange.NowMs,
                ["market"] = market.Symbol,
                ["last_updated_at"] = _exchange.NowMs,
                ["update_type"] = "s",
                ["deletes"] = new JsonArray(),
                ["inserts"] = new JsonArray(Levels(book.Bids, "BUY").Concat(Levels(book.Asks, "SELL")).ToArray()),
                ["updates"] = new JsonArray(),
            };
        }
        else
        {
            return null;
        }

        return new BookFrame(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "subscription",
            ["params"] = new JsonObject { ["channel"] = channel, ["data"] = data },
        }.ToJsonString(), null);
    }

    /// <summary>
    /// Changed levels of <paramref name="market"/> (size 0 removes a level) as one SBE BookEvent delta to every SBE
    /// connection on its order_book channel; the number of connections it went to.
    /// </summary>
    public async Task<int> PublishBookDeltaAsync(string market, IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks, CancellationToken cancellationToken)
    {
        var frame = ParadexSbeFrames.Book(market, _exchange.NowMs * 1000, _exchange.NowMs, snapshot: false, bids, asks);
        var sent = 0;
        foreach (var connection in _connections.Keys.Where(c => c.Sbe && c.Channels.Keys.Any(ch => ch.StartsWith($"order_book.{market}.", StringComparison.Ordinal))))
        {
            await SendBookAsync(connection, new BookFrame(null, frame), cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>A book message: JSON-RPC text, or an SBE binary frame.</summary>
    private sealed record BookFrame(string? Text, byte[]? Binary);
}
