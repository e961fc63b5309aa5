namespace VolumeBot.Paradex.Signing;

/// <summary>Fixed-base table for the generator G (built once, on first use).</summary>
internal static class GeneratorTable
{
    internal const int WindowBits = 11;

    public static readonly FixedBaseTable Instance = FixedBaseTable.Build(AffinePoint.Generator, 252, WindowBits);

    public static JacobianPoint Multiply(Felt scalar) => Instance.Multiply(scalar);
}
