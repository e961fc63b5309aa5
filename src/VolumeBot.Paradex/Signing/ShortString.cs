namespace VolumeBot.Paradex.Signing;

/// <summary>Cairo short strings: up to 31 ASCII characters read as a big-endian integer.</summary>
public static class ShortString
{
    public const int MaxLength = 31;

    public static Felt Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"Short strings hold at most {MaxLength} characters.", nameof(text));
        }

        Span<byte> bytes = stackalloc byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                throw new ArgumentException("Short strings must be ASCII.", nameof(text));
            }

            bytes[i] = (byte)text[i];
        }

        return Felt.FromBytesBigEndian(bytes);
    }
}
