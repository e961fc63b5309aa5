using System.Text.Json;

namespace VolumeBot.Grvt.Tests.Vectors;

/// <summary>
/// The GRVT test-vector file: $GRVT_VECTORS, or the copy kept in the repository (Vectors/grvt.json, copied next to
/// the test binaries).
/// </summary>
internal static class GrvtVectorFile
{
    public const string EnvironmentVariable = "GRVT_VECTORS";

    private static readonly Lazy<JsonElement> LazyRoot = new(Load);

    public static JsonElement Root => LazyRoot.Value;

    public static string Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(configured))
                return System.IO.Path.GetFullPath(configured);
            return System.IO.Path.Combine(AppContext.BaseDirectory, "Vectors", "grvt.json");
        }
    }

    public static IEnumerable<JsonElement> Section(string name) =>
        Root.TryGetProperty(name, out var section) ? section.EnumerateArray() : [];

    public static JsonElement Case(string section, string id) =>
        Section(section).Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Stands in for the cases of a section the file does not have (xunit fails theories without data).</summary>
    public const string SectionAbsent = "(section absent)";

    public static TheoryData<string> Ids(string section)
    {
        var data = new TheoryData<string>();
        foreach (var item in Section(section))
            data.Add(item.GetProperty("id").GetString()!);
        return data;
    }

    /// <summary>Case ids of a section that only the visible file carries (the held-out file omits it).</summary>
    public static TheoryData<string> OptionalIds(string section)
    {
        var data = Ids(section);
        if (!Root.TryGetProperty(section, out _))
            data.Add(SectionAbsent);
        return data;
    }

    /// <summary>True (and the section really is missing) for the placeholder case of an absent optional section.</summary>
    public static bool IsAbsentPlaceholder(string section, string id)
    {
        if (id != SectionAbsent)
            return false;
        Assert.False(Root.TryGetProperty(section, out _));
        return true;
    }

    private static JsonElement Load()
    {
        var path = Path;
        if (!File.Exists(path))
            throw new FileNotFoundException($"GRVT vector file not found (set {EnvironmentVariable}).", path);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }
}
