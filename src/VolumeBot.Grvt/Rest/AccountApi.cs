using System.Globalization;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>The sub-account's positions, fill history and margin summary on the trades host.</summary>
internal sealed class AccountApi
{
    private const int PageSize = 1000;
    private const int MaxPages = 20;
    private readonly GrvtRestClient _rest;
    private readonly string _subAccountId;
    private readonly InstrumentFilter _filter;

    public AccountApi(GrvtRestClient rest, ulong subAccountId, InstrumentFilter filter)
    {
        _rest = rest;
        _subAccountId = subAccountId.ToString(CultureInfo.InvariantCulture);
        _filter = filter;
    }

    public async Task<VenueResult<List<PositionWire>>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        var body = GrvtJson.Write(_filter.For(_subAccountId), GrvtJson.Default.FilteredRequest);
        var result = await _rest.ReadPrivateAsync("/full/v1/positions", body, GrvtJson.Default.EnvelopeListPositionWire, "positions", cancellationToken);
        return result.IsSuccess ? VenueResult<List<PositionWire>>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<AccountSummaryWire>> GetSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await _rest.ReadPrivateAsync("/full/v1/account_summary", GrvtJson.Write(new SubAccountRequest(_subAccountId), GrvtJson.Default.SubAccountRequest), GrvtJson.Default.EnvelopeAccountSummaryWire, "account_summary", cancellationToken);
        return result.IsSuccess ? VenueResult<AccountSummaryWire>.Ok(result.Value.Result!) : result.Error;
    }

    /// <summary>The main account's funding summary, which carries its fee tier (the body is empty: it is not per sub-account).</summary>
    public async Task<VenueResult<FundingAccountSummaryWire>> GetFundingSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await _rest.ReadPrivateAsync("/full/v1/funding_account_summary", GrvtJson.Write(new EmptyRequest(), GrvtJson.Default.EmptyRequest), GrvtJson.Default.EnvelopeFundingAccountSummaryWire, "funding_account_summary", cancellationToken);
        return result.IsSuccess ? VenueResult<FundingAccountSummaryWire>.Ok(result.Value.Result ?? new FundingAccountSummaryWire()) : result.Error;
    }

    /// <summary>Every fill since <paramref name="since"/> (newest first, all pages) that <paramref name="keep"/> accepts.</summary>
    public async Task<VenueResult<List<FillWire>>> GetFillsAsync(DateTimeOffset since, Func<FillWire, bool> keep, CancellationToken cancellationToken)
    {
        var fills = new List<FillWire>();
        string? cursor = null;
        var start = ((since - DateTimeOffset.UnixEpoch).Ticks * 100).ToString(CultureInfo.InvariantCulture);
        for (var page = 0; page < MaxPages; page++)
        {
            var body = GrvtJson.Write(new FillHistoryRequest(_subAccountId, _filter.Kind, _filter.Base, _filter.Quote, start, PageSize, cursor), GrvtJson.Default.FillHistoryRequest);
            var result = await _rest.ReadPrivateAsync("/full/v1/fill_history", body, GrvtJson.Default.EnvelopeListFillWire, "fill_history", cancellationToken);
            if (!result.IsSuccess)
            {
                return result.Error;
            }

            fills.AddRange(result.Value.Result!.Where(keep));
            cursor = result.Value.Next;
            if (string.IsNullOrEmpty(cursor) || result.Value.Result!.Count == 0)
            {
                break;
            }
        }

        return VenueResult<List<FillWire>>.Ok(fills);
    }
}
