namespace VolumeBot.Core.Venue;

/// <summary>
/// The fee rates the venue says this account pays, as fractions of notional (0.00027 = 2.7 bps; a negative maker rate
/// is a rebate). <see cref="Source"/> says where they came from (the venue's tier or endpoint), for the start-up line.
/// </summary>
public sealed record AccountFeeRates(decimal MakerRate, decimal TakerRate, string Source)
{
    public decimal MakerBps => MakerRate * 10_000m;

    public decimal TakerBps => TakerRate * 10_000m;
}
