namespace VolumeBot.Cli.Configuration;

/// <summary>The operating system's reason a file could not be used, in a few words (the caller names the path).</summary>
public static class FileProblems
{
    public static string Reason(Exception failure) => failure switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its directory does not exist",
        IOException io => WithoutPath(io.Message),
        _ => failure.Message,
    };

    /// <summary>True for the exceptions a file system raises for a path that cannot be used.</summary>
    public static bool IsFileProblem(Exception failure) => failure is IOException or UnauthorizedAccessException;

    // .NET on Unix appends " : '/the/path'" to the errno text; the caller already names the path
    private static string WithoutPath(string message)
    {
        var suffix = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = suffix > 0 ? message[..suffix] : message;
        return text.TrimEnd('.').Trim() is { Length: > 0 } reason ? char.ToLowerInvariant(reason[0]) + reason[1..] : "unknown error";
    }
}
