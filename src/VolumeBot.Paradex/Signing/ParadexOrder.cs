namespace VolumeBot.Paradex.Signing;

public enum OrderSide
{
    Buy,
    Sell,
}

/// <summary>Paradex order types (wire strings).</summary>
public static class ParadexOrderType
{
    public const string Limit = "LIMIT";
    public const string Market = "MARKET";
}

/// <summary>Paradex time-in-force / execution instructions (wire strings).</summary>
public static class ParadexInstruction
{
    public const string GoodTillCancel = "GTC";
    public const string PostOnly = "POST_ONLY";
    public const string ImmediateOrCancel = "IOC";
}

/// <summary>
/// An order exactly as it is signed and sent. Size and price are plain decimal strings (invariant,
/// no exponent, at most 8 significant decimals); the same strings go into the JSON body, so the
/// server-side quantum matches the signed one. MARKET orders carry no price (signed as 0).
/// </summary>
public sealed record ParadexOrder
{
    public required string Market { get; init; }

    public required OrderSide Side { get; init; }

    public required string Type { get; init; }

    public required string Size { get; init; }

    public string? Price { get; init; }

    public string Instruction { get; init; } = ParadexInstruction.GoodTillCancel;

    public string ClientId { get; init; } = "";

    public bool ReduceOnly { get; init; }

    /// <summary>Unix milliseconds; signed as the message timestamp (acts as a nonce).</summary>
    public required long SignatureTimestampMs { get; init; }

    public bool IsMarket => Type == ParadexOrderType.Market;

    public string SideText => Side == OrderSide.Buy ? "BUY" : "SELL";

    internal void Validate()
    {
        if (IsMarket && Price is not null)
        {
            throw new ArgumentException("MARKET orders carry no price.");
        }

        if (!IsMarket && Price is null)
        {
            throw new ArgumentException($"{Type} orders need a price.");
        }

        if (SignatureTimestampMs <= 0)
        {
            throw new ArgumentException("Signature timestamp must be positive unix milliseconds.");
        }
    }
}
