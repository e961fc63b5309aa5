using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Client order ids the bot can prove are its own. Each is an unsigned 64-bit number in [2^63, 2^64 − 1], the range
/// GRVT asks API clients to use (its web interface uses the lower half; Paradex takes the number as a string), laid out
/// as 1 | run (15 bits) | sequence (16 bits) | tag (32 bits), the tag being a keyed hash (HMAC-SHA256) of the upper
/// 32 bits. The key comes from the venue (<see cref="Venue.IExchangeClient.ClientOrderIdKey"/>, derived from the
/// account's signing key), so an order of any earlier run with the same credentials is recognised after a restart or a
/// crash, with no state file to lose, and an order placed by hand or by another program matches only by a 1 in 2^32
/// chance (one from the web interface never). Without a key a random one is drawn: this run knows its own orders and
/// no earlier run's.
/// </summary>
public sealed class ClientOrderIds
{
    private const int RunBits = 15;
    private const int SequenceBits = 16;
    private const ulong ApiRange = 1UL << 63;
    private readonly byte[] _key;
    private readonly Random _random;
    private readonly HashSet<uint> _runsUsed = [];
    private readonly Lock _gate = new();
    private uint _run;
    private uint _sequence;

    public ClientOrderIds(byte[]? key, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _key = key is { Length: > 0 } ? key : RandomNumberGenerator.GetBytes(32);
        _random = random;
        _run = DrawRun();
    }

    /// <summary>What a venue hashes its account secret with to make the key: the secret itself never leaves the venue client.</summary>
    public static ReadOnlySpan<byte> KeyPurpose => "volumebot client order ids v1"u8;

    public string Next()
    {
        uint run, sequence;
        lock (_gate)
        {
            if (++_sequence >= 1u << SequenceBits)
            {
                _run = DrawRun();
                _sequence = 1;
            }

            (run, sequence) = (_run, _sequence);
        }

        var upper = (uint)(ApiRange >> 32) | (run << SequenceBits) | sequence;
        var id = ((ulong)upper << 32) | Tag(upper);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True only for an id made with this key: the bot never touches an order it cannot prove is its own.</summary>
    public bool IsOwn(string? clientOrderId)
    {
        if (!ulong.TryParse(clientOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < ApiRange)
        {
            return false;
        }

        return Tag((uint)(id >> 32)) == (uint)id;
    }

    /// <summary>
    /// The run an id of the bot's belongs to, for grouping the fills of one close in the trades CSV ("" for other ids).
    /// Ids of versions before the API range ("73", an 8-digit run, a 9-digit sequence) are read too.
    /// </summary>
    public static string RunOf(string? clientOrderId)
    {
        if (clientOrderId is { Length: 19 } && clientOrderId.StartsWith("73", StringComparison.Ordinal) && clientOrderId.All(char.IsAsciiDigit))
        {
            return clientOrderId[2..10];
        }

        return ulong.TryParse(clientOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= ApiRange
            ? ((id >> (32 + SequenceBits)) & ((1UL << RunBits) - 1)).ToString(CultureInfo.InvariantCulture)
            : "";
    }

    private uint DrawRun()
    {
        uint run;
        do
        {
            run = (uint)_random.Next(0, 1 << RunBits);
        }
        while (!_runsUsed.Add(run) && _runsUsed.Count < 1 << RunBits);

        return run;
    }

    private uint Tag(uint upper)
    {
        Span<byte> message = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(message, upper);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message, hash);
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}
