using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Benchmarks;

internal sealed record CSharpResult(double HashAndSignMedianUs, double FullOrderMedianUs, IReadOnlyList<EcdsaSignature> Signatures);

/// <summary>Times EIP-712 hashing + signing of prepared typed data, the same work ethers does.</summary>
internal static class CSharpSigningBench
{
    private const int WarmUpPasses = 3;

    public static CSharpResult Run(EthereumKey key, ulong chainId, IReadOnlyList<OrderTypedData> typedData, IReadOnlyList<GrvtOrderRequest> requests)
    {
        var hasher = new Eip712OrderHasher(chainId);
        var signer = new GrvtOrderSigner(key, chainId);
        var digest = new byte[32];

        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var order in typedData)
            {
                hasher.ComputeDigest(order, digest);
                key.Sign(digest);
            }

            foreach (var request in requests)
                signer.Sign(request).ToCreateOrderJson();
        }

        var hashAndSign = Timing.PerItem(typedData, order =>
        {
            hasher.ComputeDigest(order, digest);
            key.Sign(digest);
        });
        var fullOrder = Timing.PerItem(requests, request => signer.Sign(request).ToCreateOrderJson());

        var signatures = typedData.Select(order => key.Sign(hasher.ComputeDigest(order))).ToList();
        return new CSharpResult(Timing.Median(hashAndSign), Timing.Median(fullOrder), signatures);
    }
}
