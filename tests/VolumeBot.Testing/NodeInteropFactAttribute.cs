using Xunit;

namespace VolumeBot.Testing;

/// <summary>
/// A test against the official JavaScript tooling. It always runs in CI (CI=true), where a missing node or npm fails
/// it; on a developer machine without Node.js it is reported as skipped, so the README's test command still works
/// with only the .NET SDK.
/// </summary>
public sealed class NodeInteropFactAttribute : FactAttribute
{
    public NodeInteropFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && !NodeOnPath())
        {
            Skip = "Node.js is not installed; this interop test needs node and npm (CI always runs it)";
        }
    }

    private static bool NodeOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "node")));
}
