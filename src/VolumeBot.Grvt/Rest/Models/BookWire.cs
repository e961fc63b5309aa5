namespace VolumeBot.Grvt.Rest.Models;

/// <summary>/full/v1/book: bids descending, asks ascending.</summary>
internal sealed class BookWire
{
    public string? Instrument { get; set; }

    public List<BookLevelWire> Bids { get; set; } = [];

    public List<BookLevelWire> Asks { get; set; } = [];
}

internal sealed class BookLevelWire
{
    public decimal Price { get; set; }

    public decimal Size { get; set; }

    public int NumOrders { get; set; }
}
