using System.Net.WebSockets;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// The public book channels as Paradex publishes them (protocols/paradex.md §6): bbo.{market} when the touch
/// changes, and order_book.{market}.snapshot@15@… a depth-15 snapshot every <see cref="ParadexEmulatorOptions.BookStreamInterval"/>.
/// No auth is needed. Each channel's first message goes out right after the subscription answer.
/// </summary>
internal sealed partial class ParadexSocketHub
{
    private const int SnapshotDepth = 15;

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
                    await connection.SendAsync(message, cancellationToken);
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
                            await connection.SendAsync(message, cancellationToken);
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

    /// <summary>The message for <paramref name="channel"/> if it is <paramref name="market"/>'s book channel and something is due.</summary>
    private string? BookMessage(SocketConnection connection, EmulatedMarket market, string channel, bool force)
    {
        JsonObject data;
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

        return new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "subscription",
            ["params"] = new JsonObject { ["channel"] = channel, ["data"] = data },
        }.ToJsonString();
    }
}
