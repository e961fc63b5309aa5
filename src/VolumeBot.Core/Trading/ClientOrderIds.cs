using System.Globalization;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Numeric client ids (GRVT requires an unsigned 64-bit integer, Paradex takes any string): a marker, a run
/// prefix and a sequence, so an id is unique across runs and recognisable as the bot's own after a crash.
/// </summary>
public sealed class ClientOrderIds
{
    private const string Marker = "73";
    private const int Length = 19;
    private readonly long _runPrefix;
    private long _sequence;

    public ClientOrderIds(Random random)
    {
        _runPrefix = random.NextInt64(10_000_000, 99_999_999);
    }

    public string Next()
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1_000_000_000;
        return string.Create(CultureInfo.InvariantCulture, $"{Marker}{_runPrefix:D8}{sequence:D9}");
    }

    public static bool IsBots(string? clientOrderId) =>
        clientOrderId is { Length: Length } && clientOrderId.StartsWith(Marker, StringComparison.Ordinal)
        && clientOrderId.All(char.IsAsciiDigit);
}
