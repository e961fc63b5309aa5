using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>An order the emulator accepted, public view for tests.</summary>
public sealed record AcceptedOrder(string Id, string Account, string Market, string ClientId, OrderRequest Request, DateTimeOffset CreatedAt);

/// <summary>An accepted order: the engine's order, or a post-only the emulator closed at once (fault injection).</summary>
internal sealed class EmulatedOrder
{
    public EmulatedOrder(string account, EmulatedMarket market, string wireClientId, string engineClientId, OrderRequest request, long createdAtMs, long signatureTimestampMs)
    {
        Account = account;
        Market = market;
        WireClientId = wireClientId;
        EngineClientId = engineClientId;
        Request = request;
        CreatedAtMs = createdAtMs;
        SignatureTimestampMs = signatureTimestampMs;
    }

    public string Account { get; }

    public EmulatedMarket Market { get; }

    /// <summary>client_id as sent ("" allowed).</summary>
    public string WireClientId { get; }

    /// <summary>The engine's key for the order (a stand-in when the wire client id is empty).</summary>
    public string EngineClientId { get; }

    public OrderRequest Request { get; }

    public long CreatedAtMs { get; }

    public long SignatureTimestampMs { get; }

    public string Id { get; set; } = "";

    public SimOrder? SimOrder { get; set; }

    /// <summary>Set for orders the emulator closed itself.</summary>
    public OrderSnapshot? Fixed { get; set; }

    public long LastUpdatedMs { get; set; }

    /// <summary>A Retail order (interactive token, account within the Retail limits): its fills pay no fee.</summary>
    public bool Retail { get; set; }

    public OrderSnapshot Snapshot() => Fixed ?? SimOrder?.ToSnapshot() ?? throw new InvalidOperationException("order not submitted yet");

    public AcceptedOrder ToAccepted() => new(Id, Account, Market.Symbol, WireClientId, Request, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs));
}
