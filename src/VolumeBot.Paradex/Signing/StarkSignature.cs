using System.Globalization;
using System.Text.Json;

namespace VolumeBot.Paradex.Signing;

/// <summary>A Stark ECDSA signature (r, s).</summary>
public readonly record struct StarkSignature(Felt R, Felt S)
{
    /// <summary>
    /// Wire form for <c>PARADEX-STARKNET-SIGNATURE</c> and the order <c>signature</c> field:
    /// <c>["&lt;r decimal&gt;","&lt;s decimal&gt;"]</c> without spaces.
    /// </summary>
    public string ToHeaderValue() => string.Create(
        CultureInfo.InvariantCulture,
        $"[\"{R.ToDecimalString()}\",\"{S.ToDecimalString()}\"]");

    /// <summary>Parses the wire form (decimal or 0x-hex strings in a JSON array).</summary>
    public static StarkSignature ParseHeaderValue(string headerValue)
    {
        var parts = JsonSerializer.Deserialize(headerValue, Rest.ParadexJson.Default.StringArray)
            ?? throw new FormatException("Signature is not a JSON array.");
        if (parts.Length != 2)
        {
            throw new FormatException("Signature must have exactly two elements.");
        }

        return new StarkSignature(Felt.Parse(parts[0]), Felt.Parse(parts[1]));
    }

    /// <summary>Redacted: signatures stay out of logs and exception text; use <see cref="ToHeaderValue"/> on the wire.</summary>
    public override string ToString() => "StarkSignature(***)";
}
