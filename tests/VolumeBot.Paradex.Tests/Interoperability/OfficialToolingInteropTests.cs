using System.Text.Json;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Interoperability;

/// <summary>
/// An order built and signed by the official tooling (starknet.js typed data + Stark ECDSA, @paradex/sdk config and
/// address derivation) is accepted by the emulator, and the same order with its size changed is refused. Together
/// with the C# signer reproducing the JS signature, this shows our signing and our emulator agree with the official
/// implementation, not only with each other.
/// </summary>
public sealed class OfficialToolingInteropTests
{
    [NodeInteropFact]
    public async Task Emulator_accepts_an_order_signed_by_the_official_tooling_and_refuses_it_with_one_field_changed()
    {
        await OfficialTooling.EnsureInstalledAsync();
        await using var emulator = await ParadexEmulator.StartAsync();

        var (exit, stdout, stderr) = await OfficialTooling.RunAsync(
            "node",
            ["sign-and-send.mjs", emulator.RestUrl.ToString()],
            new Dictionary<string, string> { ["INTEROP_PRIVATE_KEY"] = emulator.Account.PrivateKeyHex },
            TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, $"node failed ({exit}): {stderr}");
        using var output = JsonDocument.Parse(stdout);
        var root = output.RootElement;
        Assert.Equal(emulator.Account.Address, Felt.ParseHex(root.GetProperty("address").GetString()!));
        Assert.Equal(200, root.GetProperty("auth").GetProperty("status").GetInt32());

        var accepted = root.GetProperty("accepted");
        Assert.True(accepted.GetProperty("status").GetInt32() == 201, accepted.ToString());
        Assert.Equal("NEW", accepted.GetProperty("body").GetProperty("status").GetString());
        var order = root.GetProperty("order");
        var clientId = order.GetProperty("client_id").GetString()!;
        var placed = Assert.Single(emulator.Orders());
        Assert.Equal((clientId, 0.01m), (placed.ClientId, placed.Request.Quantity));

        var tampered = root.GetProperty("tampered");
        Assert.Equal(400, tampered.GetProperty("status").GetInt32());
        Assert.Equal("INVALID_ORDER_SIGNATURE", tampered.GetProperty("body").GetProperty("error").GetString());
        Assert.Equal(1, emulator.Stats.SignatureRejections);

        // our signer, given the same order, produces the official hash and the very same signature (RFC 6979)
        var signer = new ParadexSigner(StarkKey.FromHex(emulator.Account.PrivateKeyHex), emulator.Account.Address, new ParadexDomain(emulator.ChainId));
        var ours = signer.SignOrder(new ParadexOrder
        {
            Market = order.GetProperty("market").GetString()!,
            Side = OrderSide.Buy,
            Type = order.GetProperty("type").GetString()!,
            Size = order.GetProperty("size").GetString()!,
            Price = order.GetProperty("price").GetString()!,
            Instruction = order.GetProperty("instruction").GetString()!,
            ClientId = clientId,
            SignatureTimestampMs = order.GetProperty("signature_timestamp").GetInt64(),
        });
        Assert.Equal(Felt.Parse(order.GetProperty("messageHash").GetString()!), ours.MessageHash);
        Assert.Equal(order.GetProperty("r").GetString(), ours.Signature.R.ToDecimalString());
        Assert.Equal(order.GetProperty("s").GetString(), ours.Signature.S.ToDecimalString());
    }
}
