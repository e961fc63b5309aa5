namespace VolumeBot.Core.Budget;

/// <summary>One rolling window of a venue's order limit: at most <paramref name="Limit"/> orders in any <paramref name="Length"/>.</summary>
public sealed record BudgetWindow(TimeSpan Length, int Limit)
{
    public string Name => Length.TotalSeconds switch
    {
        1 => "1 s",
        60 => "60 s",
        3_600 => "1 h",
        86_400 => "24 h",
        var s => $"{s} s",
    };
}
