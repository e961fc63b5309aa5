using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

/// <summary>auth[], onboarding[] and orders[]: every hashing step, the RFC 6979 trail, r/s and the wire strings.</summary>
public class SignedMessageVectorTests
{
    public static TheoryData<string> Ids() => SignedVector.Ids();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Inputs_are_consistent(string id)
    {
        var vector = SignedVector.Load(id);
        var json = vector.Json;

        Assert.Equal(json.Felt("public_key"), vector.Key.PublicKey);
        Assert.Equal(json.Str("full_public_key"), vector.Key.FullPublicKeyHex, ignoreCase: true);
        Assert.Equal(json.Felt("account_address"), AccountAddress.Derive(vector.Key.PublicKey, ConstantsVectorTests.AddressConfig()));
        Assert.Equal(json.Felt("chain_id_felt"), vector.Domain.ChainIdFelt);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Typed_data_hashing(string id)
    {
        var vector = SignedVector.Load(id);
        var hashing = vector.Json.GetProperty("hashing");
        var message = vector.Message;

        Assert.Equal(hashing.Str("domain_type_string"), ParadexDomain.Type.TypeString);
        Assert.Equal(hashing.Felt("domain_type_hash"), ParadexDomain.Type.TypeHash);
        Assert.Equal(hashing.Felts("domain_fields"), vector.Domain.Fields);
        Assert.Equal(hashing.Felt("domain_hash"), vector.Domain.Hash);
        Assert.Equal(hashing.Str("primary_type_string"), message.Type.TypeString);
        Assert.Equal(hashing.Felt("primary_type_hash"), message.Type.TypeHash);
        Assert.Equal(hashing.Felts("message_fields"), message.Fields);
        Assert.Equal(hashing.Felt("message_struct_hash"), message.StructHash());
        Assert.Equal(hashing.Felt("prefix_felt"), TypedDataHasher.MessagePrefix);
        Assert.Equal(hashing.Felt("account"), vector.Account);

        var hash = TypedDataHasher.MessageHash(vector.Domain, vector.Account, message);

        Assert.Equal(hashing.Felt("message_hash"), hash);
        Assert.Equal(vector.ExpectedMessageHash, hash);
        Assert.Equal(hash, new ParadexSigner(vector.Key, vector.Account, vector.Domain).Hash(message));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Typed_data_object_matches_the_rebuilt_message(string id)
    {
        var vector = SignedVector.Load(id);
        var typedData = vector.Json.GetProperty("typed_data");
        var types = typedData.GetProperty("types");

        Assert.Equal(vector.Message.Type.Name, typedData.Str("primaryType"));
        AssertFeltFields(types.GetProperty(ParadexDomain.Type.Name), ParadexDomain.Type);
        AssertFeltFields(types.GetProperty(vector.Message.Type.Name), vector.Message.Type);
        Assert.Equal(2, types.EnumerateObject().Count());

        var domain = typedData.GetProperty("domain");
        Assert.Equal(vector.Domain.Fields, ParadexDomain.Type.FieldNames.Select(f => Encode(domain.GetProperty(f))));
        var values = typedData.GetProperty("message");
        Assert.Equal(vector.Message.Fields, vector.Message.Type.FieldNames.Select(f => Encode(values.GetProperty(f))));
        Assert.Equal(vector.Message.Type.FieldNames.Count, values.EnumerateObject().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Order_chain_encoding(string id)
    {
        var vector = SignedVector.Load(id);
        if (vector.Kind != "order")
        {
            Assert.False(vector.Json.TryGetProperty("chain_encoding", out _), "only orders carry chain_encoding");
            return;
        }

        var encoding = vector.Json.GetProperty("chain_encoding");
        var fields = vector.Message.Fields;
        Assert.Equal(encoding.Felt("timestamp"), fields[0]);
        Assert.Equal(encoding.Felt("market_felt"), fields[1]);
        Assert.Equal(encoding.Felt("side"), fields[2]);
        Assert.Equal(encoding.Felt("order_type_felt"), fields[3]);
        Assert.Equal(encoding.Felt("size_quantums"), fields[4]);
        Assert.Equal(encoding.Felt("price_quantums"), fields[5]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rfc6979_nonce(string id)
    {
        var vector = SignedVector.Load(id);
        var expected = vector.Json.GetProperty("rfc6979");

        var trace = vector.Key.SignWithTrace(vector.ExpectedMessageHash);

        Assert.Equal(expected.Felt("k"), trace.K);
        var outputs = expected.GetProperty("drbg_outputs").EnumerateArray().ToList();
        Assert.Equal(expected.GetProperty("candidates_tried").GetInt32(), trace.Candidates.Count);
        Assert.Equal(outputs.Count, trace.Candidates.Count);
        for (var i = 0; i < outputs.Count; i++)
        {
            Assert.Equal(outputs[i].Str("T"), Convert.ToHexStringLower(trace.Candidates[i].Output), ignoreCase: true);
            Assert.Equal(outputs[i].Felt("k"), trace.Candidates[i].K);
            Assert.Equal(outputs[i].Felt("k"), Rfc6979.CandidateFromOutput(Convert.FromHexString(outputs[i].Str("T"))));
        }

        Assert.Equal(expected.GetProperty("first_drbg_output_starts_with_zero_byte").GetBoolean(), trace.Candidates[0].Output[0] == 0);
        var sequence = Rfc6979.Candidates(ReadPrivateKey(vector), vector.ExpectedMessageHash).Take(trace.Candidates.Count);
        Assert.Equal(trace.Candidates.Select(c => c.K), sequence.Select(c => c.K));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Signature(string id)
    {
        var vector = SignedVector.Load(id);
        var expected = vector.Json.GetProperty("signature");
        var hash = vector.ExpectedMessageHash;

        var signature = vector.Key.Sign(hash);

        Assert.Equal(expected.Felt("r"), signature.R);
        Assert.Equal(expected.Felt("s"), signature.S);
        Assert.Equal(expected.Str("r_dec"), signature.R.ToDecimalString());
        Assert.Equal(expected.Str("s_dec"), signature.S.ToDecimalString());
        Assert.Equal(vector.Json.Str("signature_header_value"), signature.ToHeaderValue());
        Assert.Equal(signature, StarkSignature.ParseHeaderValue(vector.Json.Str("signature_header_value")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Verification(string id)
    {
        var vector = SignedVector.Load(id);
        var hash = vector.ExpectedMessageHash;
        var publicKey = vector.Key.PublicKey;
        var expected = vector.Json.GetProperty("signature");
        var (r, s) = (expected.Felt("r"), expected.Felt("s"));

        Assert.True(StarkVerifier.Verify(publicKey, hash, r, s));
        Assert.True(vector.Key.VerificationKey.Verify(hash, r, s));
        Assert.False(StarkVerifier.Verify(publicKey, Felt.Subtract(hash, 1), r, s));
        Assert.False(StarkVerifier.Verify(publicKey, hash, s, r));

        // the Python SDK's different-but-valid signature (extra entropy) must verify too
        var python = vector.Json.GetProperty("signature_paradex_py_seed32");
        Assert.True(StarkVerifier.Verify(publicKey, hash, python.Felt("r"), python.Felt("s")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Http_request(string id)
    {
        var vector = SignedVector.Load(id);
        var http = vector.Json.GetProperty("http");
        var signer = new ParadexSigner(vector.Key, vector.Account, vector.Domain);
        var signed = signer.Sign(vector.Message);
        Assert.Equal(vector.ExpectedMessageHash, signed.MessageHash);

        var request = vector.Kind switch
        {
            "auth" => ParadexRequests.Auth(
                vector.Account, signed.Signature, vector.Json.GetProperty("timestamp").GetInt64(), vector.Json.GetProperty("expiration").GetInt64()),
            "onboarding" => ParadexRequests.Onboarding(
                http.GetProperty("headers").Str(ParadexHeaders.EthereumAccount), vector.Account, vector.Key.PublicKey, signed.Signature),
            _ => ParadexRequests.CreateOrder(vector.Order!, signed.Signature),
        };

        Assert.Equal(http.Str("method"), request.Method);
        Assert.Equal(http.Str("url_path"), request.Path);
        if (http.TryGetProperty("alt_url_path", out var altPath))
        {
            Assert.Equal(altPath.GetString(), ParadexRequests.AuthPathForPublicKey(vector.Key.PublicKey));
        }

        var body = http.GetProperty("body");
        if (body.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(request.Body);
        }
        else
        {
            Assert.NotNull(request.Body);
            Assert.Equal(VectorJson.Canonical(body), VectorJson.Canonical(request.Body));
        }

        if (vector.Kind == "order")
        {
            // order headers are transport headers (bearer token, content type), not signature headers
            Assert.Empty(request.Headers);
            Assert.Equal(vector.Json.Str("signature_header_value"), body.Str("signature"));
        }
        else
        {
            var expectedHeaders = http.GetProperty("headers").EnumerateObject().Select(h => KeyValuePair.Create(h.Name, h.Value.GetString()!));
            Assert.Equal(expectedHeaders, request.Headers);
        }
    }

    private static Felt ReadPrivateKey(SignedVector vector) => Felt.ParseHex(vector.Json.Str("private_key"));

    private static Felt Encode(JsonElement value) => VectorJson.EncodeTypedDataValue(value);

    private static void AssertFeltFields(JsonElement declared, StarkTypedDataType type)
    {
        var fields = declared.EnumerateArray().ToList();
        Assert.Equal(type.FieldNames, fields.Select(f => f.Str("name")));
        Assert.All(fields, f => Assert.Equal("felt", f.Str("type")));
    }
}
