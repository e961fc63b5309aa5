namespace VolumeBot.Grvt.Rest;

/// <summary>Per-request timeout and the read retry budget, shared by the trading client and the public data feed.</summary>
internal sealed record GrvtHttpSettings(TimeSpan RequestTimeout, int ReadRetries, TimeSpan RetryBaseDelay, TimeSpan RetryMaxDelay);
