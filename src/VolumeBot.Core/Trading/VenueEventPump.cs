using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>Applies one venue's events as they come, in arrival order (the runner's venue, and hedged farming's second).</summary>
internal static class VenueEventPump
{
    /// <summary>Runs until cancelled; an error that cannot heal, met while applying an event, goes to <paramref name="onRefusal"/>.</summary>
    public static async Task RunAsync(ChannelReader<VenueEvent> events, Func<VenueEvent, Task> apply, Action<VenueRefusalException> onRefusal, CancellationToken cancellationToken)
    {
        // WaitToReadAsync rather than ReadAllAsync: the latter resumes on the thread pool, the former where it was awaited
        while (await events.WaitToReadAsync(cancellationToken))
        {
            while (events.TryRead(out var venueEvent))
            {
                try
                {
                    await apply(venueEvent);
                }
                catch (VenueRefusalException refusal)
                {
                    onRefusal(refusal);
                }
            }
        }
    }
}
