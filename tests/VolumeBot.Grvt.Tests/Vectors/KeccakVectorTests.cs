using System.Text;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

public sealed class KeccakVectorTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (var vector in GrvtVectorFile.Section("keccak256"))
            data.Add(index++, vector.Str("label"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keccak256_matches(int index, string label)
    {
        var vector = GrvtVectorFile.Section("keccak256").ElementAt(index);
        Assert.Equal(label, vector.Str("label"));
        var input = vector.HexBytes("input_hex");

        Assert.Equal(vector.Int32("input_length"), input.Length);
        if (vector.TryGetProperty("input_utf8", out var utf8))
            Assert.Equal(Encoding.UTF8.GetBytes(utf8.GetString()!), input);
        Assert.Equal(vector.Str("keccak256"), Hex.Format(Keccak256.Hash(input)), ignoreCase: true);
    }
}
