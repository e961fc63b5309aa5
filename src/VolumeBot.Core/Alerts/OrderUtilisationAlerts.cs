using System.Globalization;

namespace VolumeBot.Core.Alerts;

/// <summary>
/// Spec 2.10: when resting take-profits reach 50 %, 80 % and 100 % of --max-orders, one alert each, once per run.
/// </summary>
public sealed class OrderUtilisationAlerts(IAlertSink sink, string label, int maxOrders)
{
    private static readonly int[] ThresholdsPercent = [50, 80, 100];
    private readonly HashSet<int> _sent = [];

    public void Check(int closeOrders)
    {
        if (maxOrders <= 0)
        {
            return;
        }

        var utilisation = (decimal)closeOrders / maxOrders;
        foreach (var threshold in ThresholdsPercent)
        {
            if (utilisation * 100 >= threshold && _sent.Add(threshold))
            {
                sink.Send(string.Create(CultureInfo.InvariantCulture,
                    $"🚨 风险提醒 | {label} 当前已有 {closeOrders}/{maxOrders} (≈{utilisation * 100:0.0}%) 平仓单，达到 {threshold}% 阈值，请注意潜在下跌风险。"));
            }
        }
    }
}
