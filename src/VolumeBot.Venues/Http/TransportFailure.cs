namespace VolumeBot.Venues.Http;

/// <summary>Why a request got no HTTP answer.</summary>
public enum TransportFailure
{
    None,

    /// <summary>The client gave up waiting: the venue may or may not have acted.</summary>
    Timeout,

    /// <summary>No connection could be made: the request never left, so nothing happened on the venue.</summary>
    ConnectionFailed,

    /// <summary>The connection broke after the request may have been sent.</summary>
    ConnectionLost,
}
