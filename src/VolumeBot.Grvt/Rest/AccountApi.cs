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
        var body = new { sub_account_id = _subAccountId, kind = _filter.Kind, @base = _filter.Base, quote = _filter.Quote };
        var result = await _rest.ReadPrivateAsync<List<PositionWire>>("/full/v1/positions", body, "positions", cancellationToken);
        return result.IsSuccess ? VenueResult<List<PositionWire>>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<AccountSummaryWire>> GetSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await _rest.ReadPrivateAsync<AccountSummaryWire>("/full/v1/account_summary", new { sub_account_id = _subAccountId }, "account_summary", cancellationToken);
        return result.IsSuccess ? VenueResult<AccountSummaryWire>.Ok(result.Value.Result!) : result.Error;
    }

    /// <summary>The main account's funding summary, which carries its fee tier (the body is empty: it is not per sub-account).</summary>
    public async Task<VenueResult<FundingAccountSummaryWire>> GetFundingSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await _rest.ReadPrivateAsync<FundingAccountSummaryWire>("/full/v1/funding_account_summary", new { }, "funding_account_summary", cancellationToken);
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
            var body = new { sub_account_id = _subAccountId, kind = _filter.Kind, @base = _filter.Base, quote = _filter.Quote, start_time = start, limit = PageSize, cursor };
            var result = await _rest.ReadPrivateAsync<List<FillWire>>("/full/v1/fill_history", body, "fill_history", cancellationToken);
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
