namespace VolumeBot.Grvt.Rest.Models;

/// <summary>
/// A public trade from /full/v1/trade. protocols/grvt.md names the endpoint but not its fields; these follow GRVT's
/// api-docs Trade schema (also what ccxt parses): event_time in ns, is_taker_buyer, size, price, trade_id
/// ("{taker execution}-{n}", shared with the Fill of the same trade).
/// </summary>
internal sealed class TradeWire
{
    public string? EventTime { get; set; }

    public string Instrument { get; set; } = "";

    public bool IsTakerBuyer { get; set; }

    public decimal Size { get; set; }

    public decimal Price { get; set; }

    public string TradeId { get; set; } = "";
}
