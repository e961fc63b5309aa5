using System.Globalization;
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

    public void Info(FormattableString message) => _logger.Information("{Text:l}", Render(message));

    public void Warn(FormattableString message) => _logger.Warning("{Text:l}", Render(message));

    public void Error(FormattableString message) => _logger.Error("{Text:l}", Render(message));

    public void Error(Exception exception, FormattableString message) =>
        _logger.Error(exception, "{Text:l}", Render(message));

    /// <summary>Invariant culture; a decimal without a format loses trailing zeros (0.010 sums of fills read 0.01).</summary>
    public static string Render(FormattableString message) => message.ToString(PlainNumbers.Instance);

    public static string Tag(OrderPurpose purpose) => purpose switch
    {
        OrderPurpose.Open => "OPEN",
        OrderPurpose.TakeProfit => "CLOSE",
        OrderPurpose.Close => "CLOSE",
        _ => "RECONCILE",
    };

    private sealed class PlainNumbers : IFormatProvider, ICustomFormatter
    {
        public static readonly PlainNumbers Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            decimal value when format is null => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? "",
        };
    }
}
