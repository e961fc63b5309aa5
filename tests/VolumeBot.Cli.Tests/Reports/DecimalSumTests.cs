using VolumeBot.Cli.Reports;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>`stats` adds its figures as integers: every sum must come out as the very decimal that adding one by one gives.</summary>
public class DecimalSumTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_sum_is_the_decimal_that_adding_one_by_one_gives_digits_scale_and_sign(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 200; run++)
        {
            var sum = new DecimalSum();
            decimal expected = 0;
            for (var i = 0; i < 500; i++)
            {
                var value = RandomValue(random);
                sum.Add(value);
                expected += value;
            }

            AssertSame(expected, sum.Value);
        }
    }

    [Fact]
    public void Values_that_cancel_keep_the_sign_and_scale_decimal_gives_them()
    {
        decimal[][] sequences =
        [
            [-1.5m, 1.5m],
            [1.5m, -1.5m],
            [-0.0m],
            [-1.50m, 1.5m, -0.000m],
            [0.00000001m, -0.00000001m, -0.0m],
            [-2m, 2m, 0.10m],
            [-1m, 3m, -2m],
            [-0.5m, 1.25m, -0.75m, 0.001m],
        ];
        foreach (var values in sequences)
        {
            AssertSumsAlike(values);
        }
    }

    [Fact]
    public void A_sum_past_what_a_long_holds_carries_on_as_decimal_adds()
    {
        AssertSumsAlike([4_000_000_000_000_000_000m, 4_000_000_000_000_000_000m, 0.5m, 70_000_000_000_000_000_000_000_000m, 12345678901234567890123m, 0.0000000000000000001m]);
    }

    /// <summary>After every value, the sum is what decimal's + gives.</summary>
    private static void AssertSumsAlike(decimal[] values)
    {
        var sum = new DecimalSum();
        decimal expected = 0;
        foreach (var value in values)
        {
            sum.Add(value);
            expected += value;
            AssertSame(expected, sum.Value);
        }
    }

    /// <summary>Prices, quantities, fees and slippages as trades CSVs hold them, and a few extremes.</summary>
    private static decimal RandomValue(Random random)
    {
        var scale = (byte)random.Next(0, 12);
        ulong mantissa = random.Next(4) switch
        {
            0 => (ulong)random.Next(0, 3),
            1 => (ulong)random.Next(1, 100_000),
            2 => (ulong)random.NextInt64(1, long.MaxValue),
            _ => (ulong)random.NextInt64(1, 1L << 40),
        };
        var wide = random.Next(50) == 0 ? random.Next(1, 1000) : 0; // a mantissa past 64 bits now and then
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), wide, random.Next(2) == 0, scale);
    }

    private static void AssertSame(decimal expected, decimal actual)
    {
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
