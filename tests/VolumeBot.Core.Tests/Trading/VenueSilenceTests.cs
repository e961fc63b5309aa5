using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Testing;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>A hedged run's venue that answers nothing for <see cref="BotTimings.SilentVenueLimit"/> counts as down, on fake time.</summary>
public class VenueSilenceTests
{
    private static readonly TimeSpan Limit = new BotTimings().SilentVenueLimit;

    [Fact]
    public void A_venue_unanswering_for_less_than_the_limit_is_still_asked_and_one_answer_starts_the_count_again()
    {
        var time = new FakeTimeProvider();
        var venue = new ScriptedVenue { Down = true };
        var guard = new RefusalGuard(venue, new VenueSilence(Limit, time), time);
        FakeTimeRunner.Run(time, async () =>
        {
            Assert.False((await guard.GetPositionAsync(CancellationToken.None)).IsSuccess);
            time.Advance(Limit - TimeSpan.FromSeconds(1));
            Assert.False((await guard.GetPositionAsync(CancellationToken.None)).IsSuccess); // a busy venue, not a dead one
            venue.Down = false;
            Assert.True((await guard.GetPositionAsync(CancellationToken.None)).IsSuccess);
            venue.Down = true;
            time.Advance(TimeSpan.FromSeconds(20));
            Assert.False((await guard.GetPositionAsync(CancellationToken.None)).IsSuccess);
            time.Advance(Limit - TimeSpan.FromSeconds(1));
            Assert.False((await guard.GetPositionAsync(CancellationToken.None)).IsSuccess); // counted from the first request after the answer
        });

        Assert.Equal(4, venue.CallsWhileDown);
    }

    [Fact]
    public void After_the_limit_without_an_answer_every_call_is_refused_at_once_without_asking_the_venue()
    {
        var time = new FakeTimeProvider();
        var venue = new ScriptedVenue { Down = true };
        var guard = new RefusalGuard(venue, new VenueSilence(Limit, time), time);
        var refusals = new List<VenueRefusalException>();
        FakeTimeRunner.Run(time, async () =>
        {
            await guard.GetPositionAsync(CancellationToken.None);
            time.Advance(Limit);
            refusals.Add(await Assert.ThrowsAsync<VenueRefusalException>(() => guard.GetOrderAsync("x", CancellationToken.None)));
            venue.Down = false; // back again: the run has already halted on it, and a halted run does not trust it again
            refusals.Add(await Assert.ThrowsAsync<VenueRefusalException>(() => guard.GetPositionAsync(CancellationToken.None)));
        });

        Assert.All(refusals, r => Assert.Equal(VenueErrorKind.NotAnswering, r.Error.Kind));
        Assert.Contains("scripted answered no request for 30 s", refusals[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, venue.CallsWhileDown); // only the first read: after the limit nothing more is sent
        Assert.Equal(0, venue.OrderQueries);
    }

    [Fact]
    public void A_call_the_venue_never_answers_is_cut_off_when_the_limit_runs_out()
    {
        var time = new FakeTimeProvider();
        var guard = new RefusalGuard(new Hanging(new ScriptedVenue()), new VenueSilence(Limit, time), time);
        var started = time.GetUtcNow();
        var refusal = FakeTimeRunner.Run(time, () => Assert.ThrowsAsync<VenueRefusalException>(() => guard.GetPositionAsync(CancellationToken.None)));

        Assert.Equal(VenueErrorKind.NotAnswering, refusal.Error.Kind);
        Assert.InRange(time.GetUtcNow() - started, Limit, Limit + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Errors_the_venue_answers_with_are_answers_and_never_count_as_silence()
    {
        var time = new FakeTimeProvider();
        var venue = new ScriptedVenue { OnGetOrder = _ => VenueResult<OrderSnapshot>.Fail(VenueErrorKind.RateLimited, "429") };
        var guard = new RefusalGuard(venue, new VenueSilence(Limit, time), time);
        FakeTimeRunner.Run(time, async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal(VenueErrorKind.RateLimited, (await guard.GetOrderAsync("x", CancellationToken.None)).Error!.Kind);
                time.Advance(Limit);
            }
        });
    }

    /// <summary>A venue whose position reads are sent and never answered (no timeout of its own).</summary>
    private sealed class Hanging(IExchangeClient inner) : ExchangeClientDecorator(inner)
    {
        public override async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
