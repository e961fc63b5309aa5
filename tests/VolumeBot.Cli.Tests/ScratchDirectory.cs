namespace VolumeBot.Cli.Tests;

/// <summary>A temp directory every user may use (runs as nobody write into it); permissions are restored to delete it.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public const UnixFileMode Everyone = (UnixFileMode)0b111_111_111;

    public ScratchDirectory()
    {
        Path = Directory.CreateTempSubdirectory("volumebot-files-").FullName;
        Chmod(Path, Everyone);
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>A directory below this one, usable by everyone.</summary>
    public string Subdirectory(string name)
    {
        var path = this[name];
        System.IO.Directory.CreateDirectory(path);
        Chmod(path, Everyone);
        return path;
    }

    /// <summary>chmod (Unix only: these tests are about Unix permissions).</summary>
    public static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    public void Dispose()
    {
        Unlock(Path);
        System.IO.Directory.Delete(Path, recursive: true);
    }

    // a test may have locked a directory (chmod 000): open each one before looking inside
    private static void Unlock(string directory)
    {
        Chmod(directory, Everyone);
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                continue;
            }

            if (entry is DirectoryInfo)
            {
                Unlock(entry.FullName);
            }
            else
            {
                Chmod(entry.FullName, Everyone);
            }
        }
    }
}
