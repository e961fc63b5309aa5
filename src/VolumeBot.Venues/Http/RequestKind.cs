namespace VolumeBot.Venues.Http;

/// <summary>
/// What a request does decides its retry policy and how its failure is judged: a read is asked again with back-off;
/// a submission is never sent twice blindly (an answer that never came is an unknown outcome: the order may exist);
/// a cancel is sent once and the loop looks the order up.
/// </summary>
public enum RequestKind
{
    Read,
    Submit,
    Cancel,
}
