namespace VolumeBot.Cli.Reports;

/// <summary>Turns the files, directories and globs given (wildcards in the file name part) into trades CSV paths.</summary>
public static class TradeFiles
{
    public const string DefaultPattern = "logs/*_orders.csv";

    public static IReadOnlyList<string> Expand(IEnumerable<string> patterns, string workingDirectory)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var full = Path.GetFullPath(pattern, workingDirectory);
            if (Directory.Exists(full))
            {
                paths.UnionWith(Directory.EnumerateFiles(full, "*_orders.csv"));
                continue;
            }

            var name = Path.GetFileName(full);
            if (name.IndexOfAny(['*', '?']) < 0)
            {
                if (File.Exists(full))
                {
                    paths.Add(full);
                }

                continue;
            }

            var directory = Path.GetDirectoryName(full)!;
            if (Directory.Exists(directory))
            {
                paths.UnionWith(Directory.EnumerateFiles(directory, name));
            }
        }

        return paths.ToList();
    }
}
