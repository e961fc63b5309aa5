namespace VolumeBot.Paradex.Rest.Models;

/// <summary>
/// GET /account/info: the docs wrap the account in <c>results</c>; some clients read <c>fees</c> at the top level,
/// so both are accepted.
/// </summary>
internal sealed record AccountInfoPage(List<AccountInfoWire>? Results, AccountFeesWire? Fees);

/// <summary>One account's info: its kind and the fee rates it pays.</summary>
internal sealed record AccountInfoWire(string? Kind, AccountFeesWire? Fees);

/// <summary>The account's perpetual maker and taker rates as fractions of notional ("0.00003" = 0.3 bps).</summary>
internal sealed record AccountFeesWire(string? MakerRate, string? TakerRate);
