namespace VolumeBot.Grvt.Rest.Models;

/// <summary>An instrument from /full/v1/instrument(s).</summary>
internal sealed class InstrumentWire
{
    public string Instrument { get; set; } = "";

    public string InstrumentHash { get; set; } = "";

    public string? Base { get; set; }

    public string? Quote { get; set; }

    public string? Kind { get; set; }

    public int BaseDecimals { get; set; }

    public decimal TickSize { get; set; }

    public decimal MinSize { get; set; }

    public decimal? MinNotional { get; set; }

    public decimal? MaxPositionSize { get; set; }
}
