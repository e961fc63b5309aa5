using System.Buffers.Binary;
using System.Security.Cryptography;

namespace VolumeBot.Grvt.Signing;

public static class GrvtNonce
{
    /// <summary>A uniformly random uint32 signature nonce.</summary>
    public static uint NextRandom()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }
}
