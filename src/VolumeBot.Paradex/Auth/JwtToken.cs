using System.Buffers.Text;
using System.Text.Json;

namespace VolumeBot.Paradex.Auth;

/// <summary>
/// A Paradex JWT with the times the client acts on. The lifetime is read from the token (exp − iat) and counted
/// from when the token arrived, so a skewed local clock does not matter. ToString never shows the token.
/// </summary>
internal sealed class JwtToken
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    private JwtToken(string bearer, DateTimeOffset receivedAt, TimeSpan lifetime)
    {
        Bearer = bearer;
        ReceivedAt = receivedAt;
        ExpiresAt = receivedAt + lifetime;
        RefreshAt = receivedAt + lifetime * 0.75;
    }

    public string Bearer { get; }

    public DateTimeOffset ReceivedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>A quarter of the lifetime before expiry (about 75 s for the 5-minute Paradex token).</summary>
    public DateTimeOffset RefreshAt { get; }

    public static JwtToken From(string bearer, DateTimeOffset receivedAt) => new(bearer, receivedAt, LifetimeOf(bearer));

    public bool IsFresh(DateTimeOffset now) => now < RefreshAt;

    public override string ToString() => $"JwtToken(received {ReceivedAt:HH:mm:ss}, refresh at {RefreshAt:HH:mm:ss})";

    private static TimeSpan LifetimeOf(string bearer)
    {
        var parts = bearer.Split('.');
        if (parts.Length != 3)
        {
            return DefaultLifetime;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var expires)
                && root.TryGetProperty("iat", out var iat) && iat.TryGetInt64(out var issued) && expires > issued)
            {
                return TimeSpan.FromSeconds(Math.Min(expires - issued, TimeSpan.FromDays(1).TotalSeconds));
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // an opaque token: assume the documented lifetime
        }

        return DefaultLifetime;
    }
}
