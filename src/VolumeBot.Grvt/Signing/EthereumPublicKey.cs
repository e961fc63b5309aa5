using Secp256k1Net;

namespace VolumeBot.Grvt.Signing;

/// <summary>A secp256k1 public key and the Ethereum address derived from it.</summary>
public sealed class EthereumPublicKey
{
    private readonly byte[] _uncompressed;
    private readonly byte[] _compressed;
    private readonly byte[] _addressBytes;

    /// <param name="uncompressed">0x04 ‖ X ‖ Y, as libsecp256k1 serialises it.</param>
    internal EthereumPublicKey(byte[] uncompressed)
    {
        _uncompressed = uncompressed;
        _compressed = Secp256k1.CompressPublicKey(uncompressed);
        _addressBytes = EthereumAddress.FromPublicKeyXY(_uncompressed.AsSpan(1));
        Address = EthereumAddress.ToChecksumString(_addressBytes);
    }

    /// <summary>0x04 ‖ X ‖ Y (65 bytes).</summary>
    public ReadOnlySpan<byte> Uncompressed => _uncompressed;

    /// <summary>X ‖ Y without the 0x04 prefix (64 bytes), the input of the address hash.</summary>
    public ReadOnlySpan<byte> XY => _uncompressed.AsSpan(1);

    /// <summary>0x02/0x03 (parity of Y) ‖ X (33 bytes).</summary>
    public ReadOnlySpan<byte> Compressed => _compressed;

    /// <summary>The 20 address bytes: the last 20 bytes of keccak256(X ‖ Y).</summary>
    public ReadOnlySpan<byte> AddressBytes => _addressBytes;

    /// <summary>EIP-55 checksummed address, e.g. 0xE10eC9Bb1eE30Af8bE35B32B163E7458a07aD987.</summary>
    public string Address { get; }

    public override string ToString() => Address;
}
