using Serilog;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The activity log as traders grep it: plain text lines, numbers in invariant culture, no quoting of values.
/// </summary>
public sealed class ActivityLog
{
    private readonly ILogger _logger;

    public ActivityLog(ILogger logger)
    {
        _logger = logger;
    }

    public void Info(FormattableString message) => _logger.Information("{Text:l}", FormattableString.Invariant(message));

    public void Warn(FormattableString message) => _logger.Warning("{Text:l}", FormattableString.Invariant(message));

    public void Error(FormattableString message) => _logger.Error("{Text:l}", FormattableString.Invariant(message));

    public void Error(Exception exception, FormattableString message) =>
        _logger.Error(exception, "{Text:l}", FormattableString.Invariant(message));

    public static string Tag(OrderPurpose purpose) => purpose switch
    {
        OrderPurpose.Open => "OPEN",
        OrderPurpose.TakeProfit => "CLOSE",
        OrderPurpose.Close => "CLOSE",
        _ => "RECONCILE",
    };
}
