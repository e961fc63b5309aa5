using System.Net;
using System.Text;
using System.Text.Json;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Emulator;

/// <summary>The emulator refuses what Paradex refuses, in Paradex's error shape: forged auth, no token, forged orders.</summary>
public sealed class EmulatorVerificationTests
{
    [Fact]
    public async Task Auth_signed_by_another_key_is_refused()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        using var http = new HttpClient();
        var intruder = new ParadexSigner(StarkKey.FromHex("0x1234"), emulator.Account.Address, new ParadexDomain(emulator.ChainId));

        var response = await SendAuthAsync(http, emulator, intruder);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("STARKNET_SIGNATURE_VERIFICATION_FAILED", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Private_calls_without_a_valid_token_get_401()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        using var http = new HttpClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{emulator.RestUrl}/positions");
        request.Headers.Authorization = new("Bearer", "not.a.token");
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, emulator.Stats.Unauthorized);
    }

    [Theory]
    [InlineData("size", "0.02")]
    [InlineData("price", "90000.1")]
    [InlineData("side", "SELL")]
    [InlineData("signature_timestamp", null)]
    public async Task An_order_with_one_field_changed_after_signing_is_refused_as_an_invalid_signature(string field, string? value)
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        using var http = new HttpClient();
        var signer = new ParadexSigner(StarkKey.FromHex(emulator.Account.PrivateKeyHex), emulator.Account.Address, new ParadexDomain(emulator.ChainId));
        var jwt = await JwtAsync(http, emulator, signer);
        var order = new ParadexOrder
        {
            Market = "BTC-USD-PERP",
            Side = OrderSide.Buy,
            Type = ParadexOrderType.Limit,
            Size = "0.01",
            Price = "90000",
            Instruction = ParadexInstruction.PostOnly,
            ClientId = "7300000000000000001",
            SignatureTimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(ParadexRequests.OrderBody(order, signer.SignOrder(order).Signature))!;

        var genuine = await PostOrderAsync(http, emulator, jwt, body);
        body[field] = value is null ? JsonSerializer.SerializeToElement(order.SignatureTimestampMs + 1) : JsonSerializer.SerializeToElement(value);
        body["client_id"] = JsonSerializer.SerializeToElement("7300000000000000002");
        var forged = await PostOrderAsync(http, emulator, jwt, body);

        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("INVALID_ORDER_SIGNATURE", await ErrorCodeAsync(forged));
        Assert.Single(emulator.Orders());
    }

    private static async Task<HttpResponseMessage> SendAuthAsync(HttpClient http, ParadexEmulator emulator, ParadexSigner signer)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signed = ParadexRequests.Auth(signer.AccountAddress, signer.SignAuth(now, now + 600).Signature, now, now + 600);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.RestUrl}/auth");
        foreach (var (name, value) in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await http.SendAsync(request);
    }

    private static async Task<string> JwtAsync(HttpClient http, ParadexEmulator emulator, ParadexSigner signer)
    {
        var response = await SendAuthAsync(http, emulator, signer);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("jwt_token").GetString()!;
    }

    private static async Task<HttpResponseMessage> PostOrderAsync(HttpClient http, ParadexEmulator emulator, string jwt, Dictionary<string, JsonElement> body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.RestUrl}/orders")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", jwt);
        return await http.SendAsync(request);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetString();
    }
}
