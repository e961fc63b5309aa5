using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 9 item 7: a --quantity the venue or the account cannot carry is refused before the first order.</summary>
public class AccountCapacityTests
{
    private static readonly MarketRules Rules = new("TEST-USD-PERP", 0.1m, 0.1m, 0.1m, 0m);

    [Fact]
    public void A_quantity_above_the_markets_maximum_order_size_is_refused_before_any_order()
    {
        var venue = new ScriptedVenue { Rules = Rules with { MaxOrderSize = 100m } };
        var h = new BotHarness(BotHarness.Boost() with { Quantity = 1_000_000m }, venue);

        var error = Assert.Throws<BotStartupException>(() => h.Run());

        Assert.Equal("--quantity 1000000 is above TEST-USD-PERP's maximum order size 100", error.Message);
        Assert.Empty(venue.Placed);
    }

    [Fact]
    public void A_quantity_needing_more_margin_than_the_free_collateral_is_refused_before_any_order()
    {
        var venue = new ScriptedVenue { Rules = Rules with { InitialMarginFraction = 0.1m }, FreeCollateral = 1_000m };
        var h = new BotHarness(BotHarness.Boost() with { Quantity = 100m }, venue);

        var error = Assert.Throws<BotStartupException>(() => h.Run());

        Assert.Equal("--quantity 100 on TEST-USD-PERP is 10025 USDT of notional and needs 1002.5 USDT of margin at 10x, but the account has 1000 USDT of free collateral", error.Message);
        Assert.Empty(venue.Placed);
    }

    [Fact]
    public void A_quantity_the_account_can_carry_trades()
    {
        var venue = new ScriptedVenue { Rules = Rules with { InitialMarginFraction = 0.1m, MaxOrderSize = 100m }, FreeCollateral = 1_003m };
        var h = new BotHarness(BotHarness.Boost() with { Quantity = 100m }, venue);

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 100m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Theory]
    [InlineData(4.0, null)] // 200 notional at the default 50x needs 4
    [InlineData(3.99, "needs 4 USDT of margin at 50x")]
    public void Without_a_published_margin_fraction_the_highest_leverage_is_assumed(double freeCollateral, string? refusal)
    {
        var result = AccountCapacityCheck.Refusal(2m, 100m, Rules, new AccountCapacity((decimal)freeCollateral));

        if (refusal is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(refusal, result, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_free_collateral_read_is_retried_like_the_other_start_up_reads()
    {
        var failures = 2;
        var venue = new ScriptedVenue
        {
            OnGetCapacity = () => failures-- > 0 ? VenueResult<AccountCapacity>.Fail(VenueErrorKind.RateLimited, "429") : (VenueResult<AccountCapacity>?)null,
        };
        var h = new BotHarness(BotHarness.Boost(), venue);

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(-1, failures);
    }
}
