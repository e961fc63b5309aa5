using System.Globalization;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>One layer of --close layered-ioc: an IOC for <see cref="SharePercent"/> of what is left, <see cref="Bps"/> through the mid.</summary>
public sealed record IocLayer(decimal SharePercent, decimal Bps)
{
    public const string DefaultText = "50%@1,70%@5";

    public static IReadOnlyList<IocLayer> Default { get; } = Parse(DefaultText).Layers!;

    /// <summary>Reads "50%@1,70%@5"; the error names the layer that is wrong.</summary>
    public static (IReadOnlyList<IocLayer>? Layers, string? Error) Parse(string text)
    {
        var layers = new List<IocLayer>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('@', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !pieces[0].EndsWith('%')
                || !decimal.TryParse(pieces[0][..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var share)
                || !decimal.TryParse(pieces[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var bps))
            {
                return (null, $"--ioc-layers takes SHARE%@BPS layers such as {DefaultText} (got '{part}' in '{text}')");
            }

            if (share is <= 0 or > 100 || bps < 0)
            {
                return (null, $"--ioc-layers: a layer's share must be over 0% and at most 100%, its bps 0 or more (got '{part}')");
            }

            layers.Add(new IocLayer(share, bps));
        }

        return layers.Count == 0 ? (null, $"--ioc-layers needs at least one layer such as {DefaultText}") : (layers, null);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SharePercent}%@{Bps}");
}
