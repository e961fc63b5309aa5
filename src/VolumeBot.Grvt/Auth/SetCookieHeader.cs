using System.Globalization;

namespace VolumeBot.Grvt.Auth;

/// <summary>Reads one cookie's value and lifetime out of Set-Cookie header values.</summary>
internal static class SetCookieHeader
{
    /// <summary>The named cookie's value and expiry (Max-Age wins over Expires; null when neither is given).</summary>
    public static (string Value, DateTimeOffset? Expires)? Find(IEnumerable<string> headers, string name, DateTimeOffset now)
    {
        foreach (var header in headers)
        {
            var parts = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !parts[0].StartsWith(name + "=", StringComparison.Ordinal))
            {
                continue;
            }

            var value = parts[0][(name.Length + 1)..];
            DateTimeOffset? expires = null;
            foreach (var attribute in parts.Skip(1))
            {
                var (key, text) = Split(attribute);
                if (key.Equals("max-age", StringComparison.OrdinalIgnoreCase) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                {
                    return (value, now + TimeSpan.FromSeconds(seconds));
                }

                if (key.Equals("expires", StringComparison.OrdinalIgnoreCase)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                {
                    expires = at;
                }
            }

            return (value, expires);
        }

        return null;
    }

    private static (string Key, string Value) Split(string attribute)
    {
        var equals = attribute.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (attribute, "") : (attribute[..equals].Trim(), attribute[(equals + 1)..].Trim());
    }
}
