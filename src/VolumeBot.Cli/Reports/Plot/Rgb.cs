namespace VolumeBot.Cli.Reports.Plot;

public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);

    public static Rgb Ink { get; } = new(40, 40, 46);

    public static Rgb Muted { get; } = new(100, 100, 110);

    public static Rgb Grid { get; } = new(228, 228, 234);

    public static Rgb Frame { get; } = new(170, 170, 180);

    /// <summary>Distinct line colours (Tableau 10), one per book.</summary>
    public static IReadOnlyList<Rgb> Series { get; } =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40), new(148, 103, 189),
        new(140, 86, 75), new(227, 119, 194), new(127, 127, 127), new(188, 189, 34), new(23, 190, 207),
    ];
}
