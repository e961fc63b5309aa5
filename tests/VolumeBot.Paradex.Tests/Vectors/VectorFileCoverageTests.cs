namespace VolumeBot.Paradex.Tests.Vectors;

/// <summary>Guards against silently ignoring data: every section of the file must be one these tests run.</summary>
public class VectorFileCoverageTests
{
    private static readonly string[] Metadata = ["schema", "set", "generated_with", "conventions"];

    private static readonly string[] TestedSections =
    [
        "constants", "pedersen", "hash_on_elements", "short_strings", "typed_data_felt_encoding",
        "accounts", "auth", "onboarding", "orders",
    ];

    // optional sections skipped on purpose; see L1KeyDerivationVectorTests.SkipReason
    private static readonly string[] SkippedSections = ["l1_key_derivation"];

    private static readonly string[] RequiredSections =
    [
        "pedersen", "hash_on_elements", "short_strings", "typed_data_felt_encoding", "accounts", "auth", "onboarding", "orders",
    ];

    [Fact]
    public void Schema_is_the_supported_one() =>
        Assert.Equal("paradex-protocol-vectors/v1", ParadexVectorFile.Root.GetProperty("schema").GetString());

    [Fact]
    public void Every_section_is_tested()
    {
        var sections = ParadexVectorFile.Root.EnumerateObject().Select(p => p.Name);

        Assert.All(sections, name => Assert.Contains(name, Metadata.Concat(TestedSections).Concat(SkippedSections)));
    }

    [Fact]
    public void Required_sections_are_present_and_not_empty() =>
        Assert.All(RequiredSections, name => Assert.NotEmpty(ParadexVectorFile.Section(name)));
}
