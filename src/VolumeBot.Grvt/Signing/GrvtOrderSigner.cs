using System.Globalization;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// Turns <see cref="GrvtOrderRequest"/>s into EIP-712 signed GRVT orders for one key and one chain id.
/// Thread-safe: it holds only immutable state plus the injected nonce source and clock.
/// </summary>
public sealed class GrvtOrderSigner
{
    private readonly EthereumKey _key;
    private readonly Eip712OrderHasher _hasher;
    private readonly TimeProvider _time;
    private readonly Func<uint> _nonceSource;

    /// <param name="nonceSource">Supplies nonces for requests without one; defaults to a CSPRNG uint32.</param>
    public GrvtOrderSigner(EthereumKey key, ulong chainId, TimeProvider? time = null, Func<uint>? nonceSource = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _hasher = new Eip712OrderHasher(chainId);
        _time = time ?? TimeProvider.System;
        _nonceSource = nonceSource ?? GrvtNonce.NextRandom;
    }

    public ulong ChainId => _hasher.ChainId;
    public string SignerAddress => _key.Address;
    public Eip712OrderHasher Hasher => _hasher;

    public SignedGrvtOrder Sign(GrvtOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nonce = request.Nonce ?? _nonceSource();
        var expiration = request.ExpirationNs ?? GrvtSignatureExpiration.FromNow(_time, request.Lifetime);
        var typedData = CreateTypedData(request, nonce, expiration);

        var digest = _hasher.ComputeDigest(typedData);
        var signature = _key.Sign(digest);
        return new SignedGrvtOrder(request, typedData, digest, signature, _key.Address, FormatSize(request), FormatLimitPrice(request));
    }

    /// <summary>The EIP-712 message for a request: sizes × 10^base_decimals, prices × 10^9, market → limitPrice 0.</summary>
    public static OrderTypedData CreateTypedData(GrvtOrderRequest request, uint nonce, long expirationNs)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (expirationNs <= 0)
            throw new ArgumentOutOfRangeException(nameof(expirationNs), expirationNs, "Expiration must be positive unix nanoseconds.");

        var contractSize = GrvtScaling.ToScaledUInt64(request.Size, request.Instrument.BaseDecimals);
        if (contractSize == 0)
            throw new ArgumentOutOfRangeException(nameof(request), request.Size, "Order size must be positive at the instrument's base decimals.");

        ulong limitPrice = 0;
        if (request.LimitPrice is { } price)
        {
            limitPrice = GrvtScaling.ToScaledUInt64(price, GrvtScaling.PriceDecimals);
            if (limitPrice == 0)
                throw new ArgumentOutOfRangeException(nameof(request), price, "A limit order needs a positive price.");
        }

        var leg = new OrderLegTypedData(request.Instrument.AssetId, contractSize, limitPrice, request.Side == GrvtOrderSide.Buy);
        return new OrderTypedData(
            request.SubAccountId, request.IsMarket, request.TimeInForce, request.PostOnly, request.ReduceOnly,
            [leg], nonce, expirationNs);
    }

    /// <summary>The JSON size must equal the signed value, so it is formatted from the truncated decimal.</summary>
    private static string FormatSize(GrvtOrderRequest request) =>
        GrvtScaling.Truncate(request.Size, request.Instrument.BaseDecimals).ToString(CultureInfo.InvariantCulture);

    private static string FormatLimitPrice(GrvtOrderRequest request) =>
        request.LimitPrice is { } price
            ? GrvtScaling.Truncate(price, GrvtScaling.PriceDecimals).ToString(CultureInfo.InvariantCulture)
            : "0";
}
