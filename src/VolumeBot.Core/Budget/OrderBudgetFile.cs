using System.Text.Json;
using System.Text.Json.Nodes;

namespace VolumeBot.Core.Budget;

/// <summary>A budget file that cannot be read: the run stops instead of starting from an empty count.</summary>
public sealed class OrderBudgetFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Where the order actions of one venue account are kept between runs: a small JSON file beside the log, written to a
/// temporary file, flushed to the disk and renamed over the old one, so a crash leaves the old or the new file, never
/// half of one. A file that is there but unreadable is an error, not an empty budget.
/// </summary>
public sealed class OrderBudgetFile
{
    private const string Schema = "volumebot-order-budget/v1";

    public OrderBudgetFile(string path, string venue, string account)
    {
        Path = path;
        Venue = venue;
        Account = account;
    }

    public string Path { get; }

    public string Venue { get; }

    public string Account { get; }

    /// <summary>
    /// Holds the file for one read-merge-write against other runs of the same account (an exclusive lock on a
    /// .lock file beside it, which the OS drops if the run dies).
    /// </summary>
    public IDisposable Lock()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(5); // another run of this account is writing: a few milliseconds
            }
            catch (IOException e)
            {
                throw new OrderBudgetFileException($"The order budget file {Path} stays locked by another run: {e.Message}", e);
            }
        }
    }

    public IReadOnlyList<DateTimeOffset> Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(Path))?.AsObject() ?? throw new JsonException("empty document");
            if ((string?)root["schema"] != Schema)
            {
                throw new JsonException($"schema is not {Schema}");
            }

            if ((string?)root["venue"] != Venue || (string?)root["account"] != Account)
            {
                throw new JsonException($"it belongs to {(string?)root["venue"]} account {(string?)root["account"]}, not {Venue} account {Account}");
            }

            var sent = root["sent"]?.AsArray() ?? throw new JsonException("no sent list");
            return sent.Select(n => DateTimeOffset.FromUnixTimeMilliseconds(n!.GetValue<long>())).ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or NullReferenceException)
        {
            throw new OrderBudgetFileException(
                $"The order budget file {Path} cannot be read ({e.Message}). It counts this account's orders of the last 24 h; "
                + "starting from zero could break the venue's limits. Restore it, or delete it only if this account sent no orders in the last 24 h.", e);
        }
        catch (IOException e)
        {
            throw new OrderBudgetFileException($"The order budget file {Path} cannot be read: {e.Message}", e);
        }
    }

    public void Save(IEnumerable<DateTimeOffset> sent)
    {
        var root = new JsonObject
        {
            ["schema"] = Schema,
            ["venue"] = Venue,
            ["account"] = Account,
            ["sent"] = new JsonArray(sent.Select(t => (JsonNode)JsonValue.Create(t.ToUnixTimeMilliseconds())).ToArray()),
        };
        var temporary = Path + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, root);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OrderBudgetFileException($"The order budget file {Path} cannot be written: {e.Message}", e);
        }
    }
}
