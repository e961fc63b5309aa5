namespace VolumeBot.Cli.Configuration;

/// <summary>ACCOUNT_NAME becomes part of the log and CSV file names, so it is refused rather than altered when it cannot be one.</summary>
public static class AccountName
{
    public const string Variable = "ACCOUNT_NAME";

    /// <summary>ACCOUNT_NAME trimmed (null when unset), or why it cannot be used in a file name.</summary>
    public static (string? Name, string? Error) FromEnvironment()
    {
        var name = Environment.GetEnvironmentVariable(Variable)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return (null, null);
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name.Trim('.').Length > 0
            ? (name, null)
            : (null, $"{Variable} '{name}' cannot be part of a file name: use letters, digits, '-', '_' and '.' only (no '/', '\\', spaces or other path characters)");
    }
}
