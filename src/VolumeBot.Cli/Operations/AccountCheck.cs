using System.Globalization;
using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Operations;

/// <summary>
/// `volumebot check`: what the venue sees of the account before a run (keys, market rules, free collateral, fees,
/// position, open orders, clock), and whether a live run with these settings could start. Reads only: it places and
/// cancels nothing. The report names variables, never their values.
/// </summary>
public static class AccountCheck
{
    public const int Ready = 0;
    public const int NotReady = 1;

    /// <summary>A clock further off than this gets a warning: signed requests carry timestamps the venues check.</summary>
    private static readonly TimeSpan ClockWarning = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(RunOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var settings = options.Settings;
        var c = CultureInfo.InvariantCulture;
        if (options.Paper)
        {
            await output.WriteLineAsync($"Settings are valid: a paper run on {settings.Venue} {settings.Ticker} needs no keys and places no real order.");
            return Ready;
        }

        if (VenueFactory.Precheck(options) is { } precheck)
        {
            return await FailAsync(error, precheck);
        }

        var (venue, venueError) = VenueFactory.Create(options, TimeProvider.System, Serilog.Core.Logger.None);
        if (venue is null)
        {
            return await FailAsync(error, venueError!);
        }

        await using var lifetime = venue;
        var (endpoint, _) = VenueEndpoint.For(options);
        await output.WriteLineAsync($"Checking {settings.Venue} {settings.Ticker}{(endpoint is null ? "" : $" ({endpoint.Environment}={endpoint.EnvironmentName}, {string.Join(", ", endpoint.Hosts)})")}; nothing is placed or cancelled.");
        var connected = await venue.ConnectAsync(cancellationToken);
        if (!connected.IsSuccess)
        {
            return await FailAsync(error, endpoint is null ? connected.Error.Message : endpoint.DescribeConnectFailure(connected.Error));
        }

        var rules = connected.Value;
        await output.WriteLineAsync("  Keys: accepted by the venue");
        var max = rules.MaxOrderSize is { } size ? string.Format(c, ", max order {0}", size) : "";
        var leverage = rules.InitialMarginFraction is { } fraction and > 0 ? string.Format(c, ", up to {0:0.#}x", 1m / fraction) : "";
        await output.WriteLineAsync(string.Format(c, "  Market: {0}: tick {1}, size step {2}, min size {3}, min notional {4}{5}{6}", rules.Symbol, rules.TickSize, rules.SizeIncrement, rules.MinSize, rules.MinNotional, max, leverage));

        var top = await venue.GetTopOfBookAsync(cancellationToken);
        if (!top.IsSuccess || !top.Value.IsUsable)
        {
            return await FailAsync(error, $"no usable bid/ask on {rules.Symbol}{(top.IsSuccess ? "" : $": {top.Error.Message}")}");
        }

        await output.WriteLineAsync(string.Format(c, "  Book: bid {0}, ask {1}", top.Value.BestBid, top.Value.BestAsk));
        var capacity = await venue.GetAccountCapacityAsync(cancellationToken);
        if (!capacity.IsSuccess)
        {
            return await FailAsync(error, $"the account could not be read: {capacity.Error.Message}");
        }

        await output.WriteLineAsync(string.Format(c, "  Account: free collateral {0:0.##} USDT", capacity.Value.FreeCollateral));
        var fees = await venue.GetFeeRatesAsync(cancellationToken);
        await output.WriteLineAsync(fees is { IsSuccess: true, Value: { } rates }
            ? string.Format(c, "  Fees: maker {0:0.##} bps, taker {1:0.##} bps ({2})", rates.MakerBps, rates.TakerBps, rates.Source)
            : "  Fees: the venue does not report this account's rates");
        var position = await venue.GetPositionAsync(cancellationToken);
        await output.WriteLineAsync(position.IsSuccess
            ? position.Value.SignedSize == 0 ? "  Position: flat" : string.Format(c, "  Position: {0} {1} base", position.Value.Side == Side.Buy ? "long" : "short", position.Value.Size)
            : $"  Position: unknown ({position.Error.Message})");
        var orders = await venue.GetOpenOrdersAsync(cancellationToken);
        if (orders.IsSuccess)
        {
            var ids = new ClientOrderIds(venue.ClientOrderIdKey, Random.Shared);
            var own = orders.Value.Count(o => ids.IsOwn(o.ClientOrderId));
            await output.WriteLineAsync(string.Format(c, "  Open orders: {0} ({1} placed by volumebot with these keys, {2} by someone else)", orders.Value.Count, own, orders.Value.Count - own));
        }
        else
        {
            await output.WriteLineAsync($"  Open orders: unknown ({orders.Error.Message})");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var offset = await VenueClock.OffsetAsync(options, http, TimeProvider.System, cancellationToken);
        await output.WriteLineAsync(offset is { } skew
            ? string.Format(c, "  Clock: this machine is {0:0.000} s {1} {2}{3}", Math.Abs(skew.TotalSeconds), skew >= TimeSpan.Zero ? "behind" : "ahead of", settings.Venue, skew.Duration() > ClockWarning ? " (WARNING: sync the clock, e.g. with NTP; signed requests carry timestamps)" : "")
            : "  Clock: the venue's time could not be read");

        if (QuantityProblem(settings.Quantity, top.Value.Mid, rules, capacity.Value) is { } problem)
        {
            return await FailAsync(error, problem);
        }

        await output.WriteLineAsync(string.Format(c, "Ready: a live run with --quantity {0} ({1:0.##} USDT of notional) could start.", settings.Quantity, settings.Quantity * top.Value.Mid));
        return Ready;
    }

    /// <summary>What the bot's own start-up refuses about the order size, with no margin at all named as such.</summary>
    private static string? QuantityProblem(decimal quantity, decimal mid, MarketRules rules, AccountCapacity capacity)
    {
        if (capacity.FreeCollateral <= 0)
        {
            return string.Format(CultureInfo.InvariantCulture, "the account has no margin: free collateral is {0:0.##} USDT; deposit collateral before trading", capacity.FreeCollateral);
        }

        if (OrderQuantity.Problem(quantity, rules) is { } problem)
        {
            return problem;
        }

        var notional = quantity * mid;
        return notional < rules.MinNotional
            ? string.Format(CultureInfo.InvariantCulture, "order notional is less than min notional: {0:0.##} < {1} on {2}", notional, rules.MinNotional, rules.Symbol)
            : AccountCapacityCheck.Refusal(quantity, mid, rules, capacity);
    }

    private static async Task<int> FailAsync(TextWriter error, string reason)
    {
        await error.WriteLineAsync($"Error: {reason}");
        return NotReady;
    }
}
