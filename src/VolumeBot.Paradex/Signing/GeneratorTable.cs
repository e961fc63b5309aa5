namespace VolumeBot.Paradex.Signing;

/// <summary>Fixed-base table for the generator G (built once, on first use).</summary>
internal static class GeneratorTable
{
    public static readonly FixedBaseTable Instance = FixedBaseTable.Build(AffinePoint.Generator, 252);

    public static JacobianPoint Multiply(Felt scalar) => Instance.Multiply(scalar);
}
