namespace VolumeBot.Venues.Http;

/// <summary>
/// One published limit: <see cref="Permits"/> requests per <see cref="Window"/>, refilled continuously (in steps of
/// about a tenth of a second), as the venues' token buckets do.
/// </summary>
public sealed record RateLimit(string Name, int Permits, TimeSpan Window)
{
    public override string ToString() => $"{Name}: {Permits} per {Window.TotalSeconds:0.###} s";
}
