using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// starknet_keccak: Keccak-256 (original padding, as in Ethereum — not NIST SHA3) masked to 250 bits.
/// Used for type hashes and selectors; never on a hot path (results are cached).
/// </summary>
public static class StarknetKeccak
{
    public static Felt Hash(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data);
        Span<byte> output = stackalloc byte[32];
        digest.DoFinal(output);
        output[0] &= 0x03;
        return Felt.FromBytesBigEndian(output);
    }

    public static Felt Hash(string ascii) => Hash(Encoding.ASCII.GetBytes(ascii));

    /// <summary>Entry-point selector of a function name, e.g. "initialize".</summary>
    public static Felt Selector(string name) => Hash(name);
}
