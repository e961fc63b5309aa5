using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Grvt;

/// <summary>A fill the emulator made, as GRVT reports it: fee in quote units (negative = rebate), fee rate in percent.</summary>
public sealed record GrvtEmulatedFill(
    string TradeId,
    string OrderId,
    string ClientOrderId,
    Side Side,
    decimal Size,
    decimal Price,
    decimal Fee,
    decimal FeeRatePercent,
    bool IsTaker,
    long EventTimeNs);

/// <summary>One order the emulator accepted: what was sent, the venue order id it got, and its state when it is not the engine's.</summary>
internal sealed class GrvtOrderRecord
{
    public GrvtOrderRecord(string clientOrderId, string orderId, System.Text.Json.Nodes.JsonObject submitted, long createTimeNs, OrderRequest request)
    {
        ClientOrderId = clientOrderId;
        OrderId = orderId;
        Submitted = submitted;
        CreateTimeNs = createTimeNs;
        Request = request;
    }

    public string ClientOrderId { get; }

    public string OrderId { get; }

    /// <summary>The order object as the client sent it, echoed back in answers and feeds.</summary>
    public System.Text.Json.Nodes.JsonObject Submitted { get; }

    public long CreateTimeNs { get; }

    public OrderRequest Request { get; }

    /// <summary>Set for an order the emulator rejected itself (fault injection); the engine never saw it.</summary>
    public OrderSnapshot? Forced { get; init; }
}
