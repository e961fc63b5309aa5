namespace VolumeBot.Grvt.Rest.Models;

/// <summary>An order as create_order, order, open_orders and the v1.order stream return it.</summary>
internal sealed class OrderWire
{
    /// <summary>128-bit id as 0x-hex; "0x00" until the matching engine assigns one.</summary>
    public string? OrderId { get; set; }

    public string? SubAccountId { get; set; }

    public bool IsMarket { get; set; }

    public string? TimeInForce { get; set; }

    public bool PostOnly { get; set; }

    public bool ReduceOnly { get; set; }

    public List<OrderLegWire> Legs { get; set; } = [];

    public OrderMetadataWire? Metadata { get; set; }

    public OrderStateWire? State { get; set; }
}

internal sealed class OrderLegWire
{
    public string Instrument { get; set; } = "";

    public decimal Size { get; set; }

    public decimal? LimitPrice { get; set; }

    public bool IsBuyingAsset { get; set; }
}

internal sealed class OrderMetadataWire
{
    public string? ClientOrderId { get; set; }

    public string? CreateTime { get; set; }
}

/// <summary>status PENDING/OPEN/FILLED/CANCELLED/REJECTED; sizes and prices are per leg.</summary>
internal sealed class OrderStateWire
{
    public string? Status { get; set; }

    public string? RejectReason { get; set; }

    public List<decimal> BookSize { get; set; } = [];

    public List<decimal> TradedSize { get; set; } = [];

    public List<decimal> AvgFillPrice { get; set; } = [];

    public string? UpdateTime { get; set; }
}
