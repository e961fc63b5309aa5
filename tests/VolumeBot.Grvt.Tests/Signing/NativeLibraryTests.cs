namespace VolumeBot.Grvt.Tests.Signing;

/// <summary>libsecp256k1 comes as native code inside Secp256k1.Net; the build (and so the packed tool) carries every platform's;
/// every signing test loads this machine's.</summary>
public sealed class NativeLibraryTests
{
    [Theory]
    [InlineData("linux-x64", "libsecp256k1.so")]
    [InlineData("linux-arm64", "libsecp256k1.so")]
    [InlineData("osx-x64", "libsecp256k1.dylib")]
    [InlineData("osx-arm64", "libsecp256k1.dylib")]
    [InlineData("win-x64", "secp256k1.dll")]
    public void Ships_for_each_platform(string runtime, string file) =>
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", runtime, "native", file)), $"{runtime}/{file} missing");
}
