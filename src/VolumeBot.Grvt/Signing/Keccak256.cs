using Org.BouncyCastle.Crypto.Digests;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// Ethereum Keccak-256 (BouncyCastle's KeccakDigest): the original Keccak padding, not FIPS-202 SHA3-256,
/// which pads differently and gives different hashes.
/// </summary>
public static class Keccak256
{
    public const int HashSize = 32;

    // One digest per thread: an order hashes four times, and a fresh digest each time would allocate its state.
    [ThreadStatic] private static KeccakDigest? t_digest;

    public static byte[] Hash(ReadOnlySpan<byte> input)
    {
        var output = new byte[HashSize];
        Hash(input, output);
        return output;
    }

    public static void Hash(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < HashSize)
            throw new ArgumentException("Output must hold 32 bytes.", nameof(output));
        var digest = t_digest ??= new KeccakDigest(256);
        digest.BlockUpdate(input);
        digest.DoFinal(output);
    }
}
