using System.Globalization;
using VolumeBot.Core.Trading;

namespace VolumeBot.Core.Tests.Trading;

public class ClientOrderIdsTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

    [Fact]
    public void Ids_are_unsigned_64_bit_numbers_in_the_api_range_and_unique()
    {
        var ids = new ClientOrderIds(Key, new Random(1));

        var drawn = Enumerable.Range(0, 70_000).Select(_ => ulong.Parse(ids.Next(), NumberStyles.None, CultureInfo.InvariantCulture)).ToList();

        Assert.All(drawn, id => Assert.True(id >= 1UL << 63));
        Assert.Equal(drawn.Count, drawn.Distinct().Count()); // past the 65,536 of one run block too
    }

    [Fact]
    public void An_earlier_run_with_the_same_key_is_recognised_after_a_restart()
    {
        var earlier = new ClientOrderIds(Key, new Random(1)).Next();

        var restarted = new ClientOrderIds(Key, new Random(2));

        Assert.True(restarted.IsOwn(earlier));
        Assert.False(new ClientOrderIds([.. Key.Reverse()], new Random(1)).IsOwn(earlier));
    }

    [Fact]
    public void Random_ids_from_either_range_are_not_taken_for_the_bots()
    {
        var ids = new ClientOrderIds(Key, new Random(1));
        var random = new Random(5);

        var matches = Enumerable.Range(0, 20_000)
            .Select(i => (ulong)random.NextInt64(0, long.MaxValue) | (i % 2 == 0 ? 1UL << 63 : 0))
            .Count(id => ids.IsOwn(id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(0, matches); // a random API-range id has a 1 in 2^32 chance; a UI-range id none
        Assert.False(ids.IsOwn("7312345678000000001")); // the old digit pattern proves nothing
        Assert.False(ids.IsOwn("my-manual-order"));
        Assert.False(ids.IsOwn(null));
    }

    [Fact]
    public void Without_a_venue_key_a_run_knows_only_its_own_ids()
    {
        var first = new ClientOrderIds(null, new Random(1));
        var second = new ClientOrderIds(null, new Random(1));

        var id = first.Next();

        Assert.True(first.IsOwn(id));
        Assert.False(second.IsOwn(id));
    }

    [Fact]
    public void The_run_of_an_id_groups_a_runs_fills_for_the_stats_and_reads_old_ids()
    {
        var ids = new ClientOrderIds(Key, new Random(1));
        var other = new ClientOrderIds(Key, new Random(2));

        Assert.Equal(ClientOrderIds.RunOf(ids.Next()), ClientOrderIds.RunOf(ids.Next()));
        Assert.NotEqual(ClientOrderIds.RunOf(ids.Next()), ClientOrderIds.RunOf(other.Next()));
        Assert.Equal("12345678", ClientOrderIds.RunOf("7312345678000000001"));
        Assert.Equal("", ClientOrderIds.RunOf("manual"));
    }
}
