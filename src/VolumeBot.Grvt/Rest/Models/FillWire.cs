namespace VolumeBot.Grvt.Rest.Models;

/// <summary>A fill from fill_history or the v1.fill stream. fee is in quote units, negative = rebate; fee_rate is percent.</summary>
internal sealed class FillWire
{
    public string? EventTime { get; set; }

    public string? SubAccountId { get; set; }

    public string Instrument { get; set; } = "";

    public bool IsBuyer { get; set; }

    public bool IsTaker { get; set; }

    public decimal Size { get; set; }

    public decimal Price { get; set; }

    public decimal Fee { get; set; }

    public decimal? FeeRate { get; set; }

    public string TradeId { get; set; } = "";

    public string? OrderId { get; set; }

    public string? ClientOrderId { get; set; }
}
