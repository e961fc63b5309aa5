namespace VolumeBot.Grvt.Signing;

/// <summary>What the bot decided to send: one single-leg orderbook order in human units.</summary>
public sealed record GrvtOrderRequest
{
    public required GrvtInstrument Instrument { get; init; }

    /// <summary>GRVT_TRADING_ACCOUNT_ID (uint64).</summary>
    public required ulong SubAccountId { get; init; }

    public required GrvtOrderSide Side { get; init; }

    /// <summary>Size in base asset units; digits beyond base_decimals are truncated (quantize to min_size first).</summary>
    public required decimal Size { get; init; }

    /// <summary>Limit price in quote units, or null for a market order (which signs limitPrice 0).</summary>
    public decimal? LimitPrice { get; init; }

    public required GrvtTimeInForce TimeInForce { get; init; }
    public bool PostOnly { get; init; }
    public bool ReduceOnly { get; init; }

    /// <summary>metadata.client_order_id (uint64); not part of the signature.</summary>
    public required ulong ClientOrderId { get; init; }

    /// <summary>Signature nonce; null draws a random uint32 from the signer's nonce source.</summary>
    public uint? Nonce { get; init; }

    /// <summary>Signature expiration in unix nanoseconds; null uses now + <see cref="Lifetime"/>.</summary>
    public long? ExpirationNs { get; init; }

    /// <summary>How long the signature stays valid when <see cref="ExpirationNs"/> is null (capped by the venue maximum).</summary>
    public TimeSpan Lifetime { get; init; } = GrvtSignatureExpiration.DefaultLifetime;

    public bool IsMarket => LimitPrice is null;
}
