using System.Security.Cryptography;

namespace VolumeBot.Paradex.Signing;

/// <summary>One RFC 6979 HMAC-DRBG output and the nonce candidate derived from it.</summary>
public sealed record NonceCandidate(byte[] Output, Felt K);

/// <summary>
/// Deterministic ECDSA nonces exactly as starknet.js (@scure/starknet on noble-curves) derives them:
/// HMAC-SHA256 DRBG seeded with d ‖ h (32 bytes each, no extra entropy).
/// </summary>
public static class Rfc6979
{
    private const int CurveBits = 252;

    /// <summary>The infinite candidate sequence for a key and message hash (the signer takes the first valid one).</summary>
    public static IEnumerable<NonceCandidate> Candidates(Felt privateKey, Felt messageHash)
    {
        var drbg = new HmacDrbg(privateKey, messageHash);
        var output = new byte[32];
        while (true)
        {
            drbg.Generate(output);
            yield return new NonceCandidate((byte[])output.Clone(), CandidateFromOutput(output));
            drbg.Reseed();
        }
    }

    /// <summary>
    /// noble's bits2int: drop leading zero bytes, then shift right by the excess over 252 bits.
    /// A first byte of zero therefore yields the output unshifted (not output &gt;&gt; 4).
    /// </summary>
    public static Felt CandidateFromOutput(ReadOnlySpan<byte> output)
    {
        var start = 0;
        while (start < output.Length && output[start] == 0)
        {
            start++;
        }

        var significant = output[start..];
        var value = Felt.FromBytesBigEndian(significant);
        var excess = (significant.Length * 8) - CurveBits;
        return excess > 0 ? ShiftRight(value, excess) : value;
    }

    private static Felt ShiftRight(Felt value, int bits) =>
        new(
            (value.L0 >> bits) | (value.L1 << (64 - bits)),
            (value.L1 >> bits) | (value.L2 << (64 - bits)),
            (value.L2 >> bits) | (value.L3 << (64 - bits)),
            value.L3 >> bits);
}

/// <summary>HMAC-SHA256 DRBG in the shape noble-curves uses for RFC 6979.</summary>
internal sealed class HmacDrbg
{
    private readonly byte[] key = new byte[32];
    private readonly byte[] value = new byte[32];

    public HmacDrbg(Felt privateKey, Felt messageHash)
    {
        Span<byte> seed = stackalloc byte[64];
        privateKey.WriteBigEndian(seed);
        messageHash.WriteBigEndian(seed[32..]);
        value.AsSpan().Fill(0x01);
        Update(0x00, seed);
        Update(0x01, seed);
    }

    public void Generate(Span<byte> output)
    {
        Mac(key, value, value);
        value.CopyTo(output);
    }

    /// <summary>Reseed with an empty seed after a rejected candidate: K = HMAC(K, V ‖ 0x00), V = HMAC(K, V).</summary>
    public void Reseed() => Update(0x00, []);

    private void Update(byte separator, ReadOnlySpan<byte> seed)
    {
        Span<byte> message = stackalloc byte[32 + 1 + 64];
        value.CopyTo(message);
        message[32] = separator;
        seed.CopyTo(message[33..]);
        Mac(key, message[..(33 + seed.Length)], key);
        Mac(key, value, value);
    }

    // the destination may alias an input, so hash into a scratch buffer first
    private static void Mac(ReadOnlySpan<byte> macKey, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> result = stackalloc byte[32];
        HMACSHA256.HashData(macKey, data, result);
        result.CopyTo(destination);
    }
}
