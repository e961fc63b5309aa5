using System.Buffers.Binary;
using System.Security.Cryptography;

namespace VolumeBot.Grvt.Signing;

public static class GrvtClientOrderId
{
    /// <summary>
    /// A random client order id in [2^63, 2^64-1], the range GRVT reserves for API clients
    /// (the UI uses [0, 2^63-1]).
    /// </summary>
    public static ulong NextRandom()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes) | (1UL << 63);
    }
}
