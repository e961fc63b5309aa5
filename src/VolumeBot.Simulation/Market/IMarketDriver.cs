using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Market;

/// <summary>What moves a paper venue's market: the clock alone (synthetic) or a live feed polled on the clock.</summary>
public interface IMarketDriver
{
    /// <summary>Gets the market ready (a live feed loads its rules and first book); an error means no trading.</summary>
    Task<VenueError?> StartAsync(CancellationToken cancellationToken);

    /// <summary>Runs until cancelled, calling <paramref name="advance"/> after each change so the engine steps to now.</summary>
    Task RunAsync(Action advance, CancellationToken cancellationToken);
}

/// <summary>The synthetic market needs nothing but the clock.</summary>
public sealed class ClockDriver(TimeSpan interval, TimeProvider time) : IMarketDriver
{
    public Task<VenueError?> StartAsync(CancellationToken cancellationToken) => Task.FromResult<VenueError?>(null);

    public async Task RunAsync(Action advance, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, time, cancellationToken);
            advance();
        }
    }
}
