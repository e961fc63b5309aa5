namespace VolumeBot.Grvt.Rest.Models;

/// <summary>A successful answer: the payload in <c>result</c>; list endpoints add a <c>next</c> cursor (empty when done).</summary>
internal sealed class Envelope<T>
{
    public T? Result { get; set; }

    public string? Next { get; set; }
}

/// <summary>cancel_order / cancel_all_orders: accepted, not done.</summary>
internal sealed class AckWire
{
    public bool Ack { get; set; }
}
