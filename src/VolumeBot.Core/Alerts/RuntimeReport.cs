using System.Globalization;
using System.Text;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Alerts;

/// <summary>Spec 2.11's enhanced runtime report, sent every 30 minutes (the first 30 minutes after the start, not a report of zeros at t = 0).</summary>
public static class RuntimeReport
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    public static string Build(BotSettings settings, RunSummary summary, decimal position, int closeOrders, TopOfBook? top, DateTimeOffset now, TimeZoneInfo zone)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(settings.Boost ? $"📈 [Boost刷量报告] {settings.Label}" : $"📈 [网格交易报告] {settings.Label}");
        text.AppendLine("━━━━━━━━━━━━━━━━━━━━━━");
        text.AppendLine(string.Create(c, $"⏰ 报告时间: {TimeZoneInfo.ConvertTime(now, zone):yyyy-MM-dd HH:mm:ss}"));
        text.AppendLine($"🕐 运行时长: {Runtime(summary.RunTime)}");
        text.AppendLine();
        text.AppendLine("【交易成果】💎");
        var hours = (decimal)Math.Max(summary.RunTime.TotalHours, 1e-9);
        text.AppendLine(string.Create(c, $"- 累计成交: {summary.Fills}次, {summary.BaseVolume:#,##0.0000} / ${summary.QuoteVolume:#,##0.00}"));
        text.AppendLine(string.Create(c, $"- 成交频率: {summary.Fills / hours:0.0}次/小时"));
        if (settings.UseIoc && summary.IocFull + summary.IocPartial + summary.IocFailed > 0)
        {
            var attempts = summary.IocFull + summary.IocPartial + summary.IocFailed;
            text.AppendLine();
            text.AppendLine("【IOC优化】✨");
            text.AppendLine(string.Create(c, $"- 尝试: {attempts}, 完全成交: {summary.IocFull} ({100m * summary.IocFull / attempts:0.0}%), 部分成交: {summary.IocPartial}, 市价兜底: {summary.MarketFallbacks}"));
            text.AppendLine(string.Create(c, $"- 成功率: {100m * (summary.IocFull + summary.IocPartial) / attempts:0.0}%, 估计节省: ${summary.EstimatedSavings:0.0000}"));
        }

        var positionOk = settings.Boost ? Math.Abs(position) <= 2 * settings.Quantity : Math.Abs(position) <= settings.Quantity * settings.MaxOrders;
        var ordersOk = settings.Boost ? closeOrders == 0 : closeOrders <= settings.MaxOrders;
        text.AppendLine();
        text.AppendLine("【仓位检查】");
        text.AppendLine(string.Create(c, $"- 当前持仓: {position:0.0000} {(positionOk ? "✅" : "⚠️ 异常")}"));
        text.AppendLine(string.Create(c, $"- 活跃平仓单: {closeOrders} {(ordersOk ? "✅" : "⚠️")}"));
        text.AppendLine(settings.Boost ? "- 预期: 持仓和平仓单都应接近0" : string.Create(c, $"- 预期: 平仓单≤{settings.MaxOrders}, 持仓≤{settings.Quantity * settings.MaxOrders:0.0000}"));
        text.AppendLine(positionOk && ordersOk ? "- 状态: ✅ 正常" : "- 状态: ⚠️ 检测到异常，请关注");
        if (top is { IsUsable: true })
        {
            text.AppendLine();
            text.AppendLine("【市场行情】");
            var spread = top.BestAsk - top.BestBid;
            text.AppendLine(string.Create(c, $"- 买一 ${top.BestBid:#,##0.00} / 卖一 ${top.BestAsk:#,##0.00}, 价差 ${spread:0.00} ({spread / top.Mid * 100:0.000}%)"));
        }

        text.AppendLine();
        text.AppendLine("【成本分析】💰");
        text.AppendLine(string.Create(c, $"- 手续费: ${summary.MakerFees + summary.TakerFees:0.0000} (maker ${summary.MakerFees:0.0000}, taker ${summary.TakerFees:0.0000})"));
        text.AppendLine(string.Create(c, $"- 滑点: ${summary.Slippage:0.0000}, 总成本: ${summary.TotalCost:0.0000} ({summary.CostBps:0.00} bps, 万{summary.CostBps:0.0})"));
        return text.ToString().TrimEnd();
    }

    private static string Runtime(TimeSpan runtime) => runtime.TotalHours >= 1
        ? $"{(int)runtime.TotalHours}小时{runtime.Minutes}分钟"
        : runtime.TotalMinutes >= 1 ? $"{runtime.Minutes}分钟{runtime.Seconds}秒" : $"{runtime.Seconds}秒";
}
