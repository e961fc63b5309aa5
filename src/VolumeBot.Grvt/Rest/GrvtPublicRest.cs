using System.Text.Json.Serialization.Metadata;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>Public reads on the market-data host: no session, retried on transient answers (they are idempotent).</summary>
internal sealed class GrvtPublicRest
{
    private readonly GrvtRestTransport _transport;
    private readonly Uri _marketDataUrl;

    public GrvtPublicRest(GrvtRestTransport transport, Uri marketDataUrl)
    {
        _transport = transport;
        _marketDataUrl = marketDataUrl;
    }

    public async Task<VenueResult<Envelope<T>>> ReadAsync<T>(string path, string json, JsonTypeInfo<Envelope<T>> answer, string operation, CancellationToken cancellationToken)
    {
        var response = await _transport.WithRetriesAsync(operation, token => _transport.PostAsync(_marketDataUrl, path, json, null, token), cancellationToken);
        return GrvtRestClient.Read(response, answer, operation, isSubmission: false);
    }
}
