namespace VolumeBot.Grvt.Rest.Models;

/// <summary>The part of /full/v1/account_summary the bot reads: margin still free for new orders.</summary>
internal sealed class AccountSummaryWire
{
    public decimal? AvailableBalance { get; set; }
}
