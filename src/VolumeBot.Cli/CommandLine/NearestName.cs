namespace VolumeBot.Cli.CommandLine;

/// <summary>The known flag or command a mistyped one most likely meant (edit distance), if any is close.</summary>
public static class NearestName
{
    public static string? To(string typed, IEnumerable<string> known)
    {
        var bare = typed.TrimStart('-').ToLowerInvariant();
        return known
            .Select(name => (Name: name, Distance: Distance(bare, name.TrimStart('-').ToLowerInvariant())))
            .Where(candidate => candidate.Distance <= Math.Max(2, bare.Length / 3))
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
