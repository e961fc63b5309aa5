namespace VolumeBot.Paradex.Signing;

/// <summary>A signature together with the RFC 6979 nonce that produced it and every candidate tried.</summary>
public sealed record StarkSigningTrace(StarkSignature Signature, Felt K, IReadOnlyList<NonceCandidate> Candidates);
