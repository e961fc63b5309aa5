namespace VolumeBot.Emulators.Paradex;

/// <summary>What the emulator saw, for assertions.</summary>
public sealed class ParadexEmulatorStats
{
    private int _authRequests;
    private int _unauthorized;
    private int _ordersAccepted;
    private int _signatureRejections;
    private int _faultedRequests;
    private int _socketConnections;
    private int _subscriptions;

    public int AuthRequests => Volatile.Read(ref _authRequests);

    /// <summary>Private calls answered 401 (missing, expired, revoked or forged token).</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    public int OrdersAccepted => Volatile.Read(ref _ordersAccepted);

    /// <summary>Orders refused because their Stark signature did not verify.</summary>
    public int SignatureRejections => Volatile.Read(ref _signatureRejections);

    /// <summary>Requests answered by an injected fault.</summary>
    public int FaultedRequests => Volatile.Read(ref _faultedRequests);

    public int WebSocketConnections => Volatile.Read(ref _socketConnections);

    public int Subscriptions => Volatile.Read(ref _subscriptions);

    internal void AuthRequested() => Interlocked.Increment(ref _authRequests);

    internal void Refused() => Interlocked.Increment(ref _unauthorized);

    internal void OrderAccepted() => Interlocked.Increment(ref _ordersAccepted);

    internal void SignatureRejected() => Interlocked.Increment(ref _signatureRejections);

    internal void Faulted() => Interlocked.Increment(ref _faultedRequests);

    internal void SocketConnected() => Interlocked.Increment(ref _socketConnections);

    internal void Subscribed() => Interlocked.Increment(ref _subscriptions);
}
