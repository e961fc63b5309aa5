using System.IO.Compression;

namespace VolumeBot.Cli.Reports.Plot;

/// <summary>
/// Anti-aliased glyphs of printable ASCII, pre-rendered from DejaVu Sans (13 px) and DejaVu Sans Bold (17 px) into
/// chart-font.bin, so charts need no font installed on the machine. Format (zlib): "VBF1", size count; per size line
/// height and ascent; per glyph advance in 1/16 px, cell width, left offset, then the cell's alpha bytes row by row.
/// </summary>
public sealed class ChartFont
{
    private const int FirstChar = 32;
    private const int LastChar = 126;
    private static readonly Lazy<ChartFont[]> Loaded = new(Load);

    private readonly Glyph[] _glyphs;

    private ChartFont(int lineHeight, int ascent, Glyph[] glyphs)
    {
        LineHeight = lineHeight;
        Ascent = ascent;
        _glyphs = glyphs;
    }

    public static ChartFont Regular => Loaded.Value[0];

    public static ChartFont Bold => Loaded.Value[1];

    public int LineHeight { get; }

    public int Ascent { get; }

    public double Measure(string text) => text.Sum(c => GlyphFor(c).Advance);

    internal Glyph GlyphFor(char c) => _glyphs[c is >= (char)FirstChar and <= (char)LastChar ? c - FirstChar : '?' - FirstChar];

    internal sealed record Glyph(double Advance, int Width, int Left, byte[] Alpha);

    private static ChartFont[] Load()
    {
        using var resource = typeof(ChartFont).Assembly.GetManifestResourceStream("VolumeBot.Cli.Reports.Plot.chart-font.bin")
            ?? throw new InvalidOperationException("chart-font.bin is not embedded");
        using var zlib = new ZLibStream(resource, CompressionMode.Decompress);
        using var reader = new BinaryReader(zlib);
        if (new string(reader.ReadChars(4)) != "VBF1")
        {
            throw new InvalidDataException("chart-font.bin: unknown format");
        }

        var fonts = new ChartFont[reader.ReadByte()];
        for (var f = 0; f < fonts.Length; f++)
        {
            var lineHeight = reader.ReadByte();
            var ascent = reader.ReadByte();
            var glyphs = new Glyph[LastChar - FirstChar + 1];
            for (var g = 0; g < glyphs.Length; g++)
            {
                var advance = reader.ReadUInt16() / 16.0;
                var width = reader.ReadByte();
                var left = reader.ReadSByte();
                glyphs[g] = new Glyph(advance, width, left, reader.ReadBytes(width * lineHeight));
            }

            fonts[f] = new ChartFont(lineHeight, ascent, glyphs);
        }

        return fonts;
    }
}
