namespace VolumeBot.Grvt.Rest.Models;

/// <summary>The part of /full/v1/funding_account_summary the bot reads: the account's fee tier.</summary>
internal sealed class FundingAccountSummaryWire
{
    public FeeTierWire? Tier { get; set; }
}

/// <summary>
/// GRVT's tier: its level and the perpetuals' fees as integers. The unit is not documented in what we have
/// (protocols/grvt.md §5.10); we read them as 1/100 of a basis point (GRVT's "centibeeps"), which gives the published
/// Level 1 schedule of 2.7 / 5.5 bps as 270 / 550.
/// </summary>
internal sealed class FeeTierWire
{
    public int? Tier { get; set; }

    public decimal? FuturesMakerFee { get; set; }

    public decimal? FuturesTakerFee { get; set; }
}
