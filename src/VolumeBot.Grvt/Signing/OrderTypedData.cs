namespace VolumeBot.Grvt.Signing;

/// <summary>
/// The EIP-712 <c>Order</c> message exactly as signed (integers already scaled):
/// Order(uint64 subAccountID,bool isMarket,uint8 timeInForce,bool postOnly,bool reduceOnly,OrderLeg[] legs,uint32 nonce,int64 expiration).
/// </summary>
public sealed record OrderTypedData(
    ulong SubAccountId,
    bool IsMarket,
    GrvtTimeInForce TimeInForce,
    bool PostOnly,
    bool ReduceOnly,
    IReadOnlyList<OrderLegTypedData> Legs,
    uint Nonce,
    long Expiration);

/// <summary>OrderLeg(uint256 assetID,uint64 contractSize,uint64 limitPrice,bool isBuyingContract).</summary>
/// <param name="ContractSize">Size × 10^base_decimals.</param>
/// <param name="LimitPrice">Price × 10^9; 0 for market orders.</param>
public readonly record struct OrderLegTypedData(AssetId AssetId, ulong ContractSize, ulong LimitPrice, bool IsBuyingContract);
