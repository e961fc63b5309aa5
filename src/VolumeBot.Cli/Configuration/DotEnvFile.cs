namespace VolumeBot.Cli.Configuration;

/// <summary>Loads KEY=VALUE lines into the process environment; variables already set win (as python-dotenv).</summary>
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
    }

    public static void Load(string path)
    {
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = Unquote(line[(equals + 1)..].Trim());
            if (Environment.GetEnvironmentVariable(key) is null)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }

    /// <summary>
    /// The value as python-dotenv reads it: a quoted value ends at its closing quote (a trailing <c># comment</c> after it
    /// is dropped; double quotes expand \n, \t, \" and \\), an unquoted one ends before <c> #</c>.
    /// </summary>
    internal static string Unquote(string value)
    {
        if (value.Length > 0 && value[0] is '"' or '\'')
        {
            var quote = value[0];
            var text = new System.Text.StringBuilder();
            for (var i = 1; i < value.Length; i++)
            {
                var c = value[i];
                if (c == quote)
                {
                    return text.ToString();
                }

                if (quote == '"' && c == '\\' && i + 1 < value.Length)
                {
                    i++;
                    text.Append(value[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                    continue;
                }

                text.Append(c);
            }

            // no closing quote: the value is the line as written
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}
