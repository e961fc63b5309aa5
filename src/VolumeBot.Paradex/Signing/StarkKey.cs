namespace VolumeBot.Paradex.Signing;

/// <summary>
/// A Paradex (Stark curve) private key. The Paradex "public key" is the x-coordinate of d·G.
/// Signs exactly like starknet.js <c>ec.starkCurve.sign</c>: RFC 6979 nonce, no extra entropy, no low-s.
/// </summary>
public sealed class StarkKey
{
    private readonly Felt secret;

    private StarkKey(Felt secret)
    {
        if (secret.IsZero || secret >= StarkCurve.Order)
        {
            throw new ArgumentOutOfRangeException(nameof(secret), "Private key must be in [1, n).");
        }

        this.secret = secret;
        var point = GeneratorTable.Multiply(secret).ToAffine();
        PublicKey = point.X.ToFelt();
        PublicKeyY = point.Y.ToFelt();
    }

    /// <summary>x-coordinate of the public point: what Paradex calls the public key.</summary>
    public Felt PublicKey { get; }

    public Felt PublicKeyY { get; }

    /// <summary>Uncompressed SEC1 form 0x04 ‖ x ‖ y (65 bytes, hex).</summary>
    public string FullPublicKeyHex =>
        "0x04" + Convert.ToHexStringLower(PublicKey.ToBytesBigEndian()) + Convert.ToHexStringLower(PublicKeyY.ToBytesBigEndian());

    public StarkPublicKey VerificationKey => StarkPublicKey.FromPoint(PublicKey, PublicKeyY);

    /// <summary>Parses e.g. <c>PARADEX_L2_PRIVATE_KEY</c>: hex with or without 0x, any case, leading zeros optional.</summary>
    public static StarkKey FromHex(string privateKeyHex)
    {
        if (!Felt.TryParseHex(privateKeyHex, out var secret))
        {
            // the message deliberately does not echo the input
            throw new FormatException("Private key is not a valid hex number.");
        }

        return new StarkKey(secret);
    }

    public static StarkKey FromFelt(Felt privateKey) => new(privateKey);

    /// <summary>A 32-byte key for <paramref name="purpose"/> (HMAC-SHA256 keyed with this private key): stable, and says nothing of the key.</summary>
    public byte[] DeriveKey(ReadOnlySpan<byte> purpose) => System.Security.Cryptography.HMACSHA256.HashData(secret.ToBytesBigEndian(), purpose);

    public StarkSignature Sign(Felt messageHash) => SignCore(messageHash, null).Signature;

    public StarkSigningTrace SignWithTrace(Felt messageHash) => SignCore(messageHash, []);

    public override string ToString() => $"StarkKey(public key {PublicKey})";

    private StarkSigningTrace SignCore(Felt messageHash, List<NonceCandidate>? trace)
    {
        if (messageHash >= StarkCurve.SignatureBound)
        {
            throw new ArgumentOutOfRangeException(nameof(messageHash), "Message hash must be below 2^251.");
        }

        var drbg = new HmacDrbg(secret, messageHash);
        Span<byte> output = stackalloc byte[32];
        var h = Scalar.FromFelt(messageHash);
        var d = Scalar.FromFelt(secret);
        while (true)
        {
            drbg.Generate(output);
            var k = Rfc6979.CandidateFromOutput(output);
            trace?.Add(new NonceCandidate(output.ToArray(), k));
            if (TrySign(k, h, d, out var signature))
            {
                return new StarkSigningTrace(signature, k, trace ?? []);
            }

            drbg.Reseed();
        }
    }

    private static bool TrySign(Felt k, Scalar h, Scalar d, out StarkSignature signature)
    {
        signature = default;
        if (k.IsZero || k >= StarkCurve.Order)
        {
            return false;
        }

        var r = GeneratorTable.Multiply(k).AffineX().ToFelt().ReduceBySubtraction(StarkCurve.Order);
        if (r.IsZero)
        {
            return false;
        }

        // s = k⁻¹·z with z = h + r·d, and StarkWare also needs w = s⁻¹ = k·z⁻¹.
        // One inversion of k·z gives both: s = (kz)⁻¹·z², w = (kz)⁻¹·k².
        var ks = Scalar.FromFelt(k);
        var z = Scalar.Add(h, Scalar.Mul(Scalar.FromFelt(r), d));
        if (z.IsZero)
        {
            return false;
        }

        var inverse = Scalar.Inverse(Scalar.Mul(ks, z));
        var s = Scalar.Mul(inverse, Scalar.Mul(z, z)).ToFelt();
        var w = Scalar.Mul(inverse, Scalar.Mul(ks, ks)).ToFelt();
        if (r >= StarkCurve.SignatureBound || w >= StarkCurve.SignatureBound)
        {
            // starknet.js throws rather than retrying here too (probability ~2^-55)
            throw new InvalidOperationException("Signature outside StarkWare bounds; change the message (e.g. bump the timestamp) and sign again.");
        }

        signature = new StarkSignature(r, s);
        return true;
    }
}
