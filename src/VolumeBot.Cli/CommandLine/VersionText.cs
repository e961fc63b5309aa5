using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace VolumeBot.Cli.CommandLine;

/// <summary>`volumebot --version`: the package version (distinct for every commit) and the commit it was built from.</summary>
public sealed class VersionText : SynchronousCommandLineAction
{
    public static string Version
    {
        get
        {
            var informational = typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            return informational.Split('+')[0];
        }
    }

    /// <summary>The commit stamped in at build time (git rev-parse), or "unknown" for a build without git.</summary>
    public static string Commit =>
        typeof(VersionText).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitCommit")?.Value is { Length: > 0 } commit
            ? commit
            : "unknown";

    public static string Line => $"volumebot {Version} (commit {Commit})";

    public override bool ClearsParseErrors => true;

    public static void Install(RootCommand root) => root.Options.OfType<VersionOption>().Single().Action = new VersionText();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Line);
        return 0;
    }
}
