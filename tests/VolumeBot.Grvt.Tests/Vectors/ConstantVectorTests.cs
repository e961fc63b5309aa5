using System.Globalization;
using System.Numerics;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

public sealed class ConstantVectorTests
{
    private static System.Text.Json.JsonElement Constants => GrvtVectorFile.Root.GetProperty("constants");

    public static TheoryData<string> ChainIds()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Constants.GetProperty("domain_separator_by_chain_id").EnumerateObject())
            data.Add(entry.Name);
        return data;
    }

    public static TheoryData<string> TimeInForceNames()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Constants.GetProperty("time_in_force_int").EnumerateObject())
            data.Add(entry.Name);
        return data;
    }

    [Fact]
    public void Encode_type_strings_match()
    {
        var encodeType = Constants.GetProperty("encode_type");
        Assert.Equal(encodeType.Str("EIP712Domain"), Actual(Eip712OrderHasher.DomainEncodeType));
        Assert.Equal(encodeType.Str("OrderLeg"), Actual(Eip712OrderHasher.OrderLegEncodeType));
        Assert.Equal(encodeType.Str("Order"), Actual(Eip712OrderHasher.OrderEncodeType));
    }

    [Fact]
    public void Type_hashes_match()
    {
        var typeHash = Constants.GetProperty("type_hash");
        Assert.Equal(typeHash.Str("EIP712Domain"), Hex.Format(Eip712OrderHasher.DomainTypeHash), ignoreCase: true);
        Assert.Equal(typeHash.Str("OrderLeg"), Hex.Format(Eip712OrderHasher.OrderLegTypeHash), ignoreCase: true);
        Assert.Equal(typeHash.Str("Order"), Hex.Format(Eip712OrderHasher.OrderTypeHash), ignoreCase: true);
    }

    [Fact]
    public void Domain_name_and_version_match()
    {
        var domain = Constants.GetProperty("eip712_domain");
        Assert.Equal(domain.Str("name"), Actual(Eip712OrderHasher.DomainName));
        Assert.Equal(domain.Str("version"), Actual(Eip712OrderHasher.DomainVersion));
    }

    [Theory]
    [MemberData(nameof(ChainIds))]
    public void Domain_separator_matches(string chainId)
    {
        var expected = Constants.GetProperty("domain_separator_by_chain_id").Str(chainId);
        var actual = Eip712OrderHasher.ComputeDomainSeparator(ulong.Parse(chainId, CultureInfo.InvariantCulture));
        Assert.Equal(expected, Hex.Format(actual), ignoreCase: true);
    }

    [Fact]
    public void Environment_chain_ids_match()
    {
        var chainIds = Constants.GetProperty("chain_ids");
        foreach (var environment in chainIds.EnumerateObject())
            Assert.Equal(environment.Value.GetUInt64(), GrvtChainId.ForEnvironment(environment.Name));
    }

    [Theory]
    [MemberData(nameof(TimeInForceNames))]
    public void Time_in_force_values_match(string wireName)
    {
        var timeInForce = GrvtTimeInForceNames.Parse(wireName);
        Assert.Equal(Constants.GetProperty("time_in_force_int").Int32(wireName), (int)timeInForce);
        Assert.Equal(wireName, timeInForce.ToWireName());
    }

    [Fact]
    public void Price_decimals_match() => Assert.Equal(Constants.Int32("price_decimals"), Actual(GrvtScaling.PriceDecimals));

    [Fact]
    public void Curve_order_matches()
    {
        Assert.Equal(Constants.Str("secp256k1_n"), Hex.Format(SignatureRecovery.CurveOrder), ignoreCase: true);
        var halfN = new BigInteger(Hex.Parse(Constants.Str("secp256k1_half_n")), isUnsigned: true, isBigEndian: true);
        Assert.True(SignatureRecovery.IsLowS(ToWord(halfN)));
        Assert.False(SignatureRecovery.IsLowS(ToWord(halfN + 1)));
    }

    /// <summary>Keeps the library constant in the 'actual' position of the assertion.</summary>
    private static T Actual<T>(T value) => value;

    private static byte[] ToWord(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var word = new byte[32];
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }
}
