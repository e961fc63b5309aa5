using System.Security.Cryptography;

namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// RFC 6979 deterministic nonce generation with HMAC-SHA256 for secp256k1 (qlen = hlen = 256, so
/// bits2int needs no shift). Yields successive candidates in case a candidate is rejected.
/// </summary>
internal ref struct Rfc6979Nonce
{
    private const int Size = 32;
    private readonly Span<byte> _k;
    private readonly Span<byte> _v;
    private bool _producedCandidate;

    /// <param name="privateKey">x as 32 big-endian bytes.</param>
    /// <param name="digestModN">h1 = bits2octets(H(m)): the digest reduced modulo n, 32 bytes.</param>
    /// <param name="workspace">At least 64 bytes of scratch memory holding the K and V state.</param>
    public Rfc6979Nonce(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> digestModN, Span<byte> workspace)
    {
        _k = workspace[..Size];
        _v = workspace.Slice(Size, Size);
        _k.Clear();
        _v.Fill(0x01);

        Span<byte> seed = stackalloc byte[Size + 1 + Size + Size];
        privateKey.CopyTo(seed[(Size + 1)..]);
        digestModN.CopyTo(seed[(2 * Size + 1)..]);
        for (byte separator = 0; separator <= 1; separator++)
        {
            // K = HMAC_K(V ‖ separator ‖ x ‖ h1); V = HMAC_K(V)
            _v.CopyTo(seed);
            seed[Size] = separator;
            UpdateK(seed);
            UpdateV();
        }

        CryptographicOperations.ZeroMemory(seed);
    }

    /// <summary>The next candidate k in [1, n-1].</summary>
    public Scalar Next()
    {
        Span<byte> data = stackalloc byte[Size + 1];
        while (true)
        {
            if (_producedCandidate)
            {
                // A candidate (or the signature made from it) was rejected: K = HMAC_K(V ‖ 0x00); V = HMAC_K(V).
                _v.CopyTo(data);
                data[Size] = 0x00;
                UpdateK(data);
                UpdateV();
            }

            _producedCandidate = true;
            UpdateV();
            if (Scalar.TryFromBigEndianNonZero(_v, out var candidate))
                return candidate;
        }
    }

    private readonly void UpdateK(ReadOnlySpan<byte> data)
    {
        Span<byte> mac = stackalloc byte[Size];
        HMACSHA256.HashData(_k, data, mac);
        mac.CopyTo(_k);
    }

    private readonly void UpdateV()
    {
        Span<byte> mac = stackalloc byte[Size];
        HMACSHA256.HashData(_k, _v, mac);
        mac.CopyTo(_v);
    }
}
