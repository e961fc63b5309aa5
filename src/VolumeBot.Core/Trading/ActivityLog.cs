using System.Globalization;
using Microsoft.Extensions.Logging;

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

    public void Info(FormattableString message) => Write(LogLevel.Information, null, message);

    public void Warn(FormattableString message) => Write(LogLevel.Warning, null, message);

    public void Error(FormattableString message) => Write(LogLevel.Error, null, message);

    public void Error(Exception exception, FormattableString message) => Write(LogLevel.Error, exception, message);

    /// <summary>Invariant culture; a decimal without a format loses trailing zeros (0.010 sums of fills read 0.01).</summary>
    public static string Render(FormattableString message) => message.ToString(PlainNumbers.Instance);

    /// <summary>The rendered line is the state itself, so a provider prints it as it is (no template, no quoting).</summary>
    private void Write(LogLevel level, Exception? exception, FormattableString message)
    {
        if (_logger.IsEnabled(level))
        {
            _logger.Log(level, default, Render(message), exception, static (text, _) => text);
        }
    }

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
