namespace VolumeBot.Grvt.Signing;

/// <summary>Signature expirations: unix nanoseconds, in the future and at most 30 days ahead (error 2008 beyond).</summary>
public static class GrvtSignatureExpiration
{
    public static readonly TimeSpan VenueMaximum = TimeSpan.FromDays(30);

    /// <summary>Kept below the venue maximum so a local clock running ahead does not push us over the cap.</summary>
    public static readonly TimeSpan ClockSkewMargin = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan MaxLifetime = VenueMaximum - ClockSkewMargin;

    /// <summary>The SDK default, used for IOC and market orders.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    /// <summary>For resting post-only orders that should live as long as the venue allows.</summary>
    public static readonly TimeSpan RestingOrderLifetime = MaxLifetime;

    /// <summary>now + lifetime in unix nanoseconds, with the lifetime capped at <see cref="MaxLifetime"/>.</summary>
    public static long FromNow(TimeProvider time, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (lifetime <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "Signature lifetime must be positive.");
        if (lifetime > MaxLifetime)
            lifetime = MaxLifetime;
        return ToUnixNanoseconds(time.GetUtcNow() + lifetime);
    }

    /// <summary>DateTime ticks are 100 ns.</summary>
    public static long ToUnixNanoseconds(DateTimeOffset instant) =>
        checked((instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100);
}
