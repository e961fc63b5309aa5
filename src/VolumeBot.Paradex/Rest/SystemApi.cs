using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Rest;

/// <summary>Public system endpoints.</summary>
internal sealed class SystemApi(ParadexRestClient rest)
{
    public Task<VenueResult<SystemConfig>> ConfigAsync(CancellationToken cancellationToken) =>
        rest.PublicGetAsync("system/config", ParadexJson.Default.SystemConfig, cancellationToken);
}
