using System.Diagnostics;
using System.Text.RegularExpressions;

namespace VolumeBot.Cli.Tests.Deploy;

/// <summary>
/// What the Dockerfile runs: the published build, as an unprivileged user, logs on a volume, keys from the
/// environment. The entry point is tested wherever the suite runs; the image itself where a container engine can run.
/// </summary>
public partial class ContainerTests(PublishedBuild published) : IClassFixture<PublishedBuild>
{
    /// <summary>The Dockerfile's user.</summary>
    private const int ImageUser = 10001;

    [Fact]
    public async Task The_published_entry_point_trades_paper_as_an_unprivileged_user_with_logs_in_its_volume()
    {
        var (versionExit, version) = await RunPublishedAsync(["--version"]);
        using (version)
        {
            Assert.Equal(0, versionExit);
            Assert.Matches(VersionLine(), version.Stdout.Trim());
        }

        // the image's /data: a volume the unprivileged user may write, apart from the program's files
        var volume = Directory.CreateTempSubdirectory("volumebot-volume-").FullName;
        ScratchDirectory.Chmod(volume, (UnixFileMode)0b111_111_111);
        try
        {
            var logs = Path.Combine(volume, "logs");
            var (exit, run) = await RunPublishedAsync(["--paper", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--max-cycles", "2", "--no-live", "--log-dir", logs]);
            using (run)
            {
                Assert.True(exit == 0, run.Stdout + run.Stderr);
                Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
                var trades = Path.Combine(logs, "paradex_BTC_farm-1_orders.csv");
                Assert.True(File.Exists(trades), run.Stdout);
                Assert.Equal(Environment.IsPrivilegedProcess ? VolumebotProcess.Nobody : OwnerOf(volume), OwnerOf(trades));
            }
        }
        finally
        {
            Directory.Delete(volume, recursive: true);
        }
    }

    [DockerFact]
    public async Task The_image_builds_and_trades_paper_as_a_non_root_user_with_logs_on_the_volume()
    {
        var context = published.Directory;
        File.Copy(Path.Combine(published.Root, "Dockerfile"), Path.Combine(context, "Dockerfile"), overwrite: true);
        File.Copy(Path.Combine(published.Root, ".dockerignore"), Path.Combine(context, ".dockerignore"), overwrite: true);
        var tag = $"volumebot-test:{Guid.NewGuid():N}";
        var data = Directory.CreateTempSubdirectory("volumebot-volume-").FullName;
        ScratchDirectory.Chmod(data, (UnixFileMode)0b111_111_111);
        try
        {
            var (built, buildOutput) = await DockerAsync("build", "-q", "--build-arg", $"RUNTIME_IMAGE={DockerFactAttribute.RuntimeImage}", "-t", tag, context);
            Assert.True(built == 0, buildOutput);

            var (versionExit, versionOutput) = await DockerAsync("run", "--rm", tag, "--version");
            Assert.True(versionExit == 0, versionOutput);
            Assert.Matches(VersionLine(), versionOutput.Trim());

            var (exit, output) = await DockerAsync("run", "--rm", "-e", "ACCOUNT_NAME=farm-1", "-v", $"{data}:/data", tag, "--paper", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--max-cycles", "2");
            Assert.True(exit == 0, output);
            Assert.Contains("Cycles: 2 ", output, StringComparison.Ordinal);
            var trades = Path.Combine(data, "logs", "paradex_BTC_farm-1_orders.csv");
            Assert.True(File.Exists(trades), output);
            Assert.Equal(ImageUser, OwnerOf(trades));
        }
        finally
        {
            await DockerAsync("rmi", "-f", tag);
            Directory.Delete(data, recursive: true);
        }
    }

    private async Task<(int, VolumebotProcess)> RunPublishedAsync(string[] args)
    {
        var process = new VolumebotProcess(args, new Dictionary<string, string> { ["ACCOUNT_NAME"] = "farm-1" }, unprivileged: true, program: published.Program);
        return (await process.WaitForExitAsync(120), process);
    }

    private static async Task<(int ExitCode, string Output)> DockerAsync(params string[] args)
    {
        using var docker = Process.Start(new ProcessStartInfo("docker", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = docker.StandardOutput.ReadToEndAsync();
        var error = docker.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await docker.WaitForExitAsync(timeout.Token);
        return (docker.ExitCode, await output + await error);
    }

    private static int OwnerOf(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%u", path]) { RedirectStandardOutput = true })!;
        var uid = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return int.Parse(uid, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^volumebot \S+")]
    private static partial Regex VersionLine();
}
