using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class GrvtScalingTests
{
    [Theory]
    [InlineData("1.013", 9, 1013000000UL)]
    [InlineData("68900.5", 9, 68900500000000UL)]
    [InlineData("68900.777123479", 9, 68900777123479UL)] // beyond 2^53: exact only without double
    [InlineData("68900.7771234794", 9, 68900777123479UL)] // extra digit truncated
    [InlineData("1.1231231239999", 9, 1123123123UL)] // truncated toward zero, never rounded up
    [InlineData("12.345", 3, 12345UL)]
    [InlineData("7", 0, 7UL)]
    [InlineData("0.000000001", 9, 1UL)]
    [InlineData("0.0000000009", 9, 0UL)]
    [InlineData("18446744073.709551615", 9, ulong.MaxValue)]
    public void Scales_exactly_and_truncates(string value, int decimals, ulong expected) =>
        Assert.Equal(expected, GrvtScaling.ToScaledUInt64(Parse(value), decimals));

    [Theory]
    [InlineData("0.0010", 9, "0.0010")]
    [InlineData("1.1231231234", 9, "1.123123123")]
    [InlineData("12.3456", 3, "12.345")]
    [InlineData("65000.1", 9, "65000.1")]
    public void Truncate_keeps_the_given_digits_up_to_the_scale(string value, int decimals, string expected) =>
        Assert.Equal(expected, GrvtScaling.Truncate(Parse(value), decimals).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Rejects_negative_and_overflowing_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GrvtScaling.ToScaledUInt64(-1m, 9));
        Assert.Throws<OverflowException>(() => GrvtScaling.ToScaledUInt64(18446744073.709551616m, 9));
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
