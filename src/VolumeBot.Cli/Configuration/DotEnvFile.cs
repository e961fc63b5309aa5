using DotNetEnv;
using Sprache;

namespace VolumeBot.Cli.Configuration;

/// <summary>
/// Loads a dotenv file into the process environment with DotNetEnv: quoted values lose their quotes and a trailing
/// <c># comment</c>, double quotes expand escapes (\n, \t, \", \\), single quotes keep the text as written,
/// <c>export</c> is allowed, and $VAR or ${VAR} outside single quotes is replaced. Variables already set win.
/// </summary>
public static class DotEnvFile
{
    /// <summary>
    /// Loads --env-file (which must be a readable file) or, without the flag, ./.env when there is one. The error is one
    /// line naming the path and the problem; the file's contents are never echoed.
    /// </summary>
    public static string? LoadFlagOrDefault(string? given)
    {
        var path = Path.GetFullPath(given ?? ".env");
        var name = given is null ? $"Env file {path}" : $"--env-file {path}";
        if (Directory.Exists(path))
        {
            return $"{name} is a directory, not a file of KEY=VALUE lines";
        }

        if (!File.Exists(path))
        {
            return given is null ? null : $"--env-file: Env file not found: {path}";
        }

        try
        {
            Load(path);
            return null;
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return $"{name} cannot be read ({FileProblems.Reason(e)})";
        }
        catch (ParseException e)
        {
            // the parser's own message quotes the text around the error, which may be a key: only the line is named
            return $"{name} is not a dotenv file: line {e.Position.Line} cannot be read (an unclosed quote?)";
        }
    }

    /// <summary>Sets each variable of the file that is not set yet; a line that cannot be parsed throws <see cref="ParseException"/>.</summary>
    public static void Load(string path) => Env.LoadContents(File.ReadAllText(path), Env.NoClobber());
}
