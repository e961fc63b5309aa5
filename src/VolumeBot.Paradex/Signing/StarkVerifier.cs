namespace VolumeBot.Paradex.Signing;

/// <summary>Signature verification against an x-only Paradex public key.</summary>
public static class StarkVerifier
{
    public static bool Verify(Felt publicKey, Felt messageHash, Felt r, Felt s) =>
        StarkPublicKey.TryFromX(publicKey, out var key) && key!.Verify(messageHash, r, s);

    public static bool Verify(Felt publicKey, Felt messageHash, StarkSignature signature) =>
        Verify(publicKey, messageHash, signature.R, signature.S);
}
