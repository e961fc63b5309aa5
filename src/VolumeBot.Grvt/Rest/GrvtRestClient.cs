using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Auth;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// Private GRVT calls (public reads are <see cref="GrvtPublicRest"/>): reads, retried on transient answers, and
/// writes, never retried except once after a 401, which the venue refuses before looking at the order. Every call
/// carries the session; a 401 or code 1000 logs in again and repeats the call once.
/// </summary>
internal sealed class GrvtRestClient
{
    private readonly GrvtRestTransport _transport;
    private readonly GrvtAuthenticator _auth;
    private readonly GrvtEnvironment _environment;

    public GrvtRestClient(GrvtRestTransport transport, GrvtAuthenticator auth, GrvtEnvironment environment)
    {
        _transport = transport;
        _auth = auth;
        _environment = environment;
    }

    public Task<VenueResult<Envelope<T>>> ReadPrivateAsync<T>(string path, string json, JsonTypeInfo<Envelope<T>> answer, string operation, CancellationToken cancellationToken) =>
        SendPrivateAsync(path, json, answer, operation, isRead: true, cancellationToken);

    /// <param name="isSubmission">create_order: an answer that never came is an unknown outcome, not a failure.</param>
    public Task<VenueResult<Envelope<T>>> WritePrivateAsync<T>(string path, string json, JsonTypeInfo<Envelope<T>> answer, string operation, bool isSubmission, CancellationToken cancellationToken) =>
        SendPrivateAsync(path, json, answer, operation, isRead: false, cancellationToken, isSubmission);

    private async Task<VenueResult<Envelope<T>>> SendPrivateAsync<T>(string path, string json, JsonTypeInfo<Envelope<T>> answer, string operation, bool isRead, CancellationToken cancellationToken, bool isSubmission = false)
    {
        GrvtRestResponse? response = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var session = await _auth.GetSessionAsync(cancellationToken);
            if (!session.IsSuccess)
            {
                return session.Error;
            }

            var current = session.Value;
            response = isRead
                ? await _transport.WithRetriesAsync(operation, token => _transport.PostAsync(_environment.TradesUrl, path, json, current, token), cancellationToken)
                : await _transport.PostAsync(_environment.TradesUrl, path, json, current, cancellationToken);
            if (!response.NeedsLogin)
            {
                break;
            }

            _auth.Invalidate(current);
        }

        if (response!.NeedsLogin)
        {
            // the login itself was accepted (a refused key fails in GetSessionAsync and stops the run), so a session
            // refused again at once is the venue revoking sessions, not a wrong key: transient, and safe to send again
            // because a 401 is answered before the venue looks at the order
            return VenueResult<Envelope<T>>.Fail(VenueErrorKind.Unavailable, $"GRVT {operation}: session refused right after logging in again ({response.Status})");
        }

        return Read(response, answer, operation, isSubmission);
    }

    /// <summary>The payload of a 2xx answer, or the venue's error as the bot's.</summary>
    public static VenueResult<Envelope<T>> Read<T>(GrvtRestResponse response, JsonTypeInfo<Envelope<T>> answer, string operation, bool isSubmission)
    {
        if (!response.IsSuccess)
        {
            return GrvtErrorCodes.ToVenueError(response, operation, isSubmission);
        }

        try
        {
            var envelope = GrvtJson.Read(response.Body, answer);
            if (envelope is { Result: not null })
            {
                return VenueResult<Envelope<T>>.Ok(envelope);
            }
        }
        catch (JsonException)
        {
            // reported below
        }

        var kind = isSubmission ? VenueErrorKind.UnknownOutcome : VenueErrorKind.Unavailable;
        return new VenueError(kind, $"GRVT {operation}: unreadable answer (HTTP {response.Status})");
    }
}
