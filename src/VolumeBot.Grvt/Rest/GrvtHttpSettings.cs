namespace VolumeBot.Grvt.Rest;

/// <summary>Per-request timeout, the read retry budget and where retries are logged, shared by the trading client and the public data feed.</summary>
internal sealed record GrvtHttpSettings(TimeSpan RequestTimeout, int ReadRetries, TimeSpan RetryBaseDelay, TimeSpan RetryMaxDelay, Serilog.ILogger? Logger = null);
