namespace VolumeBot.Grvt.Rest.Models;

/// <summary>A position from /full/v1/positions: size is signed (negative = short).</summary>
internal sealed class PositionWire
{
    public string Instrument { get; set; } = "";

    public decimal Size { get; set; }
}
