using System.Globalization;
using System.Text.Json;
using VolumeBot.Grvt.Signing;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.OfficialTooling;

/// <summary>
/// An order built and signed by ethers 6.17.0 and sent by @grvt/client 1.7.0 is accepted by the emulator's
/// signature check; the same order with one signed field changed after signing, or signed by another key, is not.
/// Also: our own hasher gives ethers' digest for the same message.
/// </summary>
public class OfficialToolingInteropTests
{
    [NodeInteropFact]
    public async Task Ethers_signed_orders_sent_by_the_official_client_are_accepted_and_tampered_ones_rejected()
    {
        await NodeTooling.EnsureInstalledAsync();
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);
        var emulator = venue.Emulator;
        var top = emulator.Engine.Top;
        var price = (top.BestBid - 1m).ToString(CultureInfo.InvariantCulture);
        var ids = Enumerable.Range(1, 5).Select(i => (9223372036854775808UL + (ulong)i * 7919UL).ToString(CultureInfo.InvariantCulture)).ToArray();
        object Input(string clientOrderId, string? tamper) => new
        {
            baseUrl = emulator.BaseAddress.ToString().TrimEnd('/'),
            apiKey = GrvtTestVenue.ApiKey,
            privateKey = GrvtTestVenue.PrivateKeyHex,
            chainId = (int)emulator.Options.ChainId,
            subAccountId = emulator.Options.SubAccountId.ToString(CultureInfo.InvariantCulture),
            instrument = emulator.Options.Instrument,
            clientOrderId,
            size = "0.25",
            price,
            side = "buy",
            nonce = 1234567890u,
            tamper,
            tamperedSize = "0.26",
            tamperedPrice = (top.BestBid - 2m).ToString(CultureInfo.InvariantCulture),
        };

        var accepted = await NodeTooling.SignAndSendAsync(Input(ids[0], null));

        Assert.True(accepted.GetProperty("ok").GetBoolean(), accepted.ToString());
        Assert.Equal("0x00", accepted.GetProperty("created_order_id").GetString());
        Assert.Equal("PENDING", accepted.GetProperty("created_status").GetString());
        Assert.Equal("OPEN", accepted.GetProperty("status").GetString());
        Assert.Contains(ids[0], emulator.AcceptedOrders);
        Assert.Equal(0.25m, emulator.FindOrder(ids[0])!.Quantity);
        AssertSameDigestAsOurs(accepted, emulator.Options, price);

        foreach (var (tamper, id, code) in new[] { ("size", ids[1], 2002), ("limit_price", ids[2], 2002), ("expiration", ids[3], 2002), ("other_key", ids[4], 2000) })
        {
            var rejected = await NodeTooling.SignAndSendAsync(Input(id, tamper));

            Assert.False(rejected.GetProperty("ok").GetBoolean(), $"{tamper}: {rejected}");
            Assert.True(rejected.GetProperty("code").ValueKind == JsonValueKind.Number, $"{tamper}: {rejected}");
            Assert.Equal(code, rejected.GetProperty("code").GetInt32());
            Assert.DoesNotContain(id, emulator.AcceptedOrders);
        }
    }

    private static void AssertSameDigestAsOurs(JsonElement accepted, Emulators.Grvt.GrvtEmulatorOptions options, string price)
    {
        var request = new GrvtOrderRequest
        {
            Instrument = new GrvtInstrument(options.Instrument, options.InstrumentHash, options.BaseDecimals),
            SubAccountId = options.SubAccountId,
            Side = GrvtOrderSide.Buy,
            Size = 0.25m,
            LimitPrice = decimal.Parse(price, CultureInfo.InvariantCulture),
            TimeInForce = GrvtTimeInForce.GoodTillTime,
            ClientOrderId = 1,
        };
        var expiration = long.Parse(accepted.GetProperty("expiration").GetString()!, CultureInfo.InvariantCulture);
        var typed = GrvtOrderSigner.CreateTypedData(request, 1234567890u, expiration);
        var ours = Hex.Format(new Eip712OrderHasher(options.ChainId).ComputeDigest(typed));
        Assert.Equal(accepted.GetProperty("digest").GetString(), ours);
        var signed = new GrvtOrderSigner(GrvtTestVenue.Key, options.ChainId).Sign(request with { Nonce = 1234567890u, ExpirationNs = expiration });
        Assert.Equal(accepted.GetProperty("r").GetString(), signed.Signature.RHex);
        Assert.Equal(accepted.GetProperty("s").GetString(), signed.Signature.SHex);
        Assert.Equal(accepted.GetProperty("v").GetInt32(), signed.Signature.V);
    }
}
