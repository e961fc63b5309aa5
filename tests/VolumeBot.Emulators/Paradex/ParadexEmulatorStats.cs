using System.Collections.Concurrent;

namespace VolumeBot.Emulators.Paradex;

/// <summary>When, on the emulator's stopwatch (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), an order's event went out or an order came in.</summary>
public sealed record OrderMark(string ClientId, bool IsArrival, bool ReduceOnly, long Timestamp);

/// <summary>What the emulator saw, for assertions.</summary>
public sealed class ParadexEmulatorStats
{
    private readonly ConcurrentDictionary<string, byte> _contentTypes = new(StringComparer.Ordinal);
    private int _authRequests;
    private int _unauthorized;
    private int _ordersAccepted;
    private int _signatureRejections;
    private int _faultedRequests;
    private int _socketConnections;
    private int _subscriptions;
    private int _privateRequests;
    private int _tradeReads;
    private int _interactiveTokens;
    private int _bookReads;
    private int _publicSubscriptions;
    private readonly ConcurrentQueue<OrderMark> _marks = new();

    public int AuthRequests => Volatile.Read(ref _authRequests);

    /// <summary>JWTs issued with token_usage=interactive (Retail orders).</summary>
    public int InteractiveTokens => Volatile.Read(ref _interactiveTokens);

    /// <summary>Private calls answered 401 (missing, expired, revoked or forged token).</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    public int OrdersAccepted => Volatile.Read(ref _ordersAccepted);

    /// <summary>Orders refused because their Stark signature did not verify.</summary>
    public int SignatureRejections => Volatile.Read(ref _signatureRejections);

    /// <summary>Requests answered by an injected fault.</summary>
    public int FaultedRequests => Volatile.Read(ref _faultedRequests);

    public int WebSocketConnections => Volatile.Read(ref _socketConnections);

    public int Subscriptions => Volatile.Read(ref _subscriptions);

    /// <summary>REST calls to private endpoints (orders, fills, positions, balance), with a token or without.</summary>
    public int PrivateRequests => Volatile.Read(ref _privateRequests);

    /// <summary>Reads of the public trade tape (GET /trades).</summary>
    public int TradeReads => Volatile.Read(ref _tradeReads);

    /// <summary>REST reads of the book or the touch (GET /orderbook/{market}, GET /bbo/{market}).</summary>
    public int BookReads => Volatile.Read(ref _bookReads);

    /// <summary>Subscriptions to public channels (bbo, order_book); <see cref="Subscriptions"/> counts the private ones.</summary>
    public int PublicSubscriptions => Volatile.Read(ref _publicSubscriptions);

    /// <summary>
    /// Each POST /orders as it arrived and each orders/fills message as it went out, by client id, in order: the
    /// hot-path benchmark measures from the last message about a filled open to the close that follows it.
    /// </summary>
    public IReadOnlyList<OrderMark> OrderMarks => _marks.ToList();

    /// <summary>Every distinct Content-Type header a REST request carried, exactly as sent.</summary>
    public IReadOnlyCollection<string> ContentTypes => _contentTypes.Keys.ToList();

    internal void ContentTypeSeen(string? contentType)
    {
        if (contentType is not null)
        {
            _contentTypes.TryAdd(contentType, 0);
        }
    }

    internal void AuthRequested() => Interlocked.Increment(ref _authRequests);

    internal void InteractiveTokenIssued() => Interlocked.Increment(ref _interactiveTokens);

    internal void Refused() => Interlocked.Increment(ref _unauthorized);

    internal void OrderAccepted() => Interlocked.Increment(ref _ordersAccepted);

    internal void SignatureRejected() => Interlocked.Increment(ref _signatureRejections);

    internal void Faulted() => Interlocked.Increment(ref _faultedRequests);

    internal void SocketConnected() => Interlocked.Increment(ref _socketConnections);

    internal void Subscribed() => Interlocked.Increment(ref _subscriptions);

    internal void PrivateRequested() => Interlocked.Increment(ref _privateRequests);

    internal void TradesRead() => Interlocked.Increment(ref _tradeReads);

    internal void OrderArrived(string clientId, bool reduceOnly, long timestamp) => _marks.Enqueue(new OrderMark(clientId, true, reduceOnly, timestamp));

    internal void OrderEventSent(string clientId, long timestamp) => _marks.Enqueue(new OrderMark(clientId, false, false, timestamp));

    internal void BookRead() => Interlocked.Increment(ref _bookReads);

    internal void PublicSubscribed() => Interlocked.Increment(ref _publicSubscriptions);
}
