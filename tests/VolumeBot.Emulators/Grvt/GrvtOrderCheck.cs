using System.Globalization;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Emulators.Grvt;

/// <summary>A create_order that passed every check, as the matching engine's request.</summary>
internal sealed record CheckedOrder(OrderRequest Request, ulong ClientOrderId, string Signer);

/// <summary>A refusal in GRVT's shape: {"code","message","status"}.</summary>
internal sealed record GrvtRefusal(int Code, string Message, int HttpStatus = 400);

/// <summary>
/// What GRVT checks on create_order before the matching engine sees it: the JSON shape and enums, the sub-account,
/// one leg on a known instrument, exact scaling, signature encoding (r/s 64 hex digits, v 27/28, low s), expiration
/// window, and finally that the EIP-712 digest rebuilt from the JSON recovers to <c>signature.signer</c> (else 2002)
/// and that this signer is the registered one (else 2000).
/// </summary>
internal sealed class GrvtOrderCheck
{
    private static readonly TimeSpan MaxExpiration = TimeSpan.FromDays(30);
    private readonly GrvtEmulatorOptions _options;
    private readonly GrvtInstrument _instrument;
    private readonly Eip712OrderHasher _hasher;

    public GrvtOrderCheck(GrvtEmulatorOptions options)
    {
        _options = options;
        _instrument = new GrvtInstrument(options.Instrument, options.InstrumentHash, options.BaseDecimals);
        _hasher = new Eip712OrderHasher(options.ChainId);
    }

    public (CheckedOrder? Order, GrvtRefusal? Refusal) Check(JsonNode? body, DateTimeOffset now)
    {
        try
        {
            return CheckOrder(body?["order"] as JsonObject ?? throw Refuse(1003, "Request could not be processed due to malformed syntax"), now);
        }
        catch (RefusalException refusal)
        {
            return (null, refusal.Refusal);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return (null, new GrvtRefusal(1003, "Request could not be processed due to malformed syntax"));
        }
    }

    private (CheckedOrder?, GrvtRefusal?) CheckOrder(JsonObject order, DateTimeOffset now)
    {
        var subAccount = ulong.Parse(Text(order["sub_account_id"]), CultureInfo.InvariantCulture);
        if (subAccount != _options.SubAccountId)
        {
            throw Refuse(2003, "Order sub account does not match logged in user", 403);
        }

        var isMarket = order["is_market"]?.GetValue<bool>() ?? false;
        var timeInForce = GrvtTimeInForceNames.Parse(Text(order["time_in_force"]));
        var postOnly = order["post_only"]?.GetValue<bool>() ?? false;
        var reduceOnly = order["reduce_only"]?.GetValue<bool>() ?? false;
        if (timeInForce is not (GrvtTimeInForce.GoodTillTime or GrvtTimeInForce.ImmediateOrCancel or GrvtTimeInForce.FillOrKill))
        {
            throw Refuse(2030, "Orderbook orders must have a TimeInForce of GTT, IOC or FOK");
        }

        if (postOnly && timeInForce != GrvtTimeInForce.GoodTillTime)
        {
            throw Refuse(2032, "Post only orders must have a TimeInForce of GTT or AON");
        }

        var legs = order["legs"] as JsonArray ?? [];
        if (legs.Count != 1)
        {
            throw legs.Count == 0 ? Refuse(2040, "Order must have at least one leg") : Refuse(2042, "Orderbook orders must have a single leg");
        }

        var leg = legs[0]!.AsObject();
        if (Text(leg["instrument"]) != _instrument.Name)
        {
            throw Refuse(3000, "Instrument is invalid");
        }

        var size = decimal.Parse(Text(leg["size"]), NumberStyles.Number, CultureInfo.InvariantCulture);
        var price = decimal.Parse(Text(leg["limit_price"] ?? JsonValue.Create("0")), NumberStyles.Number, CultureInfo.InvariantCulture);
        if (size <= 0 || GrvtScaling.Truncate(size, _instrument.BaseDecimals) != size)
        {
            throw Refuse(2065, "Order size too granular");
        }

        if (isMarket && price != 0)
        {
            throw Refuse(2020, "Market orders cannot have a limit price");
        }

        if (!isMarket && (price <= 0 || GrvtScaling.Truncate(price, GrvtScaling.PriceDecimals) != price))
        {
            throw Refuse(2021, "Limit orders must have a limit price");
        }

        var isBuy = leg["is_buying_asset"]?.GetValue<bool>() ?? throw Refuse(1003, "Request could not be processed due to malformed syntax");
        var clientText = Text(order["metadata"]?["client_order_id"]);
        if (!ulong.TryParse(clientText, NumberStyles.None, CultureInfo.InvariantCulture, out var clientOrderId))
        {
            throw Refuse(2011, "Client Order ID must be supplied");
        }

        var signature = order["signature"] as JsonObject ?? throw Refuse(2002, "Signature does not match payload");
        var signer = CheckSignature(signature, now, new OrderTypedData(
            subAccount, isMarket, timeInForce, postOnly, reduceOnly,
            [new OrderLegTypedData(_instrument.AssetId, GrvtScaling.ToScaledUInt64(size, _instrument.BaseDecimals), GrvtScaling.ToScaledUInt64(price, GrvtScaling.PriceDecimals), isBuy)],
            uint.Parse(Text(signature["nonce"]), CultureInfo.InvariantCulture),
            long.Parse(Text(signature["expiration"]), CultureInfo.InvariantCulture)));

        var kind = isMarket ? OrderKind.Market
            : timeInForce != GrvtTimeInForce.GoodTillTime ? OrderKind.ImmediateOrCancel
            : postOnly ? OrderKind.PostOnly
            : OrderKind.Limit;
        var request = new OrderRequest(clientText, isBuy ? Side.Buy : Side.Sell, kind, size, isMarket ? null : price, reduceOnly);
        return (new CheckedOrder(request, clientOrderId, signer), null);
    }

