namespace VolumeBot.Cli.Reports.Plot;

/// <summary>An RGB raster with just what a line chart needs: rectangles, anti-aliased polylines and text.</summary>
public sealed class RgbCanvas
{
    private readonly byte[] _pixels;

    public RgbCanvas(int width, int height, Rgb background)
    {
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    public void FillRect(int x, int y, int width, int height, Rgb color)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
            {
                Blend(column, row, color, 1);
            }
        }
    }

    public void HorizontalLine(int x0, int x1, int y, Rgb color) => FillRect(x0, y, x1 - x0 + 1, 1, color);

    public void VerticalLine(int x, int y0, int y1, Rgb color) => FillRect(x, y0, 1, y1 - y0 + 1, color);

    /// <summary>
    /// A polyline of the given width, clipped to a rectangle. Coverage is the max over segments (not a sum), so joints
    /// do not darken.
    /// </summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, double width, Rgb color, (int X, int Y, int Width, int Height) clip)
    {
        if (points.Count == 0)
        {
            return;
        }

        var coverage = new float[clip.Width * clip.Height];
        var half = width / 2;
        if (points.Count == 1)
        {
            Segment(points[0], points[0], half + 1, coverage, clip);
        }

        for (var i = 1; i < points.Count; i++)
        {
            Segment(points[i - 1], points[i], half, coverage, clip);
        }

        for (var row = 0; row < clip.Height; row++)
        {
            for (var column = 0; column < clip.Width; column++)
            {
                var alpha = coverage[row * clip.Width + column];
                if (alpha > 0)
                {
                    Blend(clip.X + column, clip.Y + row, color, alpha);
                }
            }
        }
    }

    public void Text(string text, double x, double y, ChartFont font, Rgb color)
    {
        var pen = x;
        foreach (var c in text)
        {
            var glyph = font.GlyphFor(c);
            var left = (int)Math.Round(pen) + glyph.Left;
            for (var row = 0; row < font.LineHeight; row++)
            {
                for (var column = 0; column < glyph.Width; column++)
                {
                    var alpha = glyph.Alpha[row * glyph.Width + column];
                    if (alpha > 0)
                    {
                        Blend(left + column, (int)Math.Round(y) + row, color, alpha / 255f);
                    }
                }
            }

            pen += glyph.Advance;
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        PngEncoder.Write(file, Width, Height, _pixels);
    }

    private static void Segment((double X, double Y) a, (double X, double Y) b, double half, float[] coverage, (int X, int Y, int Width, int Height) clip)
    {
        var reach = half + 1;
        var x0 = Math.Max(clip.X, (int)Math.Floor(Math.Min(a.X, b.X) - reach));
        var x1 = Math.Min(clip.X + clip.Width - 1, (int)Math.Ceiling(Math.Max(a.X, b.X) + reach));
        var y0 = Math.Max(clip.Y, (int)Math.Floor(Math.Min(a.Y, b.Y) - reach));
        var y1 = Math.Min(clip.Y + clip.Height - 1, (int)Math.Ceiling(Math.Max(a.Y, b.Y) + reach));
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var lengthSquared = dx * dx + dy * dy;
        for (var py = y0; py <= y1; py++)
        {
            for (var px = x0; px <= x1; px++)
            {
                // distance from the pixel centre to the segment
                var cx = px + 0.5 - a.X;
                var cy = py + 0.5 - a.Y;
                var t = lengthSquared == 0 ? 0 : Math.Clamp((cx * dx + cy * dy) / lengthSquared, 0, 1);
                var ex = cx - t * dx;
                var ey = cy - t * dy;
                var cover = (float)Math.Clamp(half + 0.5 - Math.Sqrt(ex * ex + ey * ey), 0, 1);
                var index = (py - clip.Y) * clip.Width + (px - clip.X);
                if (cover > coverage[index])
                {
                    coverage[index] = cover;
                }
            }
        }
    }

    private void Blend(int x, int y, Rgb color, float alpha)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            return;
        }

        var i = (y * Width + x) * 3;
        _pixels[i] = Mix(_pixels[i], color.R, alpha);
        _pixels[i + 1] = Mix(_pixels[i + 1], color.G, alpha);
        _pixels[i + 2] = Mix(_pixels[i + 2], color.B, alpha);
    }

    private static byte Mix(byte under, byte over, float alpha) => (byte)Math.Round(under + (over - under) * alpha);
}
