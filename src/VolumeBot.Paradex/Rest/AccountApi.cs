using System.Globalization;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Rest;

/// <summary>Private account endpoints: positions, fills and the margin summary.</summary>
internal sealed class AccountApi(ParadexRestClient rest)
{
    private const int PageSize = 500;
    private const int MaxPages = 20;

    public async Task<VenueResult<List<PositionWire>>> PositionsAsync(CancellationToken cancellationToken)
    {
        var page = await rest.PrivateGetAsync("positions", ParadexJson.Default.ResultsPagePositionWire, cancellationToken);
        return page.IsSuccess ? VenueResult<List<PositionWire>>.Ok(page.Value.Results ?? []) : page.Error;
    }

    public Task<VenueResult<AccountWire>> AccountAsync(CancellationToken cancellationToken) =>
        rest.PrivateGetAsync("account", ParadexJson.Default.AccountWire, cancellationToken);

    public Task<VenueResult<AccountInfoPage>> AccountInfoAsync(CancellationToken cancellationToken) =>
        rest.PrivateGetAsync("account/info", ParadexJson.Default.AccountInfoPage, cancellationToken);

    /// <summary>Fills on the market since <paramref name="startAtMs"/>, following the cursor.</summary>
    public async Task<VenueResult<List<FillWire>>> FillsAsync(string market, long startAtMs, CancellationToken cancellationToken)
    {
        var fills = new List<FillWire>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"fills?market={Uri.EscapeDataString(market)}&start_at={startAtMs}&page_size={PageSize}");
            if (cursor is not null)
            {
                path += $"&cursor={Uri.EscapeDataString(cursor)}";
            }

            var result = await rest.PrivateGetAsync(path, ParadexJson.Default.ResultsPageFillWire, cancellationToken);
            if (!result.IsSuccess)
            {
                return result.Error;
            }

            fills.AddRange(result.Value.Results ?? []);
            cursor = result.Value.Next;
            if (string.IsNullOrEmpty(cursor))
            {
                break;
            }
        }

        return VenueResult<List<FillWire>>.Ok(fills);
    }
}
