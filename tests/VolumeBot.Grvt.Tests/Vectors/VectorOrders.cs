using System.Globalization;
using System.Text.Json;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

/// <summary>Builds library inputs from a vector case, exactly as the bot would from its own decisions.</summary>
internal static class VectorOrders
{
    public static GrvtInstrument Instrument(JsonElement vectorCase)
    {
        var instrument = vectorCase.GetProperty("instrument");
        return new GrvtInstrument(instrument.Str("instrument"), instrument.Str("instrument_hash"), instrument.Int32("base_decimals"));
    }

    public static GrvtOrderRequest Request(JsonElement vectorCase)
    {
        var inputs = vectorCase.GetProperty("inputs");
        var isMarket = inputs.Bool("is_market");
        return new GrvtOrderRequest
        {
            Instrument = Instrument(vectorCase),
            SubAccountId = inputs.UInt64("sub_account_id"),
            Side = inputs.Str("side") switch
            {
                "buy" => GrvtOrderSide.Buy,
                "sell" => GrvtOrderSide.Sell,
                var other => throw new InvalidDataException($"Unknown side '{other}'."),
            },
            Size = ParseDecimal(inputs.Str("size")),
            LimitPrice = isMarket ? null : ParseDecimal(inputs.Str("limit_price")),
            TimeInForce = GrvtTimeInForceNames.Parse(inputs.Str("time_in_force")),
            PostOnly = inputs.Bool("post_only"),
            ReduceOnly = inputs.Bool("reduce_only"),
            ClientOrderId = inputs.UInt64("client_order_id"),
            Nonce = checked((uint)inputs.UInt64("nonce")),
            ExpirationNs = long.Parse(inputs.IntegerText("expiration_ns"), NumberStyles.None, CultureInfo.InvariantCulture),
        };
    }

    public static ulong ChainId(JsonElement vectorCase) => vectorCase.UInt64("chain_id");

    public static EthereumKey Key(JsonElement vectorCase) => EthereumKey.FromHex(vectorCase.Str("private_key"));

    public static SignedGrvtOrder Sign(JsonElement vectorCase) =>
        new GrvtOrderSigner(Key(vectorCase), ChainId(vectorCase)).Sign(Request(vectorCase));

    private static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
