using System.Diagnostics;

namespace VolumeBot.Cli.Tests.Deploy;

/// <summary>`dotnet publish src/VolumeBot.Cli -c Release -o publish` as the Dockerfile expects it, made once for the tests that need it.</summary>
public sealed class PublishedBuild : IDisposable
{
    public PublishedBuild()
    {
        Root = RepositoryRoot();
        Directory = System.IO.Directory.CreateTempSubdirectory("volumebot-publish-").FullName;
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(Root, "src", "VolumeBot.Cli"), "-c", "Release", "-o", Path.Combine(Directory, "publish"), "-nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        publish.WaitForExit();
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed: {output.Result}{error.Result}");
        ScratchDirectory.Chmod(Directory, (UnixFileMode)0b111_101_101);
    }

    /// <summary>The repository the tests were built from.</summary>
    public string Root { get; }

    /// <summary>A build context like the repository's: publish/ inside it.</summary>
    public string Directory { get; }

    public string Program => Path.Combine(Directory, "publish", "volumebot.dll");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VolumeBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("VolumeBot.sln not found above the test binaries");
    }
}
