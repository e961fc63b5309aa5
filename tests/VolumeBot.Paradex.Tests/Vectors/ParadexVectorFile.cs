using System.Text.Json;

namespace VolumeBot.Paradex.Tests.Vectors;

/// <summary>
/// The Paradex test-vector file: <c>PARADEX_VECTORS</c> if set, else the copy kept in the repository
/// (<c>Vectors/paradex.json</c>, copied next to the test binaries).
/// </summary>
internal static class ParadexVectorFile
{
    public const string EnvironmentVariable = "PARADEX_VECTORS";

    private static readonly Lazy<JsonElement> LazyRoot = new(Load);

    public static JsonElement Root => LazyRoot.Value;

    public static string FilePath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured);
            }

            return Path.Combine(AppContext.BaseDirectory, "Vectors", "paradex.json");
        }
    }

    public static JsonElement Constants => Root.GetProperty("constants");

    public static IReadOnlyList<JsonElement> Section(string name) =>
        Root.TryGetProperty(name, out var section) ? [.. section.EnumerateArray()] : [];

    /// <summary>Case ids of a section: the <c>id</c> field when present, else the index.</summary>
    public static TheoryData<string> CaseIds(string section)
    {
        var data = new TheoryData<string>();
        var cases = Section(section);
        for (var i = 0; i < cases.Count; i++)
        {
            data.Add(CaseId(cases[i], i));
        }

        return data;
    }

    public static JsonElement Case(string section, string id)
    {
        var cases = Section(section);
        for (var i = 0; i < cases.Count; i++)
        {
            if (CaseId(cases[i], i) == id)
            {
                return cases[i];
            }
        }

        throw new KeyNotFoundException($"No case '{id}' in section '{section}' of {FilePath}.");
    }

    private static string CaseId(JsonElement item, int index) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) ? id.GetString()! : $"#{index}";

    private static JsonElement Load()
    {
        var path = FilePath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Paradex vector file not found: {path} (set {EnvironmentVariable}).", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }
}
