using System.Diagnostics;

namespace VolumeBot.Cli.Tests.Deploy;

/// <summary>
/// A test that needs a running container engine and a .NET runtime base image: the Dockerfile's default
/// (mcr.microsoft.com/dotnet/runtime:10.0) when it is on the machine, else the one named by
/// VOLUMEBOT_DOCKER_RUNTIME_IMAGE. Skipped, saying why, where there is neither: CI does not depend on docker.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DockerFactAttribute : FactAttribute
{
    public const string DefaultRuntimeImage = "mcr.microsoft.com/dotnet/runtime:10.0";

    public DockerFactAttribute()
    {
        if (Docker("info", "--format", "{{.ServerVersion}}") != 0)
        {
            Skip = "no container engine answers here (docker info failed)";
        }
        else if (RuntimeImage is null)
        {
            Skip = $"no .NET runtime base image here: pull {DefaultRuntimeImage} or set VOLUMEBOT_DOCKER_RUNTIME_IMAGE";
        }
    }

    /// <summary>The base image to build on, or null when none is on the machine.</summary>
    public static string? RuntimeImage =>
        Environment.GetEnvironmentVariable("VOLUMEBOT_DOCKER_RUNTIME_IMAGE") is { Length: > 0 } named ? named
        : Docker("image", "inspect", DefaultRuntimeImage) == 0 ? DefaultRuntimeImage
        : null;

    public static int Docker(params string[] args)
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            docker.StandardOutput.ReadToEnd();
            docker.StandardError.ReadToEnd();
            return docker.WaitForExit(30_000) ? docker.ExitCode : -1;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no docker client at all
        }
    }
}
