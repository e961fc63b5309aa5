namespace VolumeBot.Grvt.Signing;

/// <summary>Ethereum addresses: the last 20 bytes of keccak256(X ‖ Y), rendered with the EIP-55 checksum.</summary>
public static class EthereumAddress
{
    public const int Size = 20;

    /// <summary>Address bytes from a 64-byte X ‖ Y public key (no 0x04 prefix).</summary>
    public static byte[] FromPublicKeyXY(ReadOnlySpan<byte> publicKeyXY)
    {
        if (publicKeyXY.Length != 64)
            throw new ArgumentException("Public key must be 64 bytes (X ‖ Y).", nameof(publicKeyXY));
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(publicKeyXY, hash);
        return hash[(Keccak256.HashSize - Size)..].ToArray();
    }

    /// <summary>EIP-55: uppercase the i-th hex letter when the i-th nibble of keccak256(lowercase hex) is ≥ 8.</summary>
    public static string ToChecksumString(ReadOnlySpan<byte> address)
    {
        if (address.Length != Size)
            throw new ArgumentException("Address must be 20 bytes.", nameof(address));
        var lower = Convert.ToHexStringLower(address);
        Span<byte> ascii = stackalloc byte[2 * Size];
        for (var i = 0; i < ascii.Length; i++)
            ascii[i] = (byte)lower[i];
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(ascii, hash);

        Span<char> result = stackalloc char[2 + 2 * Size];
        result[0] = '0';
        result[1] = 'x';
        for (var i = 0; i < 2 * Size; i++)
        {
            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0x0F;
            result[2 + i] = nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i];
        }

        return new string(result);
    }

    /// <summary>Case-insensitive comparison, as GRVT echoes addresses in lowercase.</summary>
    public static bool AreEqual(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
