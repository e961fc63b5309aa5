namespace VolumeBot.Paradex.Tests.Support;

/// <summary>Waits for a condition to hold (polling), failing with a message after a timeout. Never a bare sleep.</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {timeoutMs} ms waiting for {what}");
            }

            await Task.Delay(10);
        }
    }

    public static async Task WaitAsync(Func<Task<bool>> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {timeoutMs} ms waiting for {what}");
            }

            await Task.Delay(20);
        }
    }
}
