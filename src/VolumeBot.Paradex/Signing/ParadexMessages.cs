namespace VolumeBot.Paradex.Signing;

/// <summary>The typed-data messages Paradex signs (§3.4): auth request, onboarding, order.</summary>
public static class ParadexMessages
{
    public static readonly StarkTypedDataType RequestType =
        new("Request", "method", "path", "body", "timestamp", "expiration");

    public static readonly StarkTypedDataType OrderType =
        new("Order", "timestamp", "market", "side", "orderType", "size", "price");

    public static readonly StarkTypedDataType ModifyOrderType =
        new("ModifyOrder", "timestamp", "market", "side", "orderType", "size", "price", "id");

    public static readonly StarkTypedDataType ConstantType = new("Constant", "action");

    private static readonly Felt Post = ShortString.Encode("POST");
    private static readonly Felt AuthPath = ShortString.Encode("/v1/auth");
    private static readonly Felt OnboardingAction = ShortString.Encode("Onboarding");

    /// <summary>
    /// POST /v1/auth. Both times are unix <b>seconds</b>; the path is always "/v1/auth",
    /// even when calling /v1/auth/{public_key}.
    /// </summary>
    public static TypedMessage Auth(long timestampSeconds, long expirationSeconds) =>
        new(RequestType, Post, AuthPath, Felt.Zero, TypedDataFelt.Encode(timestampSeconds), TypedDataFelt.Encode(expirationSeconds));

    public static TypedMessage Onboarding() => new(ConstantType, OnboardingAction);

    public static TypedMessage Order(ParadexOrder order) => new(OrderType, OrderFields(order, null));

    public static TypedMessage ModifyOrder(ParadexOrder order, string orderId) =>
        new(ModifyOrderType, OrderFields(order, TypedDataFelt.Encode(orderId)));

    private static Felt[] OrderFields(ParadexOrder order, Felt? orderId)
    {
        ArgumentNullException.ThrowIfNull(order);
        order.Validate();
        var fields = new Felt[orderId is null ? 6 : 7];
        fields[0] = TypedDataFelt.Encode(order.SignatureTimestampMs);
        fields[1] = ShortString.Encode(order.Market);
        fields[2] = order.Side == OrderSide.Buy ? 1UL : 2UL;
        fields[3] = ShortString.Encode(order.Type);
        fields[4] = ParadexQuantums.Scale(order.Size);
        fields[5] = order.IsMarket ? Felt.Zero : ParadexQuantums.Scale(order.Price!);
        if (orderId is { } id)
        {
            fields[6] = id;
        }

        return fields;
    }
}
