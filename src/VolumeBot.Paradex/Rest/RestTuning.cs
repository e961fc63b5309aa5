namespace VolumeBot.Paradex.Rest;

/// <summary>Per-request timeout and read retries of the REST transport (the trading client's and the public feed's).</summary>
internal sealed record RestTuning(TimeSpan RequestTimeout, int ReadRetries, TimeSpan RetryBaseDelay, TimeSpan RetryMaxDelay);
