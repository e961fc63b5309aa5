namespace VolumeBot.Grvt.Signing;

/// <summary>A recoverable secp256k1 signature with 32-byte r and s (s always low for signatures made here).</summary>
public sealed class EcdsaSignature
{
    public const int ComponentSize = 32;
    private readonly byte[] _r;
    private readonly byte[] _s;

    public EcdsaSignature(ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int recoveryId)
    {
        if (r.Length != ComponentSize || s.Length != ComponentSize)
            throw new ArgumentException("r and s must be 32 bytes each.");
        if (recoveryId is < 0 or > 3)
            throw new ArgumentOutOfRangeException(nameof(recoveryId), recoveryId, "Recovery id must be 0..3.");
        _r = r.ToArray();
        _s = s.ToArray();
        RecoveryId = recoveryId;
    }

    public ReadOnlySpan<byte> R => _r;
    public ReadOnlySpan<byte> S => _s;

    /// <summary>0 when R.y is even, 1 when odd (after low-s normalisation).</summary>
    public int RecoveryId { get; }

    /// <summary>Ethereum-style v = 27 + recovery id, as GRVT requires.</summary>
    public int V => 27 + RecoveryId;

    /// <summary>r as 0x + 64 lowercase hex digits (left-padded).</summary>
    public string RHex => Hex.Format(_r);

    /// <summary>s as 0x + 64 lowercase hex digits (left-padded).</summary>
    public string SHex => Hex.Format(_s);

    /// <summary>r ‖ s ‖ v, the common 65-byte encoding.</summary>
    public byte[] ToRsv()
    {
        var bytes = new byte[2 * ComponentSize + 1];
        _r.CopyTo(bytes, 0);
        _s.CopyTo(bytes, ComponentSize);
        bytes[^1] = (byte)V;
        return bytes;
    }

    public override string ToString() => $"r={RHex} s={SHex} v={V}";
}
