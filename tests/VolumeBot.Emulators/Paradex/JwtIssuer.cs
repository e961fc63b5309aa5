using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// Issues and checks the emulator's JWTs (HS256 with a per-run key; Paradex uses ES384, which clients never check).
/// Payload like Paradex's: typ at+JWT, iat, exp (seconds), sub = account. Revoking invalidates every earlier token.
/// </summary>
internal sealed class JwtIssuer
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private long _sequence;
    private long _revokedBefore;

    public JwtIssuer(TimeProvider time, TimeSpan lifetime)
    {
        _time = time;
        _lifetime = lifetime;
    }

    public int Issued => (int)Interlocked.Read(ref _sequence);

    public string Issue(string account, bool interactive = false)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var id = Interlocked.Increment(ref _sequence);
        var header = Encode("""{"alg":"HS256","typ":"JWT"}"""u8);
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["typ"] = "at+JWT",
            ["iat"] = now,
            ["exp"] = now + (long)Math.Ceiling(_lifetime.TotalSeconds),
            ["iss"] = "Paradex emulator",
            ["sub"] = account,
            ["jti"] = id,
            ["token_usage"] = interactive ? "interactive" : "default",
        }));
        return $"{header}.{payload}.{Sign(header, payload)}";
    }

    /// <summary>Every token issued so far stops working.</summary>
    public void RevokeAll() => Interlocked.Exchange(ref _revokedBefore, Interlocked.Read(ref _sequence) + 1);

    /// <summary>The account of a valid token, or null (bad signature, expired, revoked, malformed).</summary>
    public string? Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(parts[0], parts[1])), Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var expires = root.GetProperty("exp").GetInt64();
            var id = root.GetProperty("jti").GetInt64();
            if (_time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires))
            {
                return null;
            }

            return id < Interlocked.Read(ref _revokedBefore) ? null : root.GetProperty("sub").GetString();
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Whether a valid token was issued with token_usage=interactive (its orders are Retail orders).</summary>
    public bool IsInteractive(string? token)
    {
        if (Validate(token) is null)
        {
            return false;
        }

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token!.Split('.')[1]));
        return payload.RootElement.TryGetProperty("token_usage", out var usage) && usage.GetString() == "interactive";
    }

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    private string Sign(string header, string payload) => Encode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{header}.{payload}")));
}