    private string CheckSignature(JsonObject signature, DateTimeOffset now, OrderTypedData typed)
    {
        var rText = Text(signature["r"]);
        var sText = Text(signature["s"]);
        if (!IsWord(rText) || !IsWord(sText))
        {
            throw Refuse(2006, "Signature R/S must have exactly 64 characters long without 0x prefix");
        }

        var v = int.Parse(Text(signature["v"]), CultureInfo.InvariantCulture);
        if (v is not (27 or 28))
        {
            throw Refuse(2005, "Signature V must be 27/28");
        }

        var s = Hex.Parse(sText);
        if (!SignatureRecovery.IsLowS(s))
        {
            throw Refuse(2007, "Signature S must be in the lower half of the curve");
        }

        var expiresAt = DateTimeOffset.UnixEpoch.AddTicks(typed.Expiration / 100);
        if (expiresAt <= now)
        {
            throw Refuse(2001, "Signature has expired");
        }

        if (expiresAt > now + MaxExpiration)
        {
            throw Refuse(2008, "Signature exceeds maximum allowed duration");
        }

        var digest = _hasher.ComputeDigest(typed);
        var claimed = Text(signature["signer"]);
        if (!SignatureRecovery.TryRecoverAddress(digest, Hex.Parse(rText), s, v, out var recovered) || !EthereumAddress.AreEqual(recovered, claimed))
        {
            throw Refuse(2002, "Signature does not match payload");
        }

        if (!EthereumAddress.AreEqual(recovered, _options.SignerAddress))
        {
            throw Refuse(2000, "Signature is from an unauthorized signer");
        }

        return recovered;
    }

    private static bool IsWord(string hex) =>
        hex.Length == 66 && hex.StartsWith("0x", StringComparison.Ordinal) && hex.Skip(2).All(char.IsAsciiHexDigit);

    private static string Text(JsonNode? node) => node switch
    {
        null => throw Refuse(1003, "Request could not be processed due to malformed syntax"),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static RefusalException Refuse(int code, string message, int status = 400) => new(new GrvtRefusal(code, message, status));

    private sealed class RefusalException(GrvtRefusal refusal) : Exception(refusal.Message)
    {
        public GrvtRefusal Refusal { get; } = refusal;
    }
}
